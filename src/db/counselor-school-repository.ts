/** The further schools a counselor serves, beyond their own org (migration 0047). */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

export class CounselorSchoolRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The counselor's further schools, by id. */
  async list(counselorId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('counselor_school')
      .select('school_id')
      .where('counselor_id', '=', counselorId)
      .orderBy('school_id')
      .execute();
    return rows.map((r) => r.school_id);
  }

  /** The further schools of each of these counselors (none: absent). */
  async listMany(counselorIds: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (counselorIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('counselor_school')
      .select(['counselor_id', 'school_id'])
      .where('counselor_id', 'in', [...new Set(counselorIds)])
      .orderBy('counselor_id')
      .orderBy('school_id')
      .execute();
    for (const r of rows)
      out.set(r.counselor_id, [...(out.get(r.counselor_id) ?? []), r.school_id]);
    return out;
  }

  /** Makes the counselor's further schools exactly `schoolIds` (all in `districtId`). */
  async replace(districtId: string, counselorId: string, schoolIds: readonly string[]) {
    await this.db.deleteFrom('counselor_school').where('counselor_id', '=', counselorId).execute();
    if (schoolIds.length === 0) return;
    await this.db
      .insertInto('counselor_school')
      .values(
        [...new Set(schoolIds)].map((s) => ({
          district_id: districtId,
          counselor_id: counselorId,
          school_id: s,
        })),
      )
      .execute();
  }
}
