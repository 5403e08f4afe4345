/**
 * Perkins V counts as one set-based query over course attempts (the pure specification is
 * src/domain/perkins/status.ts and aggregate.ts; a test holds the two to the same numbers).
 *
 * The catalog side is small and resolved beforehand: for each district, each CTE course code
 * with the program (or pathway) keys it counts towards and, per rule, whether it counts and
 * whether it meets the rule's rank (bits of `flags`). The counting itself is one statement
 * (perkins-count-query.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { CountRow } from '../domain/perkins/aggregate.ts';
import { countQuery } from './perkins-count-query.ts';
import type { DB } from './schema.ts';

export interface CourseMapRow {
  districtId: string;
  /** Upper-case state course code. */
  code: string;
  groupKey: string;
  flags: number;
}

export interface RuleNumbers {
  minCourses: number;
  minCredits: number;
  /** Courses at the rank it takes (0 when the rule has no rank condition). */
  minAtRank: number;
}

export interface CountQuery {
  year: number;
  courses: readonly CourseMapRow[];
  /** Upper-case codes of dual-credit courses, per district. */
  dualCredit: ReadonlyArray<{ districtId: string; code: string }>;
  participant: RuleNumbers;
  concentrator: RuleNumbers;
  /** Undefined when the profile has no completer. */
  completer?: RuleNumbers;
  /** Fact names that are group dimensions. */
  dimensions: readonly string[];
  /**
   * Per district, the SCED codes that name one CTE course code: a transfer credit counted by SCED
   * code counts as that course (domain/perkins/transfer.ts). None: only those standing for a course.
   */
  scedCodes?: ReadonlyArray<{ districtId: string; scedCode: string; code: string }>;
  /**
   * Whether to read transfer_credit at all (the repository sets it: false when the table has no
   * row of the districts counted, so the statement stays the one measured in docs/perkins.md).
   */
  withTransfers?: boolean;
}

export interface CatalogCourseRow {
  districtId: string;
  courseId: string;
  code: string;
  levelName: string | null;
  pathways: string[];
  dualCredit: boolean;
  scedCode: string | null;
}

export class PerkinsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The secondary CTE courses offered by each district or its schools (all districts when none given). */
  async cteCourses(districtId?: string): Promise<CatalogCourseRow[]> {
    let query = this.db
      .selectFrom('course as c')
      .innerJoin('organization as i', 'i.id', 'c.institution_id')
      .select([
        'i.district_id as districtId',
        'c.id as courseId',
        sql<string>`upper(c.doc->>'stateCode')`.as('code'),
        sql<string | null>`c.doc->>'sequenceLevel'`.as('levelName'),
        sql<string[] | null>`c.doc->'pathwayCodes'`.as('pathways'),
        sql<string | null>`c.doc->>'scedCode'`.as('scedCode'),
        sql<boolean>`exists (select 1 from credit_agreement a where a.secondary_course_id = c.id and a.type = 'dual_credit')`.as(
          'dualCredit',
        ),
      ])
      .where('c.kind', '=', 'cte')
      .where('c.level', '=', 'secondary')
      .where('i.district_id', 'is not', null)
      .where(sql<boolean>`c.doc->>'stateCode' is not null`);
    if (districtId !== undefined) query = query.where('i.district_id', '=', districtId);
    const rows = await query.execute();
    return rows.map((r) => ({
      districtId: r.districtId!,
      courseId: r.courseId,
      code: r.code,
      levelName: r.levelName,
      pathways: r.pathways ?? [],
      dualCredit: Boolean(r.dualCredit),
      scedCode: r.scedCode,
    }));
  }

  /** Approved programs of study: id, title and the course ids their steps name. */
  async approvedPrograms(): Promise<
    Array<{ id: string; title: { en: string; es?: string }; courseIds: string[] }>
  > {
    const rows = await this.db
      .selectFrom('program_version as v')
      .select([
        'v.program_id as id',
        'v.title',
        sql<
          string[]
        >`coalesce((select jsonb_agg(distinct c) from jsonb_array_elements(v.body->'steps') s, jsonb_array_elements_text(s->'courses') c), '[]'::jsonb)`.as(
          'courseIds',
        ),
      ])
      .where('v.status', '=', 'approved')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title as { en: string; es?: string },
      courseIds: r.courseIds,
    }));
  }

  /** Districts and schools (optionally of one district), and the state organization. */
  async organizations(districtId?: string) {
    let query = this.db
      .selectFrom('organization')
      .select(['id', 'name', 'kind', 'district_id as districtId'])
      .where('kind', 'in', ['state', 'district', 'school'])
      .orderBy('name')
      .orderBy('id');
    if (districtId !== undefined)
      query = query.where((eb) =>
        eb.or([eb('district_id', '=', districtId), eb('id', '=', districtId)]),
      );
    return query.execute();
  }

  /** Per district, the fact names any of its students has (which groups and outcomes were imported). */
  async factNames(): Promise<Map<string, Set<string>>> {
    const rows = await this.db
      .selectFrom('student_fact')
      .select(['district_id', 'name'])
      .distinct()
      .execute();
    const out = new Map<string, Set<string>>();
    for (const r of rows) {
      const set = out.get(r.district_id) ?? new Set<string>();
      set.add(r.name);
      out.set(r.district_id, set);
    }
    return out;
  }

  async counts(q: CountQuery): Promise<CountRow[]> {
    if (q.courses.length === 0) return [];
    const districts = [...new Set(q.courses.map((c) => c.districtId))];
    const transfer = await this.db
      .selectFrom('transfer_credit')
      .select('id')
      .where('district_id', 'in', districts)
      .limit(1)
      .executeTakeFirst();
    const result = await countQuery({ ...q, withTransfers: transfer !== undefined }).execute(
      this.db,
    );
    return result.rows.map((r) => ({
      districtId: r.district_id,
      schoolId: r.school_id,
      programKey: r.group_key,
      group: r.grp,
      participants: Number(r.participants),
      concentrators: Number(r.concentrators),
      completers: Number(r.completers),
      credential: Number(r.credential),
      dualCredit: Number(r.dual_credit),
      workBasedLearning: Number(r.work_based),
      graduated: Number(r.graduated),
    }));
  }
}
