/**
 * The courses the Perkins count query (perkins-count-query.ts) reads as passed by the report's
 * year, as the table `c` (district_id, student_id, code[, credits]): passed attempts, and
 * transfer credit that counts as a course when the query takes it. Codes are course-code keys
 * (migration 0042, domain/requirements/course-code-key.ts), as the course map's are.
 */
import { sql, type RawBuilder } from 'kysely';
import { PASSED_SEARCH_LIMIT } from '../domain/perkins/status.ts';
import { PERKINS_TRANSFER_KINDS } from '../domain/perkins/transfer.ts';
import type { CountQuery } from './perkins-repository.ts';

/** `needCredits`: one row per passed course with its credits counted; else one per passed attempt. */
export function passedCourses(q: CountQuery, needCredits: boolean): RawBuilder<unknown> {
  const arr = <T>(values: readonly T[]) => sql.val(values);
  // Passed with credit earned: a withheld credit or a course carrying none counts for no rule
  // (domain/perkins/status.ts, requirements/attempts.ts earnedCourse).
  const passedWhere = sql`a.result = 'pass' and a.credits_earned > 0 and a.school_year <= ${q.year}`;
  // Transfer credit that counts as a course (domain/perkins/transfer.ts), in the attempts' shape.
  const sced = q.scedCodes ?? [];
  const transfers = sql`(
    select t.district_id, t.student_id,
      case when t.counts_as = 'course' then course_code_key(t.counts_as_code) else sm.code end as code,
      t.school_year, t.result, t.credits_attempted, t.credits_earned
    from transfer_credit t
    left join unnest(
      ${arr(sced.map((s) => s.districtId))}::text[],
      ${arr(sced.map((s) => s.scedCode))}::text[],
      ${arr(sced.map((s) => s.code))}::text[]
    ) as sm(district_id, sced, code)
      on t.counts_as = 'sced' and sm.district_id = t.district_id and sm.sced = t.counts_as_code
    where t.kind in (${sql.join(PERKINS_TRANSFER_KINDS.map((k) => sql.lit(k)))})
      and t.counts_as in ('course', 'sced') and t.school_year <= ${q.year}
  )`;
  // Passed attempts of the mapped codes: one row per attempt; or, when credits count, one per
  // passed course with its credits as status.ts countedCourses takes them: of its passed tries,
  // the choice bringing the most within the most credits one school year offered of it (that
  // year's tries summed, whatever their result). The search over choices (bits of a mask) runs
  // only for a course whose passed tries add up to more than the cap, and for a few tries.
  const eps = sql.lit(1e-9);
  return needCredits
    ? sql`(
    select district_id, student_id, code,
      case when cardinality(tries) > ${sql.lit(PASSED_SEARCH_LIMIT)} or total <= cap + ${eps}
        then least(total, cap)
        else (
          select max(s.credits) from generate_series(1, (1 << cardinality(tries)) - 1) as b(mask)
          cross join lateral (
            select sum(tries[i]) as credits from generate_subscripts(tries, 1) as i
            where (b.mask >> (i - 1)) & 1 = 1
          ) s
          where s.credits <= cap + ${eps}
        )
      end as credits
    from (
      select district_id, student_id, code, max(offered) as cap,
        sum(credits_earned) filter (where passed) as total,
        array_agg(credits_earned) filter (where passed) as tries
      from (
        select a.district_id, a.student_id, a.code,
          a.credits_earned, a.result = 'pass' and a.credits_earned > 0 as passed,
          sum(greatest(a.credits_attempted, a.credits_earned)) over (
            partition by a.district_id, a.student_id, a.code, a.school_year
          ) as offered
        from (
          select a.district_id, a.student_id, a.course_key as code, a.school_year,
            a.result, a.credits_attempted, a.credits_earned
          from course_attempt a
          where a.school_year <= ${q.year}
          ${q.withTransfers ? sql`union all select * from ${transfers} x where x.code is not null` : sql``}
        ) a
        where (a.district_id, a.code) in (select district_id, code from m)
      ) t
      group by 1, 2, 3
      having bool_or(passed)
    ) y
  ) c`
    : sql`(
    select a.district_id, a.student_id, a.course_key as code
    from course_attempt a where ${passedWhere}
    ${q.withTransfers ? sql`union all select x.district_id, x.student_id, x.code from ${transfers} x where x.result = 'pass' and x.credits_earned > 0 and x.code is not null` : sql``}
  ) c`;
}
