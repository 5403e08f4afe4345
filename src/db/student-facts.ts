/**
 * A district's student facts (student_fact: groups and outcomes by name, such as a Perkins
 * special population or `credential_earned`), set in batches from a roster and read for one
 * student. RosterRepository's `replaceFacts` and `facts` are these.
 */
import { sql, type Kysely } from 'kysely';
import { CREDENTIAL_EARNED } from '../domain/records/credential-earned-fact.ts';
import { reportCredentialEarned } from './credential-earned-facts.ts';
import { chunks } from './batches.ts';
import type { DB } from './schema.ts';

/**
 * Sets the given facts of each student (a null value deletes the fact; names not given are left
 * alone). `credential_earned` is the roster's own value, which a named credential the student
 * holds overrules (credential-earned-facts.ts). Returns the ids of the students whose stored
 * facts changed.
 */
export async function replaceStudentFacts(
  db: Kysely<DB>,
  districtId: string,
  students: ReadonlyArray<{ studentId: string; facts: Readonly<Record<string, string | null>> }>,
): Promise<Set<string>> {
  const changed = await reportCredentialEarned(
    db,
    districtId,
    students.flatMap((s) =>
      Object.hasOwn(s.facts, CREDENTIAL_EARNED)
        ? [{ studentId: s.studentId, value: s.facts[CREDENTIAL_EARNED] ?? null }]
        : [],
    ),
  );
  const given = students
    .map((s) => ({
      studentId: s.studentId,
      facts: Object.fromEntries(
        Object.entries(s.facts).filter(([name]) => name !== CREDENTIAL_EARNED),
      ),
    }))
    .filter((s) => Object.keys(s.facts).length > 0);
  for (const part of chunks(given)) {
    if (part.length === 0) continue;
    const stored = await db
      .selectFrom('student_fact')
      .select(['student_id', 'name', 'value'])
      .where('district_id', '=', districtId)
      .where(
        'student_id',
        'in',
        part.map((s) => s.studentId),
      )
      .execute();
    const current = new Map(stored.map((r) => [`${r.student_id}\u0001${r.name}`, r.value]));
    const upserts: Array<{
      district_id: string;
      student_id: string;
      name: string;
      value: string;
    }> = [];
    for (const s of part)
      for (const [name, value] of Object.entries(s.facts)) {
        const before = current.get(`${s.studentId}\u0001${name}`);
        if ((before ?? null) === value) continue;
        changed.add(s.studentId);
        if (value === null)
          await db
            .deleteFrom('student_fact')
            .where('district_id', '=', districtId)
            .where('student_id', '=', s.studentId)
            .where('name', '=', name)
            .execute();
        else upserts.push({ district_id: districtId, student_id: s.studentId, name, value });
      }
    for (const rows of chunks(upserts, 800))
      if (rows.length > 0)
        await db
          .insertInto('student_fact')
          .values(rows)
          .onConflict((oc) =>
            oc.columns(['district_id', 'student_id', 'name']).doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              updated_at: sql`now()`,
            })),
          )
          .execute();
  }
  return changed;
}

/** A student's facts (groups and outcomes) by name. */
export async function studentFacts(
  db: Kysely<DB>,
  districtId: string,
  studentId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('student_fact')
    .select(['name', 'value'])
    .where('district_id', '=', districtId)
    .where('student_id', '=', studentId)
    .execute();
  return new Map(rows.map((r) => [r.name, r.value]));
}
