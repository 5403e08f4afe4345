/**
 * `student.fact_key` (migration 0034) stays equal to a fold of the student's `student_fact` rows
 * through every way facts are written: the roster importer's upserts and deletes, plain inserts,
 * updates (of a value, or of the key columns), deletes, a student's facts removed entirely,
 * TRUNCATE, a student deleted (the cascade), two transactions writing one student's facts at
 * once (PostgreSQL), and random edits (a property test). Both engines.
 */
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { FACT_NAMES, factCodes } from '../../domain/perkins/groups.ts';
import type { Runtime } from '../../runtime.ts';
import { RosterRepository } from '../roster-repository.ts';
import type { DB } from '../schema.ts';
import { FACT_KEY_NAMES, REFRESH_ALL_FACT_KEYS } from './0034-student-fact-key.ts';

const DISTRICT = 'fk-d';
const STUDENTS = ['fk-1', 'fk-2', 'fk-3', 'fk-4'];

/** The key as the migration documents it, computed here from the fact rows. */
function fold(facts: ReadonlyArray<{ name: string; value: string }>): string {
  const bytes = (s: string) => Buffer.from(s, 'utf8');
  return [...facts]
    .sort((a, b) => Buffer.compare(bytes(a.name), bytes(b.name)))
    .map((f) => {
      const i = (FACT_KEY_NAMES as readonly string[]).indexOf(f.name);
      return `${i < 0 ? f.name : i + 1}=${f.value}`;
    })
    .join('\u001f');
}

async function keysMatch(db: Kysely<DB>): Promise<Map<string, string>> {
  const facts = await db
    .selectFrom('student_fact')
    .select(['student_id', 'name', 'value'])
    .where('district_id', '=', DISTRICT)
    .execute();
  const students = await db
    .selectFrom('student')
    .select(['user_id', 'fact_key'])
    .where('district_id', '=', DISTRICT)
    .execute();
  const keys = new Map(students.map((s) => [s.user_id, s.fact_key]));
  for (const s of students)
    expect(s.fact_key, s.user_id).toBe(fold(facts.filter((f) => f.student_id === s.user_id)));
  return keys;
}

describe('the names the key writes by position', () => {
  it('are the fact names the roster imports (a name added later is written in full)', () => {
    expect(FACT_NAMES.slice(0, FACT_KEY_NAMES.length)).toEqual([...FACT_KEY_NAMES]);
  });
});

describe.each(testEngines())('student.fact_key on $name', (engine) => {
  let runtime: Runtime;
  let db: Kysely<DB>;
  let roster: RosterRepository;
  beforeAll(async () => {
    runtime = await engine.open();
    db = runtime.database.db;
    roster = new RosterRepository(db);
    await sql`insert into organization (id, kind, name) values (${DISTRICT}, 'district', 'D')`.execute(
      db,
    );
    await sql`insert into organization (id, kind, name, parent_id, district_id)
      values ('fk-s', 'school', 'S', ${DISTRICT}, ${DISTRICT})`.execute(db);
    for (const id of STUDENTS) {
      await sql`insert into app_user (id, email, name, role, org_id, district_id)
        values (${id}, ${`${id}@example.org`}, ${id}, 'student', 'fk-s', ${DISTRICT})`.execute(db);
      await sql`insert into student (district_id, user_id, school_id) values (${DISTRICT}, ${id}, 'fk-s')`.execute(
        db,
      );
    }
  }, 120_000);
  afterAll(() => runtime?.close());

  it('follows inserts, upserts, updates and deletes, one student or many per statement', async () => {
    expect((await keysMatch(db)).get('fk-1')).toBe('');
    await roster.replaceFacts(DISTRICT, [
      { studentId: 'fk-1', facts: { gender: 'F', english_learner: 'Y', graduated: 'N' } },
      { studentId: 'fk-2', facts: { race_ethnicity: 'HI' } },
    ]);
    expect((await keysMatch(db)).get('fk-1')).toBe('2=Y\u001f9=F\u001f13=N');
    // The importer's ON CONFLICT update, a new fact beside it, and a delete (null).
    await roster.replaceFacts(DISTRICT, [
      { studentId: 'fk-1', facts: { gender: 'X', english_learner: null, disability: 'N' } },
    ]);
    expect((await keysMatch(db)).get('fk-1')).toBe('3=N\u001f9=X\u001f13=N');
    // A plain UPDATE of values across students, and one moving a fact to another student.
    await sql`update student_fact set value = 'Y' where district_id = ${DISTRICT} and name in ('graduated', 'disability')`.execute(
      db,
    );
    await sql`update student_fact set student_id = 'fk-3' where district_id = ${DISTRICT} and student_id = 'fk-2'`.execute(
      db,
    );
    const moved = await keysMatch(db);
    expect(moved.get('fk-2')).toBe('');
    expect(moved.get('fk-3')).toBe('10=HI');
    // A name outside the key's list is written in full.
    await sql`insert into student_fact (district_id, student_id, name, value)
      values (${DISTRICT}, 'fk-3', 'aaa_local', 'Q')`.execute(db);
    expect((await keysMatch(db)).get('fk-3')).toBe('aaa_local=Q\u001f10=HI');
    // A student's facts removed entirely.
    await sql`delete from student_fact where district_id = ${DISTRICT} and student_id = 'fk-1'`.execute(
      db,
    );
    expect((await keysMatch(db)).get('fk-1')).toBe('');
  });

  it('follows TRUNCATE, a rolled-back write, a deleted student and the full recompute', async () => {
    await roster.replaceFacts(DISTRICT, [
      { studentId: 'fk-1', facts: { homeless: 'Y' } },
      { studentId: 'fk-4', facts: { migrant: 'N', gender: 'M' } },
    ]);
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`delete from student_fact where district_id = ${DISTRICT}`.execute(trx);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect((await keysMatch(db)).get('fk-4')).toBe('9=M\u001f4=N');
    await sql`truncate student_fact`.execute(db);
    expect([...(await keysMatch(db)).values()].every((k) => k === '')).toBe(true);
    await roster.replaceFacts(DISTRICT, [{ studentId: 'fk-4', facts: { migrant: 'Y' } }]);
    // Keys wrong on purpose (as after a load with triggers off), then rebuilt by the backfill.
    await sql`update student set fact_key = 'stale' where district_id = ${DISTRICT}`.execute(db);
    await REFRESH_ALL_FACT_KEYS.execute(db);
    expect((await keysMatch(db)).get('fk-4')).toBe('4=Y');
    await sql`delete from student where district_id = ${DISTRICT} and user_id = 'fk-4'`.execute(db);
    expect((await keysMatch(db)).has('fk-4')).toBe(false);
    await sql`insert into student (district_id, user_id, school_id) values (${DISTRICT}, 'fk-4', 'fk-s')`.execute(
      db,
    );
  });

  it.runIf(engine.name === 'postgres')(
    'keeps both of two transactions writing one student’s facts at once',
    async () => {
      await sql`delete from student_fact where district_id = ${DISTRICT}`.execute(db);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let firstWrote!: () => void;
      const wrote = new Promise<void>((resolve) => (firstWrote = resolve));
      const first = db.transaction().execute(async (trx) => {
        await sql`insert into student_fact (district_id, student_id, name, value)
          values (${DISTRICT}, 'fk-1', 'gender', 'F')`.execute(trx);
        firstWrote();
        await held;
      });
      await wrote;
      const second = db.transaction().execute(async (trx) => {
        await sql`insert into student_fact (district_id, student_id, name, value)
          values (${DISTRICT}, 'fk-1', 'migrant', 'Y')`.execute(trx);
      });
      // The second waits for the first's lock on the student; let the first commit.
      await new Promise((resolve) => setTimeout(resolve, 200));
      release();
      await Promise.all([first, second]);
      expect((await keysMatch(db)).get('fk-1')).toBe('9=F\u001f4=Y');
    },
    60_000,
  );

  it('matches the fold after random edits through the importer', async () => {
    const edit = fc.record({
      student: fc.constantFrom(...STUDENTS),
      name: fc.constantFrom(...FACT_NAMES),
      pick: fc.nat(),
      remove: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
        const byStudent = new Map<string, Record<string, string | null>>();
        for (const e of edits) {
          const codes = factCodes(e.name);
          const facts = byStudent.get(e.student) ?? {};
          facts[e.name] = e.remove ? null : codes[e.pick % codes.length]!;
          byStudent.set(e.student, facts);
        }
        await db.transaction().execute((trx) =>
          new RosterRepository(trx).replaceFacts(
            DISTRICT,
            [...byStudent].map(([studentId, facts]) => ({ studentId, facts })),
          ),
        );
        await keysMatch(db);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
