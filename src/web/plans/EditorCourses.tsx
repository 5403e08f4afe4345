/**
 * The editor's course rows, by grade: each course can be swapped for another of the school's
 * catalog, moved to another grade, marked for dual credit or removed; below, an elective is added.
 * Plain selects, checkboxes and buttons: all of it works from the keyboard. Above a long catalog
 * list, a filter box narrows it to the courses that match what the student types (CourseFilter).
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { SECONDARY_LEVELS, type TPlanOptions } from '../../contracts/plans.ts';
import { fillNodes } from '../catalog/catalog-parts.tsx';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { CourseFilter, LONG_COURSE_LIST, matchingCourses } from './CourseFilter.tsx';
import {
  addCourse,
  catalogOf,
  courseCodeOf,
  courseTitle,
  courseTitleLang,
  moveCourse,
  removeCourse,
  setDualCredit,
  swapCourse,
  type Draft,
  type Level,
} from './plan-draft.ts';

const gradeOf = (level: string) => Number(level.replace('grade-', ''));

export function EditorCourses(props: {
  draft: Draft;
  options: TPlanOptions;
  onChange: (draft: Draft, said?: string) => void;
}) {
  const { draft, options, onChange } = props;
  const { lang, t } = useLang();
  const id = useId();
  const catalog = catalogOf(options);
  const name = (courseId: string) => courseTitle(catalog.get(courseId), courseId, lang);
  // The school's courses by title, one list per options and language: a key press in a filter
  // box neither sorts it again nor makes the matcher read it again (CourseFilter).
  const choices = useMemo(() => {
    const byId = catalogOf(options);
    const title = (courseId: string) => courseTitle(byId.get(courseId), courseId, lang);
    return options.choices
      .map((c) => byId.get(c)!)
      .filter((c) => c.level === 'secondary')
      .sort((a, b) => title(a.id).localeCompare(title(b.id), lang));
  }, [options, lang]);
  // An English-only title on the Spanish page is marked lang="en" (options, legends, buttons).
  const titleLang = (courseId: string) => courseTitleLang(catalog.get(courseId), lang);
  const titled = (courseId: string) => <span lang={titleLang(courseId)}>{name(courseId)}</span>;
  const label = (courseId: string) => {
    const course = catalog.get(courseId);
    return course ? `${name(courseId)} (${courseCodeOf(course)})` : courseId;
  };
  const [adding, setAdding] = useState(choices[0]?.id ?? '');
  const [addLevel, setAddLevel] = useState<Level>('grade-9');
  // What was typed in each list's filter box: 'add', or a row's index.
  const [filters, setFilters] = useState<Record<string, string>>({});
  const typed = useDeferredValue(filters);
  const covered = useMemo(() => new Set(options.creditAgreements), [options.creditAgreements]);
  const filtering = choices.length >= LONG_COURSE_LIST;
  const shown = (key: string) =>
    filtering ? matchingCourses(typed[key] ?? '', choices, covered) : choices;
  const filterBox = (key: string, kind: 'swap' | 'add', count: number) =>
    filtering && (
      <CourseFilter
        id={`${id}-${key}-find`}
        kind={kind}
        value={filters[key] ?? ''}
        count={count}
        onChange={(value) => {
          setFilters((now) => ({ ...now, [key]: value }));
          // The add list's pick follows the best match, so the button adds what was found.
          const best = matchingCourses(value, choices, covered)[0];
          if (kind === 'add' && value.trim() && best) setAdding(best.id);
        }}
      />
    );
  const addChoices = shown('add');
  const addValue = addChoices.some((c) => c.id === adding) ? adding : (addChoices[0]?.id ?? '');
  // Rows stay in the draft's order (sorted by grade when the editor opens): a row that moved
  // while its select has focus would lose the focus.
  const rows = draft.courses.map((course, index) => ({ course, index }));
  const gradeOptions = SECONDARY_LEVELS.map((level) => (
    <option key={level} value={level}>
      {formatMessage(lang, t.edGradeOption, { grade: gradeOf(level) })}
    </option>
  ));
  return (
    <fieldset className="plan-edit-courses">
      <legend>{t.edCourses}</legend>
      <ul className="plan-edit-rows">
        {rows.map(({ course, index }) => {
          const rowId = `${id}-${index}`;
          const secondary = catalog.get(course.courseId)?.level === 'secondary';
          const rowChoices = shown(String(index));
          return (
            <li key={rowId} className="plan-edit-row">
              <fieldset>
                <legend>
                  {fillNodes(lang, t.edCourseRow, {
                    title: titled(course.courseId),
                    grade: gradeOf(course.level),
                  })}
                </legend>
                {filterBox(String(index), 'swap', rowChoices.length)}
                <label htmlFor={`${rowId}-course`}>{t.edCourse}</label>
                <select
                  id={`${rowId}-course`}
                  value={course.courseId}
                  onChange={(e) => onChange(swapCourse(draft, index, e.target.value))}
                >
                  {/* The row's course stays first when the list does not hold it (not offered, or filtered out). */}
                  {!rowChoices.some((c) => c.id === course.courseId) && (
                    <option value={course.courseId} lang={titleLang(course.courseId)}>
                      {label(course.courseId)}
                    </option>
                  )}
                  {rowChoices.map((c) => (
                    <option key={c.id} value={c.id} lang={titleLang(c.id)}>
                      {label(c.id)}
                    </option>
                  ))}
                </select>
                <label htmlFor={`${rowId}-grade`}>{t.edGrade}</label>
                <select
                  id={`${rowId}-grade`}
                  value={course.level}
                  onChange={(e) => onChange(moveCourse(draft, index, e.target.value as Level))}
                >
                  {gradeOptions}
                </select>
                {secondary && (
                  <label className="plan-check">
                    <input
                      type="checkbox"
                      checked={course.dualCredit}
                      onChange={(e) => onChange(setDualCredit(draft, index, e.target.checked))}
                    />{' '}
                    {t.edDual}
                  </label>
                )}
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => {
                    // The rows below move up: their filter boxes start empty again.
                    setFilters(filters.add ? { add: filters.add } : {});
                    onChange(
                      removeCourse(draft, index),
                      formatMessage(lang, t.edRemoved, { title: name(course.courseId) }),
                    );
                  }}
                >
                  {fillNodes(lang, t.edRemove, { title: titled(course.courseId) })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <fieldset className="plan-edit-add">
        <legend>{t.edAdd}</legend>
        {filterBox('add', 'add', addChoices.length)}
        <label htmlFor={`${id}-add`}>{t.edAddCourse}</label>
        <select id={`${id}-add`} value={addValue} onChange={(e) => setAdding(e.target.value)}>
          {addChoices.map((c) => (
            <option key={c.id} value={c.id} lang={titleLang(c.id)}>
              {label(c.id)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-add-grade`}>{t.edGrade}</label>
        <select
          id={`${id}-add-grade`}
          value={addLevel}
          onChange={(e) => setAddLevel(e.target.value as Level)}
        >
          {gradeOptions}
        </select>
        <button
          type="button"
          disabled={!addValue}
          onClick={() =>
            onChange(
              addCourse(draft, addValue, addLevel),
              formatMessage(lang, t.edAdded, { title: name(addValue), grade: gradeOf(addLevel) }),
            )
          }
        >
          {t.edAddButton}
        </button>
      </fieldset>
    </fieldset>
  );
}
