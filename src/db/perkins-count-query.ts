/**
 * Perkins V counts as one statement (PerkinsRepository.counts). The pure specification is
 * src/domain/perkins/status.ts and aggregate.ts; src/services/perkins/perkins-report.test.ts holds
 * the two to the same numbers on both engines.
 *
 * The statement has the shape of the GROUP BY an analyst would write (bench/perkins.ts): passed
 * attempts of the courses that count, joined to the course map and grouped per student × program
 * (`per`; a retake counts once: courses are distinct codes), students enrolled in the school year
 * (any attempt in it) joined to their school. What it adds is kept to one row per student:
 * `person` folds a student's participant, concentrator and completer programs into three bigints,
 * one bit per program (its index in the sorted list of the map's programs; programs past the 63rd,
 * which no state has yet, go into int arrays instead, so any number of programs counts), with their
 * dual-credit flag; `info` is each student's school and `fact_key`, every group and outcome fact
 * of the student as one short string kept at write time by triggers on `student_fact` (migration
 * 0034: `9=F` for the 9th name of FACT_KEY_NAMES, sorted by name, chr(31) between), so the report
 * reads one column of `student` where it folded 6,000,000 fact rows at 1,000,000 students on every
 * run (about 9 of its 30 s). Those rows are counted per combination × school (`cells`: a few
 * thousand rows however many students, the fact key holding only codes of the closed lists of
 * groups.ts; the sort key is integers first, then the fact key and the school compared
 * bytewise), and only then is each combination split into its programs plus "*" (every program,
 * a student once) and its groups plus "all", and summed. Each distinct fact key is split once
 * (`keys`: a few hundred of them for a few thousand cells), not once per cell that holds it.
 * Nothing per student leaves the database.
 *
 * Tried and not kept (docs/perkins.md "Benchmark"), before the key moved to write time: the facts
 * as bits (a dictionary of the (name, code) pairs): folding bits cost what folding the short
 * string did, the time being per fact row; JIT off, or JIT without inlining and optimization.
 *
 * The course map joins attempts on one key (district, chr(31), code): joined on two columns of an
 * unnest the planner multiplied two default selectivities and expected a few hundred students
 * instead of tens of thousands, so it probed `student` by index once per participant; on one key
 * its estimate is of the right order. Enrolment stays a semi-join (the planner probes the
 * attempts index per participant); a materialized DISTINCT of the year's students, joined, was
 * slower at 100,000 students (it sorted them for a merge join). docs/perkins.md "Benchmark" has
 * the measurements.
 *
 * Transfer credit (transfer_credit, migration 0035; perkins-passed-courses.ts) joins the passed attempts as
 * domain/perkins/transfer.ts says: standing for a course, as that course's code; by SCED code, as
 * the one CTE code of the district with it (`sm`); never as an elective or credit by examination.
 * It goes through the same grouping as an attempt here (a course taken in both places is one
 * course), but does not enrol a student: enrolment is still an attempt here in the year. When
 * the districts counted have no transfer credit at all (`withTransfers` false) the statement
 * leaves it out, so it is the one measured in docs/perkins.md.
 *
 * The course map marks dual-credit codes, so the same pass over course_attempt says whether a
 * student passed one. When no rule has a credit threshold, credits are not computed; otherwise a
 * course's credits are, of its passed tries over every year, the choice bringing the most
 * within the most credits one school year offered of it (that year's tries summed, failed ones
 * included), as the pure rules take them. Program keys and fact codes never hold chr(31), nor fact names '='.
 */
import { sql, type RawBuilder } from 'kysely';
import { RULE_BITS } from '../domain/perkins/course-map.ts';
import { OUTCOME_FACTS } from '../domain/perkins/groups.ts';
import { FACT_KEY_NAMES } from './migrations/0034-student-fact-key.ts';
import { passedCourses } from './perkins-passed-courses.ts';
import type { CountQuery, RuleNumbers } from './perkins-repository.ts';

export interface CountQueryRow {
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
}

const [CREDENTIAL, WORK_BASED, GRADUATED] = OUTCOME_FACTS;
/** Programs held as bits of a bigint; those past it in an array. */
export const BITS = 63;

/** How `student.fact_key` (migration 0034) names a fact: its position in the key's names, or itself. */
const factToken = (name: string) => {
  const i = (FACT_KEY_NAMES as readonly string[]).indexOf(name);
  return i < 0 ? name : String(i + 1);
};

export function countQuery(q: CountQuery): RawBuilder<CountQueryRow> {
  const arr = <T>(values: readonly T[]) => sql.val(values);
  const rules = {
    participant: q.participant,
    concentrator: q.concentrator,
    completer: q.completer,
  };
  const needCredits = Object.values(rules).some((r) => r !== undefined && r.minCredits > 0);
  /**
   * The condition "this course counts for bit b" as SQL, shared between bits that agree on every
   * course (the same expression is computed once), and none when every course has the bit.
   */
  const canonical = (b: number) =>
    [1, 2, 4, 8, 16, 32].find((o) =>
      q.courses.every((c) => ((c.flags & o) === 0) === ((c.flags & b) === 0)),
    ) ?? b;
  const counting = (b: number, what: RawBuilder<unknown>) => {
    const o = canonical(b);
    if (q.courses.every((c) => (c.flags & o) !== 0)) return what;
    return sql`${what} filter (where m.flags & ${sql.lit(o)} <> 0)`;
  };
  /** Per student × program: courses counted by a rule's course bit, their credits, at its rank. */
  const ruleColumns = (name: keyof typeof RULE_BITS) => {
    const [count, rank] = RULE_BITS[name];
    const r = rules[name];
    const courses = needCredits ? sql`count(*)` : sql`count(distinct c.code)`;
    return sql`${r ? counting(count, courses) : sql`0`} as ${sql.ref(`n_${name}`)},
    ${r && r.minCredits > 0 ? sql`coalesce(${counting(count, sql`sum(c.credits)`)}, 0)` : sql`0`} as ${sql.ref(`c_${name}`)},
    ${r && r.minAtRank > 0 ? counting(rank, courses) : sql`0`} as ${sql.ref(`k_${name}`)}`;
  };
  const meets = (r: RuleNumbers | undefined, name: keyof typeof RULE_BITS) =>
    r
      ? sql`(${sql.ref(`n_${name}`)} >= ${r.minCourses} and ${sql.ref(`c_${name}`)} + 1e-9 >= ${r.minCredits} and ${sql.ref(`k_${name}`)} >= ${r.minAtRank})`
      : sql`false`;
  const courses = passedCourses(q, needCredits);
  // The course map, each code saying whether it is dual credit; dual-credit codes that count for no
  // program join with none (group_key null), so the one pass over attempts finds them too.
  const dual = new Set(q.dualCredit.map((d) => `${d.districtId}\u0001${d.code}`));
  const key = (c: { districtId: string; code: string }) => `${c.districtId}\u0001${c.code}`;
  const mapped = new Set(q.courses.map(key));
  const rows = [
    ...q.courses.map((c) => ({
      ...c,
      groupKey: c.groupKey as string | null,
      dual: dual.has(key(c)),
    })),
    ...q.dualCredit
      .filter((d) => !mapped.has(key(d)))
      .map((d) => ({ ...d, groupKey: null, flags: 0, dual: true })),
  ];
  // Programs as bit positions (their index in `programs`); past the 63rd, an int array of indexes.
  const programs = [...new Set(q.courses.map((c) => c.groupKey))].sort();
  const index = new Map(programs.map((p, i) => [p, i]));
  // The fact names the report reads; a student's other facts are left out when the key is split.
  const names = [...q.dimensions, CREDENTIAL, WORK_BASED, GRADUATED];
  const participant = meets(q.participant, 'participant');
  const concentrator = sql`${participant} and ${meets(q.concentrator, 'concentrator')}`;
  const completer = sql`${concentrator} and ${meets(q.completer, 'completer')}`;
  const bit = (i: RawBuilder<unknown>) => sql`(1::bigint << ${i})`;
  const programBits = (rule: RawBuilder<unknown>) =>
    sql`coalesce(bit_or(${bit(sql`pidx`)}) filter (where pidx < ${BITS} and ${rule}), 0)`;
  const morePrograms = (rule: RawBuilder<unknown>) =>
    sql`array_agg(pidx) filter (where pidx >= ${BITS} and ${rule})`;
  return sql<CountQueryRow>`
with m as (
  select *, district_id || chr(31) || code as key from unnest(
    ${arr(rows.map((c) => c.districtId))}::text[],
    ${arr(rows.map((c) => c.code))}::text[],
    ${arr(rows.map((c) => (c.groupKey === null ? null : index.get(c.groupKey)!)))}::int[],
    ${arr(rows.map((c) => c.flags))}::int[],
    ${arr(rows.map((c) => c.dual))}::boolean[]
  ) as m(district_id, code, pidx, flags, dual)
),
per as (
  select c.district_id, c.student_id, m.pidx,
    ${ruleColumns('participant')},
    ${ruleColumns('concentrator')},
    ${ruleColumns('completer')},
    bool_or(m.dual) as dual
  from ${courses}
  join m on m.key = c.district_id || chr(31) || c.code
  group by 1, 2, 3
),
person as (
  select district_id, student_id,
    ${programBits(participant)} as programs,
    ${programBits(concentrator)} as concentrator,
    ${programBits(completer)} as completer,
    ${morePrograms(participant)} as programs_more,
    ${morePrograms(concentrator)} as concentrator_more,
    ${morePrograms(completer)} as completer_more,
    bool_or(dual) as dual_credit
  from per
  group by 1, 2
),
info as (
  select s.district_id, s.user_id as student_id, s.school_id, s.fact_key as facts from student s
),
cells as (
  select p.district_id, p.programs, p.concentrator, p.completer, p.dual_credit,
    p.programs_more, p.concentrator_more, p.completer_more,
    i.facts collate "C" as facts, i.school_id collate "C" as school_id, count(*) as n
  from person p
  join info i on i.district_id = p.district_id and i.student_id = p.student_id
  where (p.programs <> 0 or p.programs_more is not null) and exists (
    select 1 from course_attempt y
    where y.district_id = p.district_id and y.student_id = p.student_id and y.school_year = ${q.year}
  )
  group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
),
keys as (
  select k.facts, o.*
  from (select distinct facts from cells) k
  cross join lateral (
    select coalesce(array_agg((${arr(names)}::text[])[t.j] || ':' || t.v)
        filter (where t.j <= ${q.dimensions.length}), '{}') as groups,
      coalesce(bool_or(t.j = ${q.dimensions.length + 1} and t.v = 'Y'), false) as credential,
      coalesce(bool_or(t.j = ${q.dimensions.length + 2} and t.v = 'Y'), false) as work_based,
      coalesce(bool_or(t.j = ${q.dimensions.length + 3} and t.v = 'Y'), false) as graduated
    from unnest(string_to_array(k.facts, chr(31))) as f(fact)
    cross join lateral (
      select array_position(${arr(names.map(factToken))}::text[], split_part(f.fact, '=', 1)) as j,
        substr(f.fact, strpos(f.fact, '=') + 1) as v
    ) t
  ) o
)
select x.district_id, x.school_id, x.p as group_key, g.grp,
  sum(x.n) as participants,
  coalesce(sum(x.n) filter (where x.c), 0) as concentrators,
  coalesce(sum(x.n) filter (where x.x), 0) as completers,
  coalesce(sum(x.n) filter (where x.c and x.credential), 0) as credential,
  coalesce(sum(x.n) filter (where x.c and x.dual_credit), 0) as dual_credit,
  coalesce(sum(x.n) filter (where x.c and x.work_based), 0) as work_based,
  coalesce(sum(x.n) filter (where x.c and x.graduated), 0) as graduated
from (
  select c.district_id, c.school_id, c.n, c.dual_credit, o.groups, o.credential, o.work_based,
    o.graduated, p.p, p.c, p.x
  from cells c
  join keys o on o.facts = c.facts
  cross join lateral (
    select '*' as p, c.concentrator <> 0 or c.concentrator_more is not null as c,
      c.completer <> 0 or c.completer_more is not null as x
    union all
    select (${arr(programs)}::text[])[i + 1], c.concentrator & ${bit(sql`i`)} <> 0,
      c.completer & ${bit(sql`i`)} <> 0
    from generate_series(0, ${Math.min(programs.length, BITS) - 1}) as i
    where c.programs & ${bit(sql`i`)} <> 0
    union all
    select (${arr(programs)}::text[])[i + 1], i = any(c.concentrator_more), i = any(c.completer_more)
    from unnest(c.programs_more) as i
  ) p
) x
cross join lateral unnest('{all}'::text[] || x.groups) as g(grp)
group by 1, 2, 3, 4
`;
}
