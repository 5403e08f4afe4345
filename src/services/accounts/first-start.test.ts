import { afterEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { DemoRefused, firstStart } from './first-start.ts';
import { DEMO_PASSWORD, demoPeople } from './seed-demo.ts';
import { signIn } from './sign-in.ts';

const settings = { publicUrl: 'https://wayfinder.example', adminEmail: 'admin@state.test' };
const dev = { nodeEnv: 'development' as const, hasDatabaseUrl: false, demoFlag: undefined };

describe.each(testEngines())('first start on $name', (engine) => {
  let runtime: Runtime | undefined;
  afterEach(async () => {
    await runtime?.close();
    runtime = undefined;
  });

  it('creates the first state admin with a one-time link, once', async () => {
    runtime = await engine.open();
    const first = await firstStart(runtime.accounts.deps, settings, { ...dev, demoFlag: false });
    expect(first.admin).toMatchObject({
      created: true,
      email: 'admin@state.test',
      link: {
        url: expect.stringMatching(/^https:\/\/wayfinder\.example\/account\/set-password#token=/),
      },
    });
    const again = await firstStart(runtime.accounts.deps, settings, { ...dev, demoFlag: false });
    expect(again.admin).toEqual({ created: false });
  });

  it('takes the admin password from the environment for automated installs', async () => {
    runtime = await engine.open();
    const first = await firstStart(
      runtime.accounts.deps,
      { ...settings, adminPassword: 'from the environment' },
      { ...dev, demoFlag: false },
    );
    expect(first.admin).toEqual({ created: true, email: 'admin@state.test' });
    const session = await signIn(runtime.accounts.deps, {
      email: 'admin@state.test',
      password: 'from the environment',
      origin: { ip: null },
    });
    expect(session.totp).toBe('enrol_required');
  });

  it('loads demo accounts on the embedded database, and refuses them in production', async () => {
    runtime = await engine.open();
    await expect(
      firstStart(runtime.accounts.deps, settings, {
        nodeEnv: 'production',
        hasDatabaseUrl: false,
        demoFlag: true,
      }),
    ).rejects.toThrow(DemoRefused);
    expect(await runtime.accounts.deps.users.count()).toBe(0);
    const started = await firstStart(runtime.accounts.deps, settings, dev);
    expect(started.demo).toEqual({ loaded: true, users: demoPeople().length });
    expect(started.admin).toEqual({ created: false });
    const student = await signIn(runtime.accounts.deps, {
      email: 'student@demo.wayfinder.test',
      password: DEMO_PASSWORD,
      origin: { ip: null },
    });
    expect(student.user.role).toBe('student');
    const again = await firstStart(runtime.accounts.deps, settings, dev);
    expect(again.demo.users).toBe(0);
  });

  it('loads no demo accounts into a DATABASE_URL server without --demo', async () => {
    runtime = await engine.open();
    const started = await firstStart(runtime.accounts.deps, settings, {
      ...dev,
      hasDatabaseUrl: true,
    });
    expect(started.demo).toMatchObject({
      loaded: false,
      reason: expect.stringContaining('--demo'),
    });
  });
});
