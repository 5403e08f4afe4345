/**
 * Perkins V counts as one set-based query over course attempts (the pure specification is
 * src/domain/perkins/status.ts and aggregate.ts; a test holds the two to the same numbers).
 *
 * The catalog side is small and resolved beforehand: for each district, each CTE course code
 * with the program (or pathway) keys it counts towards and, per rule, whether it counts and
 * whether it meets the rule's rank (bits of `flags`). The query then works per student:
 * credits per course per school year from passed attempts, the best year per course, courses per
 * program, the three rules, the students enrolled in the school year (any attempt in it), their
 * group rows and outcome facts, and counts per school × program × group.
 */
import { sql, type Kysely } from 'kysely';
import type { CountRow } from '../domain/perkins/aggregate.ts';
import { RULE_BITS } from '../domain/perkins/course-map.ts';
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
}

export interface CatalogCourseRow {
  districtId: string;
  courseId: string;
  code: string;
  levelName: string | null;
  pathways: string[];
  dualCredit: boolean;
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
    const arr = <T>(values: readonly T[]) => sql.val(values);
    const rule = (r: RuleNumbers | undefined, n: string, c: string, k: string) =>
      r
        ? sql`(${sql.ref(n)} >= ${r.minCourses} and ${sql.ref(c)} + 1e-9 >= ${r.minCredits} and ${sql.ref(k)} >= ${r.minAtRank})`
        : sql`false`;
    const bit = (b: number) => sql.lit(b);
    const result = await sql<{
      district_id: string;
      school_id: string;
      group_key: string;
      grp: string;
      participants: string;
      concentrators: string;
      completers: string;
      credential: string;
      dual_credit: string;
      work_based: string;
      graduated: string;
    }>`
with m as (
  select * from unnest(
    ${arr(q.courses.map((c) => c.districtId))}::text[],
    ${arr(q.courses.map((c) => c.code))}::text[],
    ${arr(q.courses.map((c) => c.groupKey))}::text[],
    ${arr(q.courses.map((c) => c.flags))}::int[]
  ) as m(district_id, code, group_key, flags)
),
codes as (select distinct district_id, code from m),
yr as (
  select a.district_id, a.student_id, upper(a.course_code) as code, a.school_year,
    sum(a.credits_earned) as credits
  from course_attempt a
  join codes k on k.district_id = a.district_id and k.code = upper(a.course_code)
  where a.result = 'pass' and a.school_year <= ${q.year}
  group by 1, 2, 3, 4
),
course as (
  select district_id, student_id, code, max(credits) as credits from yr group by 1, 2, 3
),
per as (
  select c.district_id, c.student_id, m.group_key,
    count(*) filter (where m.flags & ${bit(RULE_BITS.participant[0])} <> 0) as n1,
    coalesce(sum(c.credits) filter (where m.flags & ${bit(RULE_BITS.participant[0])} <> 0), 0) as c1,
    count(*) filter (where m.flags & ${bit(RULE_BITS.participant[1])} <> 0) as k1,
    count(*) filter (where m.flags & ${bit(RULE_BITS.concentrator[0])} <> 0) as n2,
    coalesce(sum(c.credits) filter (where m.flags & ${bit(RULE_BITS.concentrator[0])} <> 0), 0) as c2,
    count(*) filter (where m.flags & ${bit(RULE_BITS.concentrator[1])} <> 0) as k2,
    count(*) filter (where m.flags & ${bit(RULE_BITS.completer[0])} <> 0) as n3,
    coalesce(sum(c.credits) filter (where m.flags & ${bit(RULE_BITS.completer[0])} <> 0), 0) as c3,
    count(*) filter (where m.flags & ${bit(RULE_BITS.completer[1])} <> 0) as k3
  from course c
  join m on m.district_id = c.district_id and m.code = c.code
  group by 1, 2, 3
),
status as (
  select district_id, student_id, group_key,
    ${rule(q.concentrator, 'n2', 'c2', 'k2')} as c,
    ${rule(q.concentrator, 'n2', 'c2', 'k2')} and ${rule(q.completer, 'n3', 'c3', 'k3')} as x
  from per
  where ${rule(q.participant, 'n1', 'c1', 'k1')}
),
everything as (
  select district_id, student_id, group_key, c, x from status
  union all
  select district_id, student_id, '*', bool_or(c), bool_or(x) from status group by 1, 2
),
enrolled as (
  select s.district_id, s.user_id as student_id, s.school_id
  from student s
  where exists (
    select 1 from course_attempt a
    where a.district_id = s.district_id and a.student_id = s.user_id and a.school_year = ${q.year}
  )
),
dual as (
  select distinct a.district_id, a.student_id
  from course_attempt a
  join unnest(
    ${arr(q.dualCredit.map((d) => d.districtId))}::text[],
    ${arr(q.dualCredit.map((d) => d.code))}::text[]
  ) as d(district_id, code) on d.district_id = a.district_id and d.code = upper(a.course_code)
  where a.result = 'pass' and a.school_year <= ${q.year}
),
outcome as (
  select district_id, student_id,
    bool_or(name = 'credential_earned' and value = 'Y') as credential,
    bool_or(name = 'work_based_learning' and value = 'Y') as work_based,
    bool_or(name = 'graduated' and value = 'Y') as graduated
  from student_fact
  where name in ('credential_earned', 'work_based_learning', 'graduated')
  group by 1, 2
)
select e.district_id, n.school_id, e.group_key, g.grp,
  count(*) as participants,
  count(*) filter (where e.c) as concentrators,
  count(*) filter (where e.x) as completers,
  count(*) filter (where e.c and o.credential) as credential,
  count(*) filter (where e.c and d.student_id is not null) as dual_credit,
  count(*) filter (where e.c and o.work_based) as work_based,
  count(*) filter (where e.c and o.graduated) as graduated
from everything e
join enrolled n on n.district_id = e.district_id and n.student_id = e.student_id
left join outcome o on o.district_id = e.district_id and o.student_id = e.student_id
left join dual d on d.district_id = e.district_id and d.student_id = e.student_id
cross join lateral (
  select 'all' as grp
  union all
  select f.name || ':' || f.value from student_fact f
  where f.district_id = e.district_id and f.student_id = e.student_id
    and f.name = any(${arr(q.dimensions)}::text[])
) g
group by 1, 2, 3, 4
`.execute(this.db);
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
