/**
 * The set-based reads of the caseload list: the students in scope with their school's name,
 * every student's current plan (head, current body, guardian sign-off) and who has saved an
 * Interest Profiler result, each in one query for the whole list (chunked by 500 ids).
 */
import { sql, type Kysely } from 'kysely';
import type { PlanBody } from '../domain/plans/start-plan.ts';
import { chunks, type StudentRow } from './roster-repository.ts';
import type { AttemptRow } from './transcript-repository.ts';
import type { DB } from './schema.ts';

export interface CaseloadStudent extends StudentRow {
  schoolName: string;
  /** As the roster split the name (migration 0041); null when not known. */
  givenName: string | null;
  familyName: string | null;
}

export interface CurrentPlan {
  reviewedAt: Date | null;
  version: number;
  body: PlanBody;
  guardianSigned: boolean;
}

export class CaseloadRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** A district's students: the given ids only (a caseload), else all (of one school when given). */
  async students(
    districtId: string,
    scope: { ids?: readonly string[]; schoolId?: string },
  ): Promise<CaseloadStudent[]> {
    const query = () => {
      let q = this.db
        .selectFrom('student as s')
        .innerJoin('app_user as u', 'u.id', 's.user_id')
        .innerJoin('organization as o', 'o.id', 's.school_id')
        .select([
          's.district_id as districtId',
          's.user_id as userId',
          's.local_id as localId',
          's.school_id as schoolId',
          's.grade as grade',
          's.graduation_year as graduationYear',
          'u.name as name',
          's.given_name as givenName',
          's.family_name as familyName',
          'u.email as email',
          'o.name as schoolName',
        ])
        .where('s.district_id', '=', districtId);
      if (scope.schoolId !== undefined) q = q.where('s.school_id', '=', scope.schoolId);
      return q;
    };
    if (scope.ids === undefined) return query().orderBy('u.name').execute();
    const found: CaseloadStudent[] = [];
    for (const part of chunks(scope.ids)) {
      if (part.length > 0) found.push(...(await query().where('s.user_id', 'in', part).execute()));
    }
    return found;
  }

  /** Each student's plan: the head, its current version's body, and a guardian's signature on it. */
  async currentPlans(
    districtId: string,
    studentIds: readonly string[],
  ): Promise<Map<string, CurrentPlan>> {
    const plans = new Map<string, CurrentPlan>();
    for (const part of chunks(studentIds)) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('learning_plan as p')
        .innerJoin('learning_plan_version as v', (join) =>
          join
            .onRef('v.district_id', '=', 'p.district_id')
            .onRef('v.student_id', '=', 'p.student_id')
            .onRef('v.version', '=', 'p.current_version'),
        )
        .select([
          'p.student_id',
          'p.reviewed_at',
          'p.current_version',
          'v.body',
          sql<boolean>`exists (select 1 from learning_plan_signature g where g.district_id = p.district_id and g.student_id = p.student_id and g.version = p.current_version and g.role = 'guardian')`.as(
            'guardian_signed',
          ),
        ])
        .where('p.district_id', '=', districtId)
        .where('p.student_id', 'in', part)
        .execute();
      for (const r of rows)
        plans.set(r.student_id, {
          reviewedAt: r.reviewed_at,
          version: r.current_version,
          body: r.body as PlanBody,
          guardianSigned: Boolean(r.guardian_signed),
        });
    }
    return plans;
  }

  /**
   * The course attempts of the list's students, grouped by student: one row per student with
   * its attempts as a JSON array (decoding thousands of rows one by one cost four times as much
   * on the embedded database), the ids as one array parameter.
   */
  async attempts(districtId: string, studentIds: readonly string[]) {
    const grouped = new Map<string, AttemptRow[]>();
    if (studentIds.length === 0) return grouped;
    const rows = await this.db
      .selectFrom('course_attempt')
      .select([
        'student_id',
        sql<
          Array<
            [
              string,
              number,
              string,
              string,
              string,
              string | null,
              number,
              number,
              string | null,
              string,
              string | null,
            ]
          >
        >`json_agg(json_build_array(school_id, school_year, term, course_code, course_title, sced_code, credits_attempted, credits_earned, letter_grade, result, course_flags))`.as(
          'rows',
        ),
      ])
      .where('district_id', '=', districtId)
      .where(sql<boolean>`student_id = any(${[...studentIds]}::text[])`)
      .groupBy('student_id')
      .execute();
    for (const row of rows) {
      const list =
        typeof row.rows === 'string' ? (JSON.parse(row.rows) as typeof row.rows) : row.rows;
      grouped.set(
        row.student_id,
        list.map(
          ([school, year, term, code, title, sced, attempted, earned, letter, result, flags]) => ({
            districtId,
            studentId: row.student_id,
            schoolId: school,
            schoolYear: year,
            term,
            courseCode: code,
            courseTitle: title,
            scedCode: sced,
            creditsAttempted: Number(attempted),
            creditsEarned: Number(earned),
            letterGrade: letter,
            result,
            courseFlags: flags,
          }),
        ),
      );
    }
    return grouped;
  }

  /** The students of the list who have saved at least one Interest Profiler result. */
  async withInterestResults(districtId: string, studentIds: readonly string[]) {
    const found = new Set<string>();
    for (const part of chunks(studentIds)) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('interest_result')
        .select('student_id')
        .distinct()
        .where('district_id', '=', districtId)
        .where('student_id', 'in', part)
        .execute();
      for (const r of rows) found.add(r.student_id);
    }
    return found;
  }
}
