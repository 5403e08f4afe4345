/**
 * Optional email of one-time links, against a real SMTP server on 127.0.0.1 (smtp-server): the
 * link reaches the user's address in English and Spanish, the audit log says it was emailed, and
 * a mail server that cannot be reached leaves a working link and a clear reason.
 */
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from './caller.ts';
import { issuePasswordLink } from './issue-link.ts';
import { createUser } from './manage-users.ts';
import { redeemPasswordLink } from './redeem-link.ts';
import { loadAccountSettings, mailerOf } from './settings.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

async function startSmtp(): Promise<{ port: number; inbox: Received[]; close(): Promise<void> }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { port, inbox, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('mail settings', () => {
  it('names the variable that is wrong', () => {
    expect(() => loadAccountSettings({ WAYFINDER_SMTP_URL: 'http://mail.example' })).toThrow(
      /WAYFINDER_SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ address/,
    );
    expect(() =>
      loadAccountSettings({
        WAYFINDER_SMTP_URL: 'smtp://m.example',
        WAYFINDER_MAIL_FROM: 'nobody',
      }),
    ).toThrow(/WAYFINDER_MAIL_FROM: must be an email address, or Name <address>/);
    expect(mailerOf(loadAccountSettings({}))).toBeUndefined();
    expect(
      loadAccountSettings({
        WAYFINDER_SMTP_URL: 'smtps://user:pw@mail.example:465',
        WAYFINDER_MAIL_FROM: 'Riverside CTE <cte@riverside.example>',
      }),
    ).toMatchObject({ smtpUrl: 'smtps://user:pw@mail.example:465' });
  });
});

describe.each(testEngines().slice(0, 1))('one-time links by email on $name', (engine) => {
  let runtime: Runtime;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    runtime = await engine.open();
    await buildWorld(runtime);
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp?.close();
    await runtime?.close();
  });

  it('emails the link of a new account and of a reset to the user, in both languages', async () => {
    const settings = loadAccountSettings({
      WAYFINDER_PUBLIC_URL: 'https://wayfinder.riverside.example',
      WAYFINDER_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    });
    runtime.accounts.deps.mailer = mailerOf(settings);
    const { user, link } = await createUser(runtime.accounts.deps, CLI, {
      email: 'ana@da.test',
      name: 'Ana Ruiz',
      role: 'counselor',
      orgId: 'da-high',
      baseUrl: settings.publicUrl,
    });
    expect(link).toMatchObject({ emailed: true });
    expect(smtp.inbox).toHaveLength(1);
    const [sent] = smtp.inbox;
    expect(sent!.to).toEqual(['ana@da.test']);
    expect(sent!.from).toBe('no-reply@wayfinder.riverside.example');
    const mail = await simpleParser(sent!.raw);
    expect(mail.subject).toBe('Set your Wayfinder password / Establece tu contraseña de Wayfinder');
    expect(mail.text).toContain(link.url);
    expect(mail.text).toContain('Hello Ana Ruiz,');
    expect(mail.text).toContain('Hola, Ana Ruiz:');

    const reset = await issuePasswordLink(runtime.accounts.deps, CLI, {
      email: 'ana@da.test',
      baseUrl: settings.publicUrl,
    });
    expect(reset.emailed).toBe(true);
    expect(smtp.inbox).toHaveLength(2);
    expect((await simpleParser(smtp.inbox[1]!.raw)).text).toContain(reset.url);
    const log = await runtime.accounts.deps.audit.list({ action: 'user.reset_link', limit: 1 });
    expect(log[0]).toMatchObject({ targetId: user.id, detail: { emailed: true } });
    // The audit log never holds the link itself.
    expect(JSON.stringify(log)).not.toContain(reset.url.split('#token=')[1]);
  });

  it('still issues a working link when the mail server cannot be reached', async () => {
    runtime.accounts.deps.mailer = mailerOf(
      loadAccountSettings({ WAYFINDER_SMTP_URL: 'smtp://127.0.0.1:9' }),
    );
    const link = await issuePasswordLink(runtime.accounts.deps, CLI, {
      email: 'ana@da.test',
      baseUrl: 'http://localhost:3000',
    });
    expect(link).toMatchObject({
      emailed: false,
      mailError: expect.stringMatching(/^the mail server could not be reached/),
    });
    const token = link.url.split('#token=')[1]!;
    await expect(
      redeemPasswordLink(runtime.accounts.deps, { token, password: 'a new password here' }),
    ).resolves.toBeUndefined();
  });
});
