/**
 * Migration 0046: every stored transfer credit's course key becomes the one courseKeyThere gives
 * (non-ASCII codes and titles, and keys already written the new way, among them); credits stored
 * twice under two spellings of one course there are merged into the one updated last (of a tie,
 * the greatest id byte by byte); every other column and credit, in either district, is left as
 * it was; down leaves the new keys. Both engines.
 */
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  insertStudents,
  openAtMigration,
  type MigrationSteps,
} from '../../../test/migration-steps.ts';
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';
import { courseKeyThere } from '../../domain/requirements/transfer.ts';
import { keyAnew } from './0046-transfer-credit-course-key.ts';

/** The key courseKeyThere gave before commit 9fbd1dd. */
const olderKey = (text: string) => text.toUpperCase().replace(/\s+/g, ' ').trim();

interface Stored {
  district: string;
  student: string;
  id: string;
  place: string;
  term: string;
  code: string | null;
  title: string;
  updated: string;
  /** The key as stored; the older key of the code (else title) when not given. */
  key?: string;
}

const OLD = '2025-01-10T08:00:00Z';
const NEW = '2025-06-10T08:00:00Z';

const at = (
  district: string,
  student: string,
  id: string,
  code: string | null,
  updated: string,
  over: Partial<Stored> = {},
): Stored => ({
  district,
  student,
  id,
  place: 'valley college',
  term: 'fall',
  code,
  title: 'Course',
  updated,
  ...over,
});

/** Twins: the first of each group is kept, the rest merged into it. */
const TWINS: Stored[][] = [
  [at('d1', 'a', 't1', 'CS 312', NEW), at('d1', 'a', 't2', 'c s 312', OLD)],
  // Updated at the same moment: the greatest id byte by byte ('t9' > 't10').
  [
    at('d1', 'a', 't9', 'ALG I', OLD),
    at('d1', 'a', 't10', 'alg-1', OLD),
    at('d1', 'a', 't3', 'Alg 1', OLD, { key: 'ALG1' }),
  ],
  // Keyed from the title; one spelled with a no-break space.
  [
    at('d2', 'c', 'u1', null, NEW, { title: 'Español I' }),
    at('d2', 'c', 'u2', null, OLD, { title: 'ESPAÑOL\u00a01' }),
  ],
];

/** Credits without a twin: another term, place, student or key, the other district. */
const SINGLES: Stored[] = [
  at('d1', 'a', 't4', 'C S 312', OLD, { term: 'spring' }),
  at('d1', 'a', 't5', 'C S 312', OLD, { place: 'lakeview hs' }),
  at('d1', 'b', 't6', 'cs-312', OLD),
  at('d1', 'a', 't7', 'CS 312L', OLD),
  at('d1', 'a', 't8', '413-520', OLD),
  at('d1', 'a', 't11', '413520', OLD),
  at('d1', 'a', 't12', null, OLD, { title: 'straße  I' }),
  at('d2', 'c', 'u3', 'c s 312', OLD),
  at('d2', 'c', 'u4', null, OLD, { title: 'A\u00a0P U S History' }),
];

const insert = (db: Kysely<unknown>, r: Stored) =>
  sql`insert into transfer_credit (district_id, student_id, id, kind, earned_at_name,
      earned_at_key, course_title, course_code, course_key, school_year, term, credits_attempted,
      credits_earned, grade, result, counts_as, updated_at)
    values (${r.district}, ${r.student}, ${r.id}, 'transfer', ${r.place}, ${r.place}, ${r.title},
      ${r.code}, ${r.key ?? olderKey(r.code ?? r.title)}, 2025, ${r.term}, 1, 1, 'A', 'pass',
      'elective', ${r.updated}::timestamptz)`.execute(db);

/** Each credit as stored, course key apart, and its key. */
async function stored(db: Kysely<unknown>): Promise<[string, string][]> {
  const { rows } = await sql<Record<string, unknown>>`
    select * from transfer_credit order by district_id, id`.execute(db);
  return rows.map(({ course_key, created_at: _, updated_at, ...rest }) => [
    JSON.stringify({ ...rest, updated_at: new Date(updated_at as string).toISOString() }),
    course_key as string,
  ]);
}

describe.each(testEngines())('migration 0046 on $name', (engine) => {
  let steps: MigrationSteps;
  let db: Kysely<unknown>;
  let before: Map<string, [string, string]>;
  const idOf = (row: string) => (JSON.parse(row) as { id: string }).id;

  beforeAll(async () => {
    steps = await openAtMigration(engine, '0045-attempt-course-key');
    db = steps.db;
    await insertStudents(db, 'd1', [{ id: 'a' }, { id: 'b' }]);
    await insertStudents(db, 'd2', [{ id: 'c' }]);
    for (const r of [...TWINS.flat(), ...SINGLES]) await insert(db, r);
    before = new Map((await stored(db)).map((s) => [idOf(s[0]), s]));
  }, 120_000);
  afterAll(() => steps?.close());

  it('keys every credit as courseKeyThere does and merges the twins into the one updated last', async () => {
    expect(before.size).toBe(TWINS.flat().length + SINGLES.length);
    await steps.to('0046-transfer-credit-course-key');
    const kept = [...TWINS.map((t) => t[0]!), ...SINGLES];
    const after = await stored(db);
    expect(after.map(([row]) => row).sort()).toEqual(kept.map((r) => before.get(r.id)![0]).sort());
    expect(Object.fromEntries(after.map(([row, key]) => [idOf(row), key]))).toEqual(
      Object.fromEntries(
        kept.map((r) => [r.id, courseKeyThere({ code: r.code, title: r.title, scedCode: null })]),
      ),
    );
    expect(after.map(([, key]) => key)).toEqual(
      expect.arrayContaining(['CS312', 'ALG1', 'ESPAÑOL1', 'STRASSE1', 'APUSHISTORY', '413-520']),
    );
  });

  it('refuses a second credit under another spelling of a stored course', async () => {
    await expect(
      insert(
        db,
        at('d1', 'a', 't20', 'cs.312', NEW, {
          key: courseKeyThere({ code: 'cs.312', title: '', scedCode: null }),
        }),
      ),
    ).rejects.toThrow(/transfer_credit_course/);
  });

  it('keys anew as courseCodeKey keys the code the older key was made of', async () => {
    const texts = [
      ...fc.sample(
        fc.string({ unit: fc.constantFrom(...'aIVZ&09 \t-._\u00a0ñßﬁ\u3000'), maxLength: 12 }),
        { numRuns: 600, seed: 46 },
      ),
      'A I I I',
      '1 -2',
      'MATH-1314.01',
      ' ENGL & 101 ',
    ];
    const { rows } = await sql<{ key: string }>`select ${sql.raw(keyAnew('k'))} as key
      from unnest(${texts.map(olderKey)}::text[]) with ordinality as t(k, i) order by i`.execute(
      db,
    );
    expect(rows.map((r) => r.key)).toEqual(texts.map(courseCodeKey));
  });

  it('goes down leaving the new keys, and up again changing nothing', async () => {
    const after = await stored(db);
    await steps.to('0045-attempt-course-key');
    expect(await stored(db)).toEqual(after);
    await steps.to('0046-transfer-credit-course-key');
    expect(await stored(db)).toEqual(after);
  });
});
