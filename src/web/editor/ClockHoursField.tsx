/**
 * A college course's clock hours, beside the course in its step: a labelled text field for a whole
 * number, with a hint and, when the value is wrong, an inline message naming the field.
 */
import type { TPostsecondaryCourse } from '../../contracts/program-course.ts';
import { useLang } from '../use-lang.ts';
import { hoursLabel, hoursText, type HoursEdits } from './clock-hours.ts';
import { FieldError, fieldProblem, useFieldProblems } from './field-problems.tsx';

export function ClockHoursField({
  id,
  course,
  hours,
  setHours,
}: {
  id: string;
  course: TPostsecondaryCourse;
  hours: HoursEdits;
  setHours: (courseId: string, text: string) => void;
}) {
  const { lang, t } = useLang();
  const hint = `${id}-hint`;
  const problem = fieldProblem(useFieldProblems(), id, hint);
  return (
    <div className="field clock-hours">
      <label htmlFor={id}>{hoursLabel(lang, course)}</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        size={6}
        {...problem.aria}
        value={hoursText(course, hours)}
        onChange={(e) => setHours(course.id, e.target.value)}
      />
      <p className="field__hint" id={hint}>
        {t.clockHoursHint}
      </p>
      <FieldError id={id} message={problem.message} />
    </div>
  );
}
