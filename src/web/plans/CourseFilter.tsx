/**
 * The filter box above a long course list of the plan editor (swap a course, add one): what the
 * student types narrows the list's options to the courses that match it the way students name
 * them (domain/plans/course-match.ts), best first, and a polite live region says how many match.
 * With nothing typed it says nothing and the list is the whole catalog, as without the box.
 * Enter in the box does not send the editor's form.
 */
import type { TCourse } from '../../contracts/program.ts';
import { courseList, type CourseList } from '../../domain/plans/course-list.ts';
import { filterCourseList, type MatchableCourse } from '../../domain/plans/course-match.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { courseFilterText } from './i18n-course-filter.ts';

/** From how many courses a list gets a filter box: a shorter one reads at a glance. */
export const LONG_COURSE_LIST = 10;

/**
 * A course as the matcher reads it, with whether a credit agreement covers it ("dual credit"
 * finds it); one object per course, so a list built again reuses each course's words.
 */
const matchables = new WeakMap<TCourse, MatchableCourse>();
function matchableOf(course: TCourse, dualCredit: boolean): MatchableCourse {
  let matchable = matchables.get(course);
  if (!matchable || matchable.dualCredit !== dualCredit) {
    matchable = { ...course, dualCredit };
    matchables.set(course, matchable);
  }
  return matchable;
}

/**
 * A course list as the matcher reads it (domain/plans/course-list.ts): read once per list and set
 * of agreements, so a key press only matches what was typed against it.
 */
const lists = new WeakMap<
  readonly TCourse[],
  { creditAgreements: ReadonlySet<string>; list: CourseList<TCourse> }
>();
function listOf(courses: readonly TCourse[], creditAgreements: ReadonlySet<string>) {
  let read = lists.get(courses);
  if (!read || read.creditAgreements !== creditAgreements) {
    const list = courseList(courses, (course) =>
      matchableOf(course, creditAgreements.has(course.id)),
    );
    lists.set(courses, (read = { creditAgreements, list }));
  }
  return read.list;
}

/** The courses that match what was typed, best first; all of them, in order, when nothing is. */
export const matchingCourses = (
  typed: string,
  courses: readonly TCourse[],
  creditAgreements: ReadonlySet<string>,
): TCourse[] =>
  typed.trim() === '' ? [...courses] : filterCourseList(typed, listOf(courses, creditAgreements));

export function CourseFilter(props: {
  id: string;
  kind: 'swap' | 'add';
  value: string;
  /** How many courses match what was typed. */
  count: number;
  onChange: (value: string) => void;
}) {
  const { lang } = useLang();
  const t = courseFilterText(lang);
  const typed = props.value.trim() !== '';
  return (
    <div className="plan-course-filter">
      <label htmlFor={props.id}>{props.kind === 'swap' ? t.cfSwap : t.cfAdd}</label>
      <input
        id={props.id}
        type="search"
        value={props.value}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${props.id}-count`}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <p id={`${props.id}-count`} className="plan-filter-count" role="status" aria-live="polite">
        {typed ? formatMessage(lang, t.cfCount, { count: props.count }) : ''}
      </p>
    </div>
  );
}
