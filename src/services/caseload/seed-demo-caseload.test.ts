/** The demo counselor's caseload has transcripts, plans and some off-track students. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { firstStart } from '../accounts/first-start.ts';
import { actorByEmail } from '../accounts/student-export.ts';
import { readCaseload } from './caseload.ts';
import { seedDemoCaseload } from './seed-demo-caseload.ts';

describe.each(testEngines().slice(0, 1))('the demo caseload on $name', (engine) => {
  let runtime: Runtime;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    const settings = { publicUrl: 'http://localhost', adminEmail: 'admin@state.test' };
    const dev = { nodeEnv: 'development' as const, hasDatabaseUrl: false, demoFlag: undefined };
    await firstStart(runtime.accounts.deps, settings, dev);
    await runtime.seedDemoRegion();
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('loads once, and gives the demo counselor students with and without signals', async () => {
    const first = await seedDemoCaseload(runtime.records);
    expect(first.students).toBe(35);
    expect(first.plans).toBeGreaterThan(10);
    expect(await seedDemoCaseload(runtime.records)).toEqual({ students: 0, plans: 0 });

    const deps = runtime.accounts.deps;
    const counselor = await actorByEmail(deps, 'counselor@demo.wayfinder.test');
    const actor = { ...counselor, caseloadIds: await deps.students.caseloadIds(counselor.userId) };
    const list = await readCaseload(runtime.records, { actor }, { sort: 'signals', lang: 'en' });
    expect(list.total).toBe(25);
    expect(list.counts.failed_core).toBeGreaterThan(0);
    expect(list.counts.credits_behind).toBeGreaterThan(0);
    expect(list.counts.no_plan).toBeGreaterThan(0);
    expect(list.counts.no_plan).toBeLessThan(25);
    expect(list.counts.guardian_unsigned).toBeGreaterThan(0);
    expect(list.counts.plan_not_reviewed).toBeLessThan(25 - list.counts.no_plan);
    expect(list.items[0]!.signals.length).toBeGreaterThanOrEqual(list.items.at(-1)!.signals.length);
  }, 120_000);
});
