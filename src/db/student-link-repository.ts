/**
 * The reads behind the links page: a district's students found by part of their name or local
 * id, and one student's guardians and caseload counselors (names and emails of the adults).
 * Removals are roster-link-repository.ts.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

export interface LinkedAdultRow {
  id: string;
  name: string;
  email: string;
}

export interface LinkStudentRow {
  id: string;
  localId: string | null;
  name: string;
  grade: number | null;
  schoolName: string;
}

/** `text` as a LIKE pattern that matches it anywhere, its own % _ and \ taken literally. */
export const containsPattern = (text: string): string =>
  `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export class StudentLinkRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Up to `limit` students of the district whose name or local id holds `text` (any case). */
  async search(districtId: string, text: string, limit: number): Promise<LinkStudentRow[]> {
    const pattern = containsPattern(text);
    return this.db
      .selectFrom('student as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      .innerJoin('organization as o', 'o.id', 's.school_id')
      .select([
        's.user_id as id',
        's.local_id as localId',
        'u.name as name',
        's.grade as grade',
        'o.name as schoolName',
      ])
      .where('s.district_id', '=', districtId)
      .where((eb) => eb.or([eb('u.name', 'ilike', pattern), eb('s.local_id', 'ilike', pattern)]))
      .orderBy('u.name')
      .orderBy('s.user_id')
      .limit(limit)
      .execute();
  }

  /** The student's guardians and caseload counselors kept under the district, by name. */
  async adultsOf(
    districtId: string,
    studentId: string,
  ): Promise<{ guardians: LinkedAdultRow[]; counselors: LinkedAdultRow[] }> {
    const guardians = await this.linkedAdults(
      'guardian_link',
      'guardian_id',
      districtId,
      studentId,
    );
    const counselors = await this.linkedAdults('caseload', 'counselor_id', districtId, studentId);
    return { guardians, counselors };
  }

  /** The adults one link table ties to the student under the district, by name then id. */
  private linkedAdults(
    table: 'guardian_link' | 'caseload',
    adultColumn: 'guardian_id' | 'counselor_id',
    districtId: string,
    studentId: string,
  ): Promise<LinkedAdultRow[]> {
    // Both tables carry district_id and student_id; typed as guardian_link, as Kysely cannot
    // join from a union of tables.
    return this.db
      .selectFrom(`${table} as l` as 'guardian_link as l')
      .innerJoin('app_user as u', 'u.id', `l.${adultColumn}` as 'l.guardian_id')
      .select(['u.id as id', 'u.name as name', 'u.email as email'])
      .where('l.district_id', '=', districtId)
      .where('l.student_id', '=', studentId)
      .orderBy('u.name')
      .orderBy('u.id')
      .execute();
  }
}
