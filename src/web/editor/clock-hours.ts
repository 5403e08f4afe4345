/**
 * Clock hours of the program's college courses, edited beside each course in the step lists:
 * what the author typed (by course id, as text), the courses it changes (sent with the save as
 * catalog entries), and its problems as findings that name the field, checked by the same
 * ZPostsecondaryCourse the server runs.
 */
import type { TLang } from '../../contracts/framework.ts';
import type { TFindingView } from '../../contracts/program-api.ts';
import { ZPostsecondaryCourse, type TPostsecondaryCourse } from '../../contracts/program-course.ts';
import { formatMessage, messages } from '../i18n.ts';
import { courseCode } from '../program-labels.ts';
import type { CatalogIndex, Draft } from './editor-state.ts';

/** The clock hours typed, by course id; a course not here keeps its catalog value. */
export type HoursEdits = Readonly<Record<string, string>>;

/** The path of a course's clock hours in findings: "catalog.courses[weld-151].clockHours". */
export const hoursPath = (courseId: string) => `catalog.courses[${courseId}].clockHours`;
export const HOURS_PATH = /^catalog\.courses\[([a-z0-9._-]+)\]\.clockHours$/;

/** The text the field shows: what was typed, else the stored value. */
export function hoursText(course: TPostsecondaryCourse, edits: HoursEdits): string {
  const typed = edits[course.id];
  if (typed !== undefined) return typed;
  return course.clockHours === undefined ? '' : String(course.clockHours);
}

/** The course with the typed hours: blank leaves none, anything else is read as a number. */
export function withHours(course: TPostsecondaryCourse, text: string): TPostsecondaryCourse {
  const { clockHours: _old, ...rest } = course;
  const trimmed = text.trim();
  if (trimmed === '') return rest;
  return { ...rest, clockHours: /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN };
}

function collegeCourse(catalog: CatalogIndex, id: string): TPostsecondaryCourse | undefined {
  const course = catalog.courses.get(id);
  return course?.level === 'postsecondary' ? course : undefined;
}

/** The college courses whose hours the author changed, as the save sends them. */
export function editedCourses(catalog: CatalogIndex, edits: HoursEdits): TPostsecondaryCourse[] {
  const changed: TPostsecondaryCourse[] = [];
  for (const [id, text] of Object.entries(edits)) {
    const course = collegeCourse(catalog, id);
    if (!course) continue;
    const edited = withHours(course, text);
    if (edited.clockHours !== course.clockHours) changed.push(edited);
  }
  return changed;
}

/** "Clock hours of WELD 151". */
export const hoursLabel = (lang: TLang, course: TPostsecondaryCourse): string =>
  formatMessage(lang, messages[lang].clockHoursOf, { course: courseCode(course) });

/**
 * The problems of the typed hours, in the order the courses appear in the steps: a value that is
 * not a whole number from 1 to 10000, or none for a course of 0 credit hours.
 */
export function hoursFindings(
  draft: Draft,
  catalog: CatalogIndex,
  edits: HoursEdits,
  lang: TLang,
): TFindingView[] {
  const t = messages[lang];
  const findings: TFindingView[] = [];
  const seen = new Set<string>();
  for (const id of draft.steps.flatMap((step) => step.courses)) {
    const course = collegeCourse(catalog, id);
    const typed = edits[id];
    if (!course || typed === undefined || seen.has(id)) continue;
    seen.add(id);
    const parsed = ZPostsecondaryCourse.safeParse(withHours(course, typed));
    const issue = parsed.error?.issues.find((i) => i.path[0] === 'clockHours');
    if (!issue) continue;
    const missing = withHours(course, typed).clockHours === undefined;
    findings.push({
      rule: missing ? 'schema.required' : 'schema.range',
      severity: 'error',
      message: formatMessage(lang, missing ? t.problemClockHoursMissing : t.problemClockHours, {
        field: hoursLabel(lang, course),
      }),
      path: hoursPath(id),
      courseId: id,
    });
  }
  return findings;
}

/** The sent course a refused save names ("catalog.courses.0.clockHours"), if it names one. */
export function sentCourse(
  field: string,
  sent: readonly TPostsecondaryCourse[],
): TPostsecondaryCourse | undefined {
  const match = field.match(/^catalog\.courses[.[](\d+)\]?(?=\.|$)/);
  return match ? sent[Number(match[1])] : undefined;
}
