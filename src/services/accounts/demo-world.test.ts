/**
 * One demo world: the demo accounts belong to the district that owns the demo programs
 * (Riverside Unified) and its partners, a second district (Lakeview) shows the privacy boundary,
 * and 40 invented students in grades 9–12 fill caseloads and lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { demoPrograms } from '../../data/demo/index.ts';
import { DEMO_ACCOUNTS, DEMO_ORGS, demoRoster } from '../../data/demo/people.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import type { Runtime } from '../../runtime.ts';
import { listPrograms } from '../../services/programs/read-programs.ts';
import { saveProgram } from '../../services/programs/save-program.ts';
import { actorByEmail } from './student-export.ts';
import { firstStart } from './first-start.ts';
import { listStudents } from './read-students.ts';
import { readCaseload } from '../caseload/caseload.ts';

const dev = { nodeEnv: 'development' as const, hasDatabaseUrl: false, demoFlag: undefined };
const email = (local: string) => `${local}@demo.wayfinder.test`;

describe('the demo roster', () => {
  it('is 40 students in grades 9–12, each with a guardian, the same every time', () => {
    const roster = demoRoster();
    expect(roster.students).toHaveLength(40);
    expect(new Set(roster.students.map((s) => s.grade))).toEqual(new Set([9, 10, 11, 12]));
    expect(roster).toEqual(demoRoster());
    const linked = [...roster.children.values()].flat().sort();
    expect(linked).toEqual(roster.students.map((s) => s.email).sort());
    const emails = [...DEMO_ACCOUNTS, ...roster.students, ...roster.guardians].map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    const orgs = new Set(DEMO_ORGS.map((o) => o.id));
    for (const p of [...DEMO_ACCOUNTS, ...roster.students]) expect(orgs).toContain(p.orgId);
  });

  it('gives every student a given and a family name, some of them Spanish double surnames', () => {
    const students = [...DEMO_ACCOUNTS, ...demoRoster().students].filter(
      (p) => p.role === 'student',
    );
    for (const s of students) {
      expect(s.givenName, s.email).toBeTruthy();
      expect(s.familyName, s.email).toBeTruthy();
      expect(s.name).toBe(`${s.givenName} ${s.familyName}`);
    }
    const compound = (part: 'givenName' | 'familyName') =>
      students.filter((s) => s[part]!.includes(' ')).length;
    expect(compound('familyName')).toBeGreaterThan(0);
    expect(compound('givenName')).toBeGreaterThan(0);
  });

  it('names only organizations the demo programs know: one world', () => {
    const orgs = new Set(DEMO_ORGS.map((o) => o.id));
    for (const { program } of demoPrograms) {
      expect(orgs).toContain(program.ownerId);
      for (const p of program.partners) expect(orgs).toContain(p.institutionId);
    }
  });
});

describe.each(testEngines())('the demo world on $name', (engine) => {
  let runtime: Runtime;
  const actors: Record<string, Actor> = {};

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    const settings = { publicUrl: 'http://localhost', adminEmail: 'admin@state.test' };
    await firstStart(runtime.accounts.deps, settings, dev);
    await runtime.seedDemoRegion();
    for (const local of ['student', 'counselor', 'district', 'lakeview', 'guardian', 'college'])
      actors[local] = await actorByEmail(runtime.accounts.deps, email(local));
  });
  afterAll(async () => {
    await runtime?.close();
  });

  it('puts the demo accounts in the district that owns the programs', async () => {
    expect(actors.district).toMatchObject({ role: 'district_admin', districtId: 'rusd' });
    expect(actors.student).toMatchObject({ orgId: 'rhs', districtId: 'rusd' });
    const mine = await listPrograms(
      runtime.programs,
      { actor: actors.student! },
      {
        institution: actors.student!.districtId!,
        status: 'approved',
        lang: 'en',
        limit: 50,
        offset: 0,
      },
    );
    expect(mine.items.map((p) => p.id).sort()).toEqual(demoPrograms.map((p) => p.id).sort());
    expect(new Set(mine.items.map((p) => p.owner.name))).toEqual(
      new Set(['Riverside Unified School District']),
    );
  });

  it('gives the counselor a caseload and keeps Lakeview out of Riverside', async () => {
    const caseload = await listStudents(runtime.accounts.deps, {
      ...actors.counselor!,
      caseloadIds:
        (await runtime.accounts.deps.students.caseloadIds(actors.counselor!.userId)) ?? [],
    });
    expect(caseload.length).toBe(25);
    // Listed by family name, then given name, as the seeded names give them.
    const families = caseload.map((s) => [s.familyName!, s.givenName!]);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(families).toEqual(
      [...families].sort(
        (a, b) => collator.compare(a[0]!, b[0]!) || collator.compare(a[1]!, b[1]!),
      ),
    );
    expect(caseload.map((s) => s.name)).not.toEqual(
      caseload.map((s) => s.name).sort((a, b) => collator.compare(a, b)),
    );
    expect(new Set(caseload.map((s) => s.districtId))).toEqual(new Set(['rusd']));
    const lakeview = await listStudents(runtime.accounts.deps, actors.lakeview!);
    expect(lakeview.length).toBe(7);
    expect(new Set(lakeview.map((s) => s.districtId))).toEqual(new Set(['lakeview']));
  });

  it("stores the students' given and family names, so the caseload sorts by family name", async () => {
    const people = [...DEMO_ACCOUNTS, ...demoRoster().students];
    const byName = new Map(people.map((p) => [p.name, p]));
    const caseloadIds = await runtime.accounts.deps.students.caseloadIds(actors.counselor!.userId);
    const { items } = await readCaseload(
      runtime.records,
      { actor: { ...actors.counselor!, caseloadIds } },
      { sort: 'family', lang: 'es', pageSize: 100 },
    );
    expect(items).toHaveLength(25);
    const shown = items.map((i) => byName.get(i.name)!);
    const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });
    const expected = [...shown].sort(
      (a, b) =>
        collator.compare(a.familyName!, b.familyName!) ||
        collator.compare(a.givenName!, b.givenName!),
    );
    expect(shown.map((p) => p.name)).toEqual(expected.map((p) => p.name));
    // Not merely the order of the last word: "Robledal Ébano" sorts with the R's.
    const lastWord = [...shown].sort((a, b) =>
      collator.compare(a.name.split(' ').at(-1)!, b.name.split(' ').at(-1)!),
    );
    expect(shown.map((p) => p.name)).not.toEqual(lastWord.map((p) => p.name));
  });

  it("lets Riverside's admin and partner college edit its program, and Lakeview's admin not", async () => {
    const nursing = demoPrograms.find((p) => p.id === 'riverside-nursing')!;
    const edit = (who: string) =>
      saveProgram(
        runtime.programs,
        { actor: actors[who]! },
        {
          id: nursing.id,
          program: nursing.program,
          mode: 'update',
        },
      );
    await expect(edit('district')).resolves.toMatchObject({ programId: nursing.id, version: 2 });
    await expect(edit('college')).resolves.toMatchObject({ version: 2 });
    await expect(edit('lakeview')).rejects.toMatchObject({ code: 'forbidden' });
  });
});
