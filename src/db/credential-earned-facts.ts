/**
 * The Perkins fact `credential_earned` (5S1) is derived, and this file is its one rule: Y while the
 * student holds a named credential (`student_credential`), else the roster's own value
 * (`student_fact.reported`, migration 0043), and no fact when the roster did not say. Every write
 * that changes either side calls `syncCredentialEarned` for the students it touched, inside its
 * own transaction: adding or removing a credential (student-credential-repository.ts) and a
 * roster's value (`reportCredentialEarned`, from roster-repository.ts `replaceFacts`). So the
 * reports read a fact that is true the moment the write commits, and a roster's N under a held
 * credential is kept, not lost, for the day the credential is removed.
 */
import { sql, type Kysely } from 'kysely';
import { CREDENTIAL_EARNED } from '../domain/records/credential-earned-fact.ts';
import type { DB } from './schema.ts';

const PART = 500;
const parts = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / PART) }, (_, i) =>
    items.slice(i * PART, (i + 1) * PART),
  );

/** Holds for a `student_fact` row `f` whose student holds a named credential. */
const holds = sql<boolean>`exists (
  select 1 from student_credential c
  where c.district_id = f.district_id and c.student_id = f.student_id)`;

/**
 * Makes each given student's `credential_earned` what the rule says. Returns the students whose
 * stored value changed (added, changed or removed).
 */
export async function syncCredentialEarned(
  db: Kysely<DB>,
  districtId: string,
  studentIds: readonly string[],
): Promise<Set<string>> {
  const changed = new Set<string>();
  for (const part of parts([...new Set(studentIds)])) {
    const raised = await db
      .insertInto('student_fact')
      .columns(['district_id', 'student_id', 'name', 'value'])
      .expression(
        db
          .selectFrom('student_credential')
          .select([
            'district_id',
            'student_id',
            sql.lit(CREDENTIAL_EARNED).as('name'),
            sql.lit('Y').as('value'),
          ])
          .distinct()
          .where('district_id', '=', districtId)
          .where('student_id', 'in', part),
      )
      .onConflict((oc) =>
        oc
          .columns(['district_id', 'student_id', 'name'])
          .doUpdateSet({ value: 'Y', updated_at: sql`now()` })
          .where('student_fact.value', '<>', 'Y'),
      )
      .returning('student_id')
      .execute();
    const reverted = await db
      .updateTable('student_fact as f')
      .set({ value: sql`f.reported`, updated_at: sql`now()` })
      .where('f.district_id', '=', districtId)
      .where('f.student_id', 'in', part)
      .where('f.name', '=', CREDENTIAL_EARNED)
      .where('f.reported', 'is not', null)
      .where(sql<boolean>`f.value <> f.reported`)
      .where(sql<boolean>`not ${holds}`)
      .returning('f.student_id')
      .execute();
    const dropped = await db
      .deleteFrom('student_fact as f')
      .where('f.district_id', '=', districtId)
      .where('f.student_id', 'in', part)
      .where('f.name', '=', CREDENTIAL_EARNED)
      .where('f.reported', 'is', null)
      .where(sql<boolean>`not ${holds}`)
      .returning('f.student_id')
      .execute();
    for (const r of [...raised, ...reverted, ...dropped]) changed.add(r.student_id);
  }
  return changed;
}

/** The stored `credential_earned` of the given students, by student id. */
async function storedValues(
  db: Kysely<DB>,
  districtId: string,
  studentIds: readonly string[],
): Promise<Map<string, string>> {
  const values = new Map<string, string>();
  for (const part of parts(studentIds)) {
    const rows = await db
      .selectFrom('student_fact')
      .select(['student_id', 'value'])
      .where('district_id', '=', districtId)
      .where('student_id', 'in', part)
      .where('name', '=', CREDENTIAL_EARNED)
      .execute();
    for (const r of rows) values.set(r.student_id, r.value);
  }
  return values;
}

/**
 * Stores what a roster said of each student's `credential_earned` (null: empty, not recorded),
 * then applies the rule. Returns the students whose fact changed (a roster value a held
 * credential overrules changes none).
 */
export async function reportCredentialEarned(
  db: Kysely<DB>,
  districtId: string,
  rows: ReadonlyArray<{ studentId: string; value: string | null }>,
): Promise<Set<string>> {
  const students = [...new Set(rows.map((r) => r.studentId))];
  const before = await storedValues(db, districtId, students);
  for (const part of parts(rows.filter((r) => r.value !== null)))
    await db
      .insertInto('student_fact')
      .values(
        part.map((r) => ({
          district_id: districtId,
          student_id: r.studentId,
          name: CREDENTIAL_EARNED,
          value: r.value!,
          reported: r.value,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['district_id', 'student_id', 'name'])
          .doUpdateSet((eb) => ({ reported: eb.ref('excluded.reported') }))
          .where(sql<boolean>`student_fact.reported is distinct from excluded.reported`),
      )
      .execute();
  for (const part of parts(rows.filter((r) => r.value === null)))
    await db
      .updateTable('student_fact')
      .set({ reported: null })
      .where('district_id', '=', districtId)
      .where(
        'student_id',
        'in',
        part.map((r) => r.studentId),
      )
      .where('name', '=', CREDENTIAL_EARNED)
      .where('reported', 'is not', null)
      .execute();
  await syncCredentialEarned(db, districtId, students);
  const after = await storedValues(db, districtId, students);
  return new Set(students.filter((id) => before.get(id) !== after.get(id)));
}
