/** The further schools a counselor serves, beyond their own org (migration 0047). */
import type { Kysely } from 'kysely';
import { chunks } from './batches.ts';
import type { DB } from './schema.ts';

export class CounselorSchoolRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The counselor's further schools, by id. */
  async list(counselorId: string): Promise<string[]> {
    return (await this.listMany([counselorId])).get(counselorId) ?? [];
  }

  /** The further schools of each of these counselors (none: absent). */
  async listMany(counselorIds: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const part of chunks([...new Set(counselorIds)])) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('counselor_school')
        .select(['counselor_id', 'school_id'])
        .where('counselor_id', 'in', part)
        .orderBy('counselor_id')
        .orderBy('school_id')
        .execute();
      for (const r of rows)
        out.set(r.counselor_id, [...(out.get(r.counselor_id) ?? []), r.school_id]);
    }
    return out;
  }

  /** The counselors of the district who serve a further school. */
  async counselorsOf(districtId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('counselor_school')
      .select('counselor_id')
      .distinct()
      .where('district_id', '=', districtId)
      .orderBy('counselor_id')
      .execute();
    return rows.map((r) => r.counselor_id);
  }

  /**
   * Makes the counselor's further schools exactly `schoolIds` (all in `districtId`); returns the
   * schools added and those dropped.
   */
  async replace(
    districtId: string,
    counselorId: string,
    schoolIds: readonly string[],
  ): Promise<{ added: string[]; dropped: string[] }> {
    const want = new Set(schoolIds);
    const had = new Set(await this.list(counselorId));
    const added = [...want].filter((s) => !had.has(s)).sort();
    const dropped = [...had].filter((s) => !want.has(s)).sort();
    if (dropped.length > 0)
      await this.db
        .deleteFrom('counselor_school')
        .where('counselor_id', '=', counselorId)
        .where('school_id', 'in', dropped)
        .execute();
    if (added.length > 0)
      await this.db
        .insertInto('counselor_school')
        .values(
          added.map((s) => ({ district_id: districtId, counselor_id: counselorId, school_id: s })),
        )
        .execute();
    return { added, dropped };
  }

  /**
   * Takes the counselor's students of these schools off their caseload (a school they no longer
   * serve), but never of the counselor's own school; returns those students' ids.
   */
  async endCaseloadAt(
    districtId: string,
    counselorId: string,
    schoolIds: readonly string[],
  ): Promise<string[]> {
    if (schoolIds.length === 0) return [];
    const rows = await this.db
      .deleteFrom('caseload')
      .where('district_id', '=', districtId)
      .where('counselor_id', '=', counselorId)
      .where('student_id', 'in', (eb) =>
        eb
          .selectFrom('student')
          .select('user_id')
          .where('district_id', '=', districtId)
          .where('school_id', 'in', [...schoolIds])
          .where('school_id', 'not in', (own) =>
            own.selectFrom('app_user').select('org_id').where('id', '=', counselorId),
          ),
      )
      .returning('student_id')
      .execute();
    return rows.map((r) => r.student_id).sort();
  }
}
