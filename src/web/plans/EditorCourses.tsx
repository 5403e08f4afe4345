/**
 * The editor's course rows, by grade: each course can be swapped for another of the school's
 * catalog, moved to another grade, marked for dual credit or removed; below, an elective is added.
 * Plain selects, checkboxes and buttons: all of it works from the keyboard.
 */
import { useId, useState } from 'react';
import { SECONDARY_LEVELS, type TPlanOptions } from '../../contracts/plans.ts';
import { fillNodes } from '../catalog/catalog-parts.tsx';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
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
  const choices = options.choices
    .map((c) => catalog.get(c)!)
    .filter((c) => c.level === 'secondary')
    .sort((a, b) => name(a.id).localeCompare(name(b.id), lang));
  // An English-only title on the Spanish page is marked lang="en" (options, legends, buttons).
  const titleLang = (courseId: string) => courseTitleLang(catalog.get(courseId), lang);
  const titled = (courseId: string) => <span lang={titleLang(courseId)}>{name(courseId)}</span>;
  const label = (courseId: string) => {
    const course = catalog.get(courseId);
    return course ? `${name(courseId)} (${courseCodeOf(course)})` : courseId;
  };
  const [adding, setAdding] = useState(choices[0]?.id ?? '');
  const [addLevel, setAddLevel] = useState<Level>('grade-9');
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
          return (
            <li key={rowId} className="plan-edit-row">
              <fieldset>
                <legend>
                  {fillNodes(lang, t.edCourseRow, {
                    title: titled(course.courseId),
                    grade: gradeOf(course.level),
                  })}
                </legend>
                <label htmlFor={`${rowId}-course`}>{t.edCourse}</label>
                <select
                  id={`${rowId}-course`}
                  value={course.courseId}
                  onChange={(e) => onChange(swapCourse(draft, index, e.target.value))}
                >
                  {!choices.some((c) => c.id === course.courseId) && (
                    <option value={course.courseId} lang={titleLang(course.courseId)}>
                      {label(course.courseId)}
                    </option>
                  )}
                  {choices.map((c) => (
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
                  onClick={() =>
                    onChange(
                      removeCourse(draft, index),
                      formatMessage(lang, t.edRemoved, { title: name(course.courseId) }),
                    )
                  }
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
        <label htmlFor={`${id}-add`}>{t.edAddCourse}</label>
        <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value)}>
          {choices.map((c) => (
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
          disabled={!adding}
          onClick={() =>
            onChange(
              addCourse(draft, adding, addLevel),
              formatMessage(lang, t.edAdded, { title: name(adding), grade: gradeOf(addLevel) }),
            )
          }
        >
          {t.edAddButton}
        </button>
      </fieldset>
    </fieldset>
  );
}
