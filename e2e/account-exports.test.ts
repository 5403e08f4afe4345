/**
 * Bulk student exports in a real browser, with a daily cap of one export of the demo district: the demo district admin
 * downloads an export within the cap, the next one waits for approval; a second admin of the
 * same district approves it on /admin/exports (keyboard only, after the confirmation); the
 * first then downloads it, once. An approval that comes too late is refused in Spanish. axe in
 * English and Spanish and a 390 px phone width.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/domain/auth/totp.ts';
import { CLI } from '../src/services/accounts/caller.ts';
import { createUser } from '../src/services/accounts/manage-users.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoPeople } from '../src/services/accounts/seed-demo.ts';
import {
  actorByEmail,
  approveExport,
  listExports,
} from '../src/services/accounts/student-export.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  screenshot,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';

/** The demo district's students (Riverside Unified): the daily cap lets one export of them run. */
const RUSD_STUDENTS = demoPeople().filter(
  (p) => p.role === 'student' && ['rhs', 'cvhs'].includes(p.orgId),
);
const DANA = { email: 'district@demo.wayfinder.test', name: 'Dana District' };
const DREW = { email: 'deputy@demo.wayfinder.test', name: 'Drew Deputy' };
const STATE = 'state@demo.wayfinder.test';

/** A code the server has not seen for this user: it refuses a time step used before. */
const lastStep = new Map<string, number>();
async function freshCode(email: string): Promise<string> {
  let step = Math.floor(Date.now() / 30_000);
  const last = lastStep.get(email) ?? 0;
  if (step <= last) step = last + 1;
  // The server accepts one step either side of now; wait when that is not enough.
  while (step > Math.floor(Date.now() / 30_000) + 1)
    await new Promise((resolve) => setTimeout(resolve, 1000));
  lastStep.set(email, step);
  return totpCode(DEMO_TOTP_SECRET, new Date(step * 30_000));
}

describe.skipIf(skipBrowserTests())('student exports in a browser', () => {
  const suite = useBrowserApp({
    env: { WAYFINDER_EXPORT_DAILY_CAP: String(RUSD_STUDENTS.length) },
  });
  const cspErrors = suite.cspErrors;
  let app: TestApp;
  let page: Page;

  beforeAll(async () => {
    ({ app, page } = suite);
    await createUser(app.runtime.accounts.deps, CLI, {
      email: DREW.email,
      name: DREW.name,
      role: 'district_admin',
      orgId: 'rusd',
      baseUrl: app.url,
      password: DEMO_PASSWORD,
      totpSecret: DEMO_TOTP_SECRET,
    });
  });

  const url = (address: string) => `${app.url}${address}`;
  const table = () => page.locator('.admin-table');
  const row = (text: string) => page.locator('.admin-table tbody tr', { hasText: text });

  /** Signs in through the API (as a new browser would): the context keeps the session cookie. */
  async function signInAs(email: string) {
    await page.context().clearCookies();
    const res = await page.request.post(url('/api/v1/auth/sign-in'), {
      data: { email, password: DEMO_PASSWORD, totpCode: await freshCode(email) },
    });
    expect(res.status(), await res.text()).toBe(200);
  }

  async function download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    const saved = await file.path();
    return { name: file.suggestedFilename(), text: fs.readFileSync(saved, 'utf8') };
  }

  it('downloads within the cap; over it, the export waits for approval', async () => {
    await signInAs(DANA.email);
    await open(page, url('/account'));
    await page.getByRole('link', { name: 'Student exports' }).click();
    await page.waitForURL(url('/admin/exports'));
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Student exports');
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain('No exports match this filter.');

    const submit = page.getByRole('button', { name: 'Export student records' });
    const first = await download(() => submit.click());
    expect(first.name).toMatch(/^students-[0-9a-f-]{36}\.csv$/);
    const [header, ...lines] = first.text.trim().split('\n');
    expect(header).toBe('id,district_id,school_id,name,given_name,family_name,grade,local_id');
    expect(lines).toHaveLength(RUSD_STUDENTS.length);
    // The demo students' given and family names, as seeded ("Ana Sofía" / "Arroyoseco Peñalverde").
    for (const p of RUSD_STUDENTS)
      expect(lines.some((l) => l.includes(`,${p.name},${p.givenName},${p.familyName},`))).toBe(
        true,
      );
    expect(lines.every((line) => line.includes(',rusd,'))).toBe(true);
    await expect
      .poll(() => page.locator('.form-success').innerText())
      .toContain(`${first.name} is downloaded`);
    await expect.poll(() => row('Downloaded within the limit').count()).toBe(1);

    // Over the cap (the district's students once a day): nothing downloads, the page says it waits.
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByLabel('JSON (for other software)').check();
    await submit.click();
    const waiting = page.locator('.export-waiting');
    await expect.poll(() => waiting.innerText()).toContain('now waits for approval (export ');
    const [pending] = await listExports(
      app!.runtime.accounts.deps,
      await actorByEmail(app!.runtime.accounts.deps, DANA.email),
      { status: 'pending' },
    );
    expect(await waiting.innerText()).toContain(pending!.id);
    expect(downloads).toBe(0);
    const mine = row('Waiting for approval');
    await expect.poll(() => mine.count()).toBe(1);
    expect(await mine.innerText()).toContain('Dana District (you)');
    expect(await mine.innerText()).toContain('Waiting for another administrator');
    // Nobody approves their own export: there is no button for it.
    expect(await mine.getByRole('button').count()).toBe(0);

    // A second request over the cap, for the late approval below.
    await submit.click();
    await expect.poll(() => row('Waiting for approval').count()).toBe(2);

    for (const address of ['/admin/exports', '/es/admin/exports']) {
      await open(page, url(address));
      await table().waitFor();
      expect(await axeViolations(page), address).toEqual([]);
    }
  });

  it('lets another admin of the district approve it, with the keyboard, after confirming', async () => {
    await signInAs(DREW.email);
    await open(page, url('/admin/exports?status=pending'));
    await table().waitFor();
    expect(await page.getByLabel('Status').inputValue()).toBe('pending');
    await expect.poll(() => page.locator('.admin-table tbody tr').count()).toBe(2);
    const rows = page.locator('.admin-table tbody tr');
    const approve = rows.nth(1).getByRole('button', {
      name: `Approve the export of ${RUSD_STUDENTS.length} student records requested by Dana District`,
      exact: true,
    });

    // Escape leaves the confirmation, and the focus goes back to the button.
    await approve.focus();
    await page.keyboard.press('Enter');
    const confirm = page.locator('.confirm-panel');
    await confirm.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Approve this export?');
    expect(await confirm.innerText()).toContain(
      'Dana District may run this export once and download those records',
    );
    expect(await confirm.innerText()).toContain('Riverside Unified School District');
    expect(await axeViolations(page), 'the confirmation').toEqual([]);
    await screenshot(page, 'admin-exports-confirm');
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Approve');

    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Approve the export');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.form-success').innerText())
      .toBe('Approved. Dana District may now run this export once.');
    // The filter still shows what waits: the approved export has left the list.
    await expect.poll(() => rows.count()).toBe(1);

    await page.setViewportSize({ width: 390, height: 800 });
    try {
      for (const address of ['/admin/exports', '/es/admin/exports']) {
        await open(page, url(address));
        await table().waitFor();
        await expectNoSideScroll(page, address);
      }
      await screenshot(page, 'admin-exports-phone-es');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('says in Spanish when an export was approved by someone else meanwhile', async () => {
    await open(page, url('/es/admin/exports?status=pending'));
    await table().waitFor();
    const approve = page.getByRole('button', {
      name: new RegExp(`^Aprobar la exportación de ${RUSD_STUDENTS.length} expedientes`),
    });
    await approve.click();
    await page.locator('.confirm-panel').waitFor();
    // Meanwhile the state admin approves it (at the command line, say).
    const deps = app!.runtime.accounts.deps;
    const [pending] = await listExports(deps, await actorByEmail(deps, DANA.email), {
      status: 'pending',
    });
    await approveExport(deps, { actor: await actorByEmail(deps, STATE) }, pending!.id);
    await page.getByRole('button', { name: 'Aprobar la exportación', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toBe('Esta exportación ya no espera aprobación. La lista está actualizada.');
    await expect.poll(() => page.locator('.admin-table tbody tr').count()).toBe(0);
    expect(await axeViolations(page), '/es/admin/exports with an error').toEqual([]);
  });

  it('lets the requester download the approved export once', async () => {
    await signInAs(DANA.email);
    await open(page, url('/admin/exports?status=approved'));
    await table().waitFor();
    const rows = page.locator('.admin-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const approvedByDrew = page.locator('.admin-table tbody tr', { hasText: DREW.name });
    const file = await download(() =>
      approvedByDrew.getByRole('button', { name: /^Download CSV/ }).click(),
    );
    expect(file.name).toMatch(/^students-[0-9a-f-]{36}\.csv$/);
    expect(file.text.trim().split('\n')).toHaveLength(1 + RUSD_STUDENTS.length);
    await expect
      .poll(() => page.locator('.form-success').innerText())
      .toContain('The approval is now used: this export cannot run again.');
    await expect.poll(() => rows.count()).toBe(1);

    await open(page, url('/admin/exports?status=used'));
    await table().waitFor();
    const used = page.locator('.admin-table tbody tr');
    // Polled: the list drawn before the filtered answer arrives can still be on the page.
    await expect.poll(() => used.count()).toBe(1);
    await expect.poll(() => used.innerText()).toContain('Downloaded after approval');
    await expect.poll(() => used.innerText()).toContain(DREW.name);
    expect(await used.getByRole('button').count()).toBe(0);

    // The API agrees: the approval was good for one run only.
    const again = await page.evaluate(async () => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const list = (await (await fetch('/api/v1/students/exports?status=used')).json()) as {
        items: { id: string }[];
      };
      const res = await fetch('/api/v1/students/export', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ format: 'csv', approval: list.items[0]!.id }),
      });
      return res.status;
    });
    expect(again).toBe(409);
    expect(cspErrors).toEqual([]);
  });
  it('prints the list of exports as a table, without the buttons and filters', async () => {
    await signInAs(DANA.email);
    await open(page, url('/admin/exports'));
    await table().waitFor();
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await table().isVisible()).toBe(true);
      expect(await page.locator('.admin-filters').isVisible()).toBe(false);
      expect(await page.locator('.admin-table button').first().isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'Letter', landscape: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
