/**
 * The caseload CSV has exactly the rows of the caller's list for the same filters, in the same
 * order, and nothing the list would not show: another district's admin, or a school filter
 * outside the caller's scope, gets a file with headers only; roles without the list get none.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { TCaseload, TCaseloadQuery } from '../../contracts/caseload.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import type { Role } from '../../domain/auth/roles.ts';
import type { Lang } from '../../domain/framework.ts';
import { neutralizeCell } from '../../importers/csv-writer.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { importStudents } from '../records/import-students.ts';
import { importTranscripts } from '../records/import-transcripts.ts';
import {
  addUser,
  csv,
  recordsWorld,
  ROSTER_HEADER,
  TRANSCRIPT_HEADER,
} from '../records/test-world.ts';
import { exportCaseloadCsv } from './caseload-export.ts';
import { readCaseload } from './caseload.ts';

const RUSD = [
  'R1,rhs,Ana,Pérez,ana@rusd.test,9,2029',
  'R2,rhs,"=HYPERLINK(""http://evil.test"",""x"")",Link,link@rusd.test,10,2028',
  'R3,rhs,+1,Plus,plus@rusd.test,10,2028',
  'R4,cvhs,@x,At,at@rusd.test,11,2027',
  'R5,cvhs,José,Ramírez,jose@rusd.test,12,2026',
];
const OTHER = ['O1,other-high,Olga,Otra,olga@other.test,10,2028'];

type Query = Partial<TCaseloadQuery>;

describe.each(testEngines())('caseload CSV export on $name', (engine) => {
  let runtime: Runtime;
  const actors = new Map<string, Actor>();
  const ids = new Map<string, string>();

  const actor = (
    userId: string,
    role: Role,
    orgId: string,
    districtId: string,
    caseload: string[] = [],
  ): Actor => ({
    userId,
    role,
    orgId,
    districtId,
    childIds: [],
    caseloadIds: caseload,
  });

  beforeAll(async () => {
    runtime = await engine.open();
    await recordsWorld(runtime);
    for (const [district, rows] of [
      ['rusd', RUSD],
      ['other', OTHER],
    ] as const)
      await importStudents(
        runtime.records,
        CLI,
        { name: 'roster.csv', text: csv(ROSTER_HEADER, [...rows]) },
        { districtId: district },
      );
    const year =
      new Date().getUTCMonth() >= 6 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1;
    const term = `${year - 1}-${String(year % 100).padStart(2, '0')}`;
    await importTranscripts(
      runtime.records,
      CLI,
      {
        name: 't.csv',
        text: csv(TRANSCRIPT_HEADER, [`R3,rhs,${term},year,02052,Algebra I,02052,1,0,F,fail`]),
      },
      { districtId: 'rusd' },
    );
    for (const s of await runtime.database.db
      .selectFrom('student')
      .select(['user_id', 'local_id'])
      .execute())
      ids.set(s.local_id!, s.user_id);
    const caseload = ['R1', 'R2', 'R3', 'R4'].map((l) => ids.get(l)!);
    const make = async (key: string, domain: string, role: Role, org: string, district: string) =>
      actors.set(
        key,
        actor(
          await addUser(runtime, key, domain, role, org),
          role,
          org,
          district,
          key === 'counselor' ? caseload : [],
        ),
      );
    await make('counselor', 'rusd.test', 'counselor', 'rhs', 'rusd');
    await make('principal', 'rusd.test', 'school_admin', 'cvhs', 'rusd');
    await make('admin', 'rusd.test', 'district_admin', 'rusd', 'rusd');
    await make('otherAdmin', 'other.test', 'district_admin', 'other', 'other');
    await make('teacher', 'rusd.test', 'teacher', 'rhs', 'rusd');
    await make('student', 'rusd.test', 'student', 'rhs', 'rusd');
    await make('guardian', 'rusd.test', 'guardian', 'rusd', 'rusd');
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  const full = (query: Query, lang: Lang = 'en') => ({ sort: 'signals' as const, ...query, lang });
  const list = (who: string, query: Query, lang: Lang = 'en'): Promise<TCaseload> =>
    readCaseload(runtime.records, { actor: actors.get(who)! }, full(query, lang));
  const file = async (who: string, query: Query, lang: Lang = 'en') => {
    const out = await exportCaseloadCsv(
      runtime.records,
      { actor: actors.get(who)! },
      full(query, lang),
    );
    expect(out.csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(out.csv, { bom: true }) as string[][];
    return { header: header!, rows, count: out.count };
  };
  const audits = (action: string) =>
    runtime.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'outcome', 'detail', 'target_id'])
      .where('action', '=', action)
      .orderBy('at')
      .execute();

  it.each<[string, Query]>([
    ['counselor', {}],
    ['counselor', { sort: 'name' }],
    ['counselor', { signal: 'failed_core' }],
    ['counselor', { grade: 10, sort: 'name' }],
    ['counselor', { q: 'plus' }],
    ['counselor', { school: 'cvhs' }],
    ['principal', { sort: 'grade' }],
    ['admin', { sort: 'credits' }],
    ['admin', { school: 'rhs', sort: 'name' }],
    ['admin', { signal: 'no_plan', grade: 12 }],
    ['admin', { q: 'jose' }],
  ])('%s %j: the same rows as the list, in its order', async (who, query) => {
    const [shown, out] = await Promise.all([list(who, query), file(who, query)]);
    expect(out.count).toBe(shown.items.length);
    const column = (heading: string) => out.rows.map((r) => r[out.header.indexOf(heading)]);
    expect(column('Student')).toEqual(shown.items.map((i) => neutralizeCell(i.name)));
    expect(column('Local ID')).toEqual(shown.items.map((i) => i.localId ?? ''));
    expect(column('School')).toEqual(shown.items.map((i) => i.schoolName));
    expect(column('Grade')).toEqual(shown.items.map((i) => String(i.grade ?? '')));
    expect(column('Signals')).toEqual(shown.items.map((i) => String(i.signals.length)));
    expect(column('No plan')).toEqual(
      shown.items.map((i) => i.signals.find((s) => s.code === 'no_plan')?.reason ?? ''),
    );
  });

  it('finds something to compare: the filters do narrow the list', async () => {
    expect((await file('counselor', {})).count).toBe(4);
    expect((await file('counselor', { signal: 'failed_core' })).count).toBe(1);
    expect((await file('counselor', { school: 'cvhs' })).count).toBe(1);
    // The roster's five and the student user made above.
    expect((await file('admin', {})).count).toBe(6);
    expect((await file('principal', {})).count).toBe(2);
  });

  it('is the whole filtered list, whatever page the list is on', async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => list('admin', { sort: 'name', page, pageSize: 2 })),
    );
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 2, 0]);
    const out = await exportCaseloadCsv(runtime.records, { actor: actors.get('admin')! }, {
      ...full({ sort: 'name' }),
      page: 2,
      pageSize: 2,
    } as Parameters<typeof exportCaseloadCsv>[2]);
    expect(out.count).toBe(6);
    const [header, ...rows] = parse(out.csv, { bom: true }) as string[][];
    expect(rows.map((r) => r[header!.indexOf('Local ID')])).toEqual(
      pages.flatMap((p) => p.items.map((i) => i.localId ?? '')),
    );
  });

  it('gives another district, or a school outside the scope, headers and no rows', async () => {
    const other = await file('otherAdmin', {});
    expect(other.rows.map((r) => r[0])).toEqual(['Olga Otra']);
    expect(await file('otherAdmin', { school: 'rhs' })).toMatchObject({ rows: [], count: 0 });
    expect(await file('counselor', { school: 'other-high' })).toMatchObject({ rows: [], count: 0 });
    expect(await file('principal', { school: 'rhs' })).toMatchObject({ rows: [], count: 0 });
  });

  it('refuses roles without the list, and logs the refusal as an export', async () => {
    for (const who of ['teacher', 'student', 'guardian'])
      await expect(file(who, {}), who).rejects.toMatchObject({ code: 'forbidden' });
    await expect(exportCaseloadCsv(runtime.records, CLI, full({}))).rejects.toMatchObject({
      code: 'forbidden',
    });
    const denied = (await audits('caseload.export')).filter((a) => a.outcome === 'denied');
    expect(denied.map((a) => a.actor_id).sort()).toEqual(
      ['teacher', 'student', 'guardian'].map((w) => actors.get(w)!.userId).sort(),
    );
  });

  it('audits one export entry: ids, count and filters, never the search words or names', async () => {
    const counselor = actors.get('counselor')!.userId;
    const before = (await audits('caseload.export')).length;
    const reads = (await audits('caseload.read')).length;
    await file('counselor', { q: 'Pérez', grade: 9, sort: 'name' });
    const after = await audits('caseload.export');
    expect(after).toHaveLength(before + 1);
    expect((await audits('caseload.read')).length).toBe(reads);
    const entry = after.at(-1)!;
    expect(entry).toMatchObject({
      actor_id: counselor,
      outcome: 'ok',
      target_id: `caseload:${counselor}`,
    });
    expect(entry.detail).toEqual({
      students: [ids.get('R1')],
      count: 1,
      format: 'csv',
      filters: { grade: 9, search: true, sort: 'name' },
    });
    expect(JSON.stringify(entry.detail)).not.toMatch(/P[ée]rez|Ana/);
  });

  it('neutralises names a spreadsheet would run, and reads in Spanish', async () => {
    const out = await file('counselor', { sort: 'name' }, 'es');
    expect(out.header.slice(0, 2)).toEqual(['Estudiante', 'Número de estudiante']);
    expect(out.header).toContain('Sin plan');
    expect(out.header).toContain('Materia básica reprobada');
    const names = out.rows.map((r) => r[0]);
    expect(names).toEqual(
      expect.arrayContaining([`'=HYPERLINK("http://evil.test","x") Link`, "'+1 Plus", "'@x At"]),
    );
    expect(names.filter((n) => /^[=+@-]/.test(n!))).toEqual([]);
    const noPlan = out.header.indexOf('Sin plan');
    expect(new Set(out.rows.map((r) => r[noPlan]))).toEqual(
      new Set(['Aún no tiene un plan de aprendizaje.']),
    );
    const failed = out.rows.find((r) => r[0] === "'+1 Plus")!;
    expect(failed[out.header.indexOf('Materia básica reprobada')]).toMatch(
      /^Reprobó y aún no recupera: /,
    );
  });
});
