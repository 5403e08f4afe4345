/**
 * Which credentials of the catalog students earned, and when (migration 0040). Only this file
 * writes `student_credential`, and every write here brings the students' Perkins fact
 * `credential_earned` in line at once (credential-earned-facts.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { EarnedCredential } from '../domain/records/earned-credentials.ts';
import { syncCredentialEarned } from './credential-earned-facts.ts';
import type { DB } from './schema.ts';

export interface EarnedCredentialRow extends EarnedCredential {
  studentId: string;
}

const PART = 800;

export class StudentCredentialRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Stores each row (a student holds a credential once: a later date earned replaces the stored
   * one), makes each student's `credential_earned` Y, and counts what was new, changed and
   * already so.
   */
  async upsert(
    districtId: string,
    rows: readonly EarnedCredentialRow[],
  ): Promise<{ inserted: number; updated: number; unchanged: number }> {
    let inserted = 0;
    let updated = 0;
    for (let i = 0; i < rows.length; i += PART) {
      const part = rows.slice(i, i + PART);
      const stored = await this.db
        .selectFrom('student_credential')
        .select(['student_id', 'credential_id', sql<string>`earned_on::text`.as('earned_on')])
        .where('district_id', '=', districtId)
        .where('student_id', 'in', [...new Set(part.map((r) => r.studentId))])
        .execute();
      const before = new Map(
        stored.map((r) => [`${r.student_id}\u0001${r.credential_id}`, r.earned_on]),
      );
      const changed = part.filter((r) => {
        const was = before.get(`${r.studentId}\u0001${r.credentialId}`);
        if (was === undefined) inserted += 1;
        else if (was !== r.earnedOn) updated += 1;
        return was !== r.earnedOn;
      });
      if (changed.length === 0) continue;
      await this.db
        .insertInto('student_credential')
        .values(
          changed.map((r) => ({
            district_id: districtId,
            student_id: r.studentId,
            credential_id: r.credentialId,
            earned_on: r.earnedOn,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['district_id', 'student_id', 'credential_id']).doUpdateSet((eb) => ({
            earned_on: eb.ref('excluded.earned_on'),
            updated_at: sql`now()`,
          })),
        )
        .execute();
    }
    await syncCredentialEarned(
      this.db,
      districtId,
      rows.map((r) => r.studentId),
    );
    return { inserted, updated, unchanged: rows.length - inserted - updated };
  }

  /** Which of the given students hold at least one named credential. */
  async holders(districtId: string, studentIds: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const unique = [...new Set(studentIds)];
    for (let i = 0; i < unique.length; i += PART) {
      const rows = await this.db
        .selectFrom('student_credential')
        .select('student_id')
        .distinct()
        .where('district_id', '=', districtId)
        .where('student_id', 'in', unique.slice(i, i + PART))
        .execute();
      for (const r of rows) found.add(r.student_id);
    }
    return found;
  }

  /**
   * Deletes one credential a student holds (the fact follows: db/credential-earned-facts.ts); the
   * day it was earned, or null when none was held.
   */
  async remove(
    districtId: string,
    studentId: string,
    credentialId: string,
  ): Promise<string | null> {
    const row = await this.db
      .deleteFrom('student_credential')
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId)
      .where('credential_id', '=', credentialId)
      .returning(sql<string>`earned_on::text`.as('earned_on'))
      .executeTakeFirst();
    if (row) await syncCredentialEarned(this.db, districtId, [studentId]);
    return row?.earned_on ?? null;
  }

  /** The credentials a student earned, earliest first. */
  async ofStudent(districtId: string, studentId: string): Promise<EarnedCredential[]> {
    const rows = await this.db
      .selectFrom('student_credential')
      .select(['credential_id', sql<string>`earned_on::text`.as('earned_on')])
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId)
      .orderBy('earned_on')
      .orderBy('credential_id')
      .execute();
    return rows.map((r) => ({ credentialId: r.credential_id, earnedOn: r.earned_on }));
  }
}
