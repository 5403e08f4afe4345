/** Student records, guardian links and counselor caseloads. District id leads every key. */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

export interface StudentRecord {
  districtId: string;
  userId: string;
  schoolId: string;
  name: string;
  /** As the roster split the name (migration 0041); null when not known. */
  givenName: string | null;
  familyName: string | null;
  email: string;
  grade: number | null;
  localId: string | null;
}

export class StudentRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(student: {
    districtId: string;
    userId: string;
    schoolId: string;
    grade: number | null;
    localId: string | null;
    givenName?: string | null;
    familyName?: string | null;
  }): Promise<void> {
    await this.db
      .insertInto('student')
      .values({
        district_id: student.districtId,
        user_id: student.userId,
        school_id: student.schoolId,
        grade: student.grade,
        local_id: student.localId,
        given_name: student.givenName ?? null,
        family_name: student.familyName ?? null,
      })
      .execute();
  }

  private base() {
    return this.db
      .selectFrom('student as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      .select([
        's.district_id',
        's.user_id',
        's.school_id',
        's.grade',
        's.local_id',
        's.given_name',
        's.family_name',
        'u.name',
        'u.email',
      ]);
  }

  async find(userId: string): Promise<StudentRecord | undefined> {
    const row = await this.base().where('s.user_id', '=', userId).executeTakeFirst();
    return row ? toStudent(row) : undefined;
  }

  /** Students of a district, optionally of one school or only the given ids. */
  async list(filter: {
    districtId?: string;
    schoolId?: string;
    userIds?: readonly string[];
  }): Promise<StudentRecord[]> {
    let query = this.base();
    if (filter.districtId !== undefined)
      query = query.where('s.district_id', '=', filter.districtId);
    if (filter.schoolId !== undefined) query = query.where('s.school_id', '=', filter.schoolId);
    if (filter.userIds !== undefined) {
      if (filter.userIds.length === 0) return [];
      query = query.where('s.user_id', 'in', [...filter.userIds]);
    }
    return (await query.orderBy('u.name').orderBy('s.user_id').execute()).map(toStudent);
  }

  async linkGuardian(districtId: string, studentId: string, guardianId: string): Promise<void> {
    await this.db
      .insertInto('guardian_link')
      .values({ district_id: districtId, student_id: studentId, guardian_id: guardianId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async addToCaseload(districtId: string, counselorId: string, studentId: string): Promise<void> {
    await this.db
      .insertInto('caseload')
      .values({ district_id: districtId, counselor_id: counselorId, student_id: studentId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async childIds(guardianId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('guardian_link')
      .select('student_id')
      .where('guardian_id', '=', guardianId)
      .execute();
    return rows.map((r) => r.student_id);
  }

  async caseloadIds(counselorId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('caseload')
      .select('student_id')
      .where('counselor_id', '=', counselorId)
      .execute();
    return rows.map((r) => r.student_id);
  }
}

function toStudent(r: {
  district_id: string;
  user_id: string;
  school_id: string;
  grade: number | null;
  local_id: string | null;
  given_name: string | null;
  family_name: string | null;
  name: string;
  email: string;
}): StudentRecord {
  return {
    districtId: r.district_id,
    userId: r.user_id,
    schoolId: r.school_id,
    name: r.name,
    givenName: r.given_name,
    familyName: r.family_name,
    email: r.email,
    grade: r.grade,
    localId: r.local_id,
  };
}
