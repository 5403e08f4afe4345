/**
 * Two-person export approval cannot be bypassed: a district admin cannot make a second admin
 * (it waits, disabled, for the state or an independent admin), nor approve with an account it
 * created or that created it within the window, nor with one that shares its mailbox; an
 * approved export runs on exactly the records approved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from './caller.ts';
import { createUser, setUserDisabled } from './manage-users.ts';
import { actorByEmail, approveExport, exportStudents } from './student-export.ts';

const BASE = 'http://localhost:3000';
const DAY = 24 * 60 * 60_000;

describe.each(testEngines())('two-person approval on $name', (engine) => {
  let runtime: Runtime;
  let clock = new Date('2025-04-01T09:00:00Z');
  const as = async (email: string) => ({ actor: await actorByEmail(runtime.accounts.deps, email) });
  /** Asks for an export of district da over the cap of 1; returns its id. */
  const overCap = async (email: string) => {
    const refused = exportStudents(runtime.accounts.deps, await as(email), {
      format: 'json',
      districtId: 'da',
      dailyCap: 1,
    });
    const error = await refused.then(
      () => expect.fail('the export should wait for approval'),
      (e: Error) => e,
    );
    return /waiting for approval as export (\S+):/.exec(error.message)![1]!;
  };

  beforeAll(async () => {
    runtime = await engine.open();
    runtime.accounts.deps.clock = () => clock;
    await buildWorld(runtime);
    await createUser(runtime.accounts.deps, CLI, {
      email: 'independent@da.test',
      name: 'Independent',
      role: 'district_admin',
      orgId: 'da',
      baseUrl: BASE,
    });
  });
  afterAll(async () => {
    await runtime?.close();
  });

  it('keeps a district admin from making, enabling and using a second admin', async () => {
    const deps = runtime.accounts.deps;
    const a = await as('admin@da.test');
    const { user: b, link } = await createUser(deps, a, {
      email: 'sock@da.test',
      name: 'Sock puppet',
      role: 'district_admin',
      orgId: 'da',
      baseUrl: BASE,
    });
    expect(link.url).toContain('#token=');
    expect(b.disabled).toBe(true);
    const [created] = await deps.audit.list({ action: 'user.create', limit: 1 });
    expect(created).toMatchObject({ actorId: a.actor.userId, targetId: b.id, outcome: 'ok' });
    expect(created!.detail).toMatchObject({ role: 'district_admin', awaitingApproval: true });
    // The creator cannot enable it; nor can the puppet sign in to approve anything meanwhile.
    await expect(setUserDisabled(deps, a, { email: b.email, disabled: false })).rejects.toThrow(
      /state admin or a second district admin/,
    );
    await expect(as('sock@da.test')).rejects.toThrow(/disabled/);

    // The state admin enables it: still, for 7 days it is not a second person for its creator.
    await setUserDisabled(deps, await as('state@state.test'), { email: b.email, disabled: false });
    const byA = await overCap('admin@da.test');
    await expect(approveExport(deps, await as('sock@da.test'), byA)).rejects.toThrow(
      /created .* by the requester/,
    );
    const byB = await overCap('sock@da.test');
    await expect(approveExport(deps, await as('admin@da.test'), byB)).rejects.toThrow(
      /You created the requester's account/,
    );
    const denied = await deps.audit.list({ action: 'student.export_approve', limit: 2 });
    expect(denied.map((d) => [d.outcome, d.detail?.reason])).toEqual([
      ['denied', 'created_requester'],
      ['denied', 'created_by_requester'],
    ]);
    // An admin independent of both approves; past the window, so may the puppet.
    expect((await approveExport(deps, await as('independent@da.test'), byA)).status).toBe(
      'approved',
    );
    clock = new Date(clock.getTime() + 8 * DAY);
    expect((await approveExport(deps, await as('admin@da.test'), byB)).status).toBe('approved');
  });

  it('lets only an independent admin enable a new district admin, and takes the window from config', async () => {
    const deps = runtime.accounts.deps;
    const a = await as('admin@da.test');
    const { user: c } = await createUser(deps, a, {
      email: 'second@da.test',
      name: 'Second',
      role: 'district_admin',
      orgId: 'da',
      baseUrl: BASE,
    });
    // An admin the creator made recently is no second person either.
    deps.approverWindowDays = 30;
    await expect(
      setUserDisabled(deps, await as('sock@da.test'), { email: c.email, disabled: false }),
    ).rejects.toThrow(/second district admin/);
    deps.approverWindowDays = undefined;
    const enabled = await setUserDisabled(deps, await as('independent@da.test'), {
      email: c.email,
      disabled: false,
    });
    expect(enabled.disabled).toBe(false);
  });

  it('refuses an approver who shares the requester’s mailbox', async () => {
    const deps = runtime.accounts.deps;
    await createUser(deps, CLI, {
      email: 'Admin+approver@da.test',
      name: 'Same person',
      role: 'district_admin',
      orgId: 'da',
      baseUrl: BASE,
    });
    const id = await overCap('admin@da.test');
    await expect(approveExport(deps, await as('admin+approver@da.test'), id)).rejects.toThrow(
      /shares the requester's sign-in identity/,
    );
  });

  it('runs an approved export on exactly the records approved', async () => {
    const deps = runtime.accounts.deps;
    const id = await overCap('admin@da.test');
    const approved = (await deps.students.list({ districtId: 'da' })).map((s) => s.userId);
    await createUser(deps, CLI, {
      email: 'late@da.test',
      name: 'Enrolled later',
      role: 'student',
      orgId: 'da-high',
      baseUrl: BASE,
    });
    expect((await deps.students.list({ districtId: 'da' })).length).toBe(approved.length + 1);
    await approveExport(deps, await as('independent@da.test'), id);
    const run = await exportStudents(deps, await as('admin@da.test'), {
      format: 'json',
      approvalId: id,
      dailyCap: 1,
    });
    expect(run.items.map((s) => s.id).sort()).toEqual([...approved].sort());
    expect(run.count).toBe(approved.length);
  });
});
