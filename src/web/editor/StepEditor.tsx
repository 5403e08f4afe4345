/**
 * One step of the program in the editor: its level and term, its courses and credentials (each
 * removable, with Add controls that choose from the catalog; a college course with its clock
 * hours), its choices of credentials (StepCredentialChoices), and its work-based learning.
 */
import type { TStep } from '../../contracts/program.ts';
import { STEP_LEVELS } from '../../contracts/program.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { formatMessage } from '../i18n.ts';
import {
  catalogCredits,
  courseCode,
  courseName,
  creditsText,
  credentialName,
  stepName,
  termLabel,
  TERMS,
  textIn,
  type Term,
} from '../program-labels.ts';
import { useLang } from '../use-lang.ts';
import { AddControl } from './AddControl.tsx';
import { ClockHoursField } from './ClockHoursField.tsx';
import type { HoursEdits } from './clock-hours.ts';
import { StepChoices } from './StepChoices.tsx';
import { StepCredentialChoices } from './StepCredentialChoices.tsx';
import {
  addToStep,
  fieldId,
  removeFromStep,
  removeStep,
  updateStep,
  type CatalogIndex,
  type Draft,
} from './editor-state.ts';

export interface StepEditorProps {
  step: TStep;
  index: number;
  catalog: CatalogIndex;
  /** Applies a change to the program; `focus` names the element to focus afterwards. */
  change: (update: (draft: Draft) => Draft, announce: string, focus?: string) => void;
  /** Clock hours typed for college courses, by course id, and how to change them. */
  hours: HoursEdits;
  setHours: (courseId: string, text: string) => void;
}

export function StepEditor({ step, index, catalog, change, hours, setHours }: StepEditorProps) {
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  const name = stepName(lang, t, step);
  const courses = catalog.catalog.courses
    .filter((c) => !step.courses.includes(c.id))
    .sort((a, b) => courseCode(a).localeCompare(courseCode(b)));
  const option = (c: (typeof courses)[number]) => ({ value: c.id, label: courseName(c, lang) });
  return (
    <fieldset className="step-editor">
      <legend>{name}</legend>
      <div className="step-editor__when">
        <div className="field">
          <label htmlFor={fieldId.stepLevel(index)}>{t.stepLevel}</label>
          <select
            id={fieldId.stepLevel(index)}
            value={step.level}
            onChange={(e) => {
              const level = STEP_LEVELS.find((l) => l === e.target.value) ?? step.level;
              change((d) => updateStep(d, index, { level }), '');
            }}
          >
            {STEP_LEVELS.map((level) => (
              <option key={level} value={level}>
                {labels.level[level]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`edit-step-${index}-term`}>{t.stepTerm}</label>
          <select
            id={`edit-step-${index}-term`}
            value={step.term ?? ''}
            onChange={(e) => {
              const term: Term | undefined = TERMS.find((x) => x === e.target.value);
              change((d) => updateStep(d, index, { term }), '');
            }}
          >
            <option value="">{t.termNone}</option>
            {TERMS.map((term) => (
              <option key={term} value={term}>
                {termLabel(t, term)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            change(
              (d) => removeStep(d, index),
              formatMessage(lang, t.stepRemoved, { step: name }),
              fieldId.steps,
            )
          }
        >
          {formatMessage(lang, t.removeStep, { step: name })}
        </button>
      </div>

      <h3 className="step-editor__heading">
        {formatMessage(lang, t.stepCoursesIn, { step: name })}
      </h3>
      {step.courses.length === 0 ? (
        <p className="step-editor__empty">{t.noCoursesYet}</p>
      ) : (
        <ul className="step-editor__items">
          {step.courses.map((id, j) => {
            const course = catalog.courses.get(id);
            const title = course ? courseName(course, lang) : id;
            return (
              <li key={`${id}-${j}`} id={fieldId.course(index, j)} tabIndex={-1}>
                <span className="step-editor__item">
                  {course ? <span className="pos-course__code">{courseCode(course)}</span> : id}{' '}
                  {course && textIn(course.title, lang)}{' '}
                  {course && (
                    <span className="pos-course__credits">
                      {creditsText(lang, catalogCredits(course))}
                    </span>
                  )}
                  {course?.kind === 'cte' && (
                    <>
                      {' '}
                      <span className="badge badge--cte">{labels.words.cte}</span>
                    </>
                  )}
                </span>
                <button
                  type="button"
                  className="button-small"
                  aria-label={formatMessage(lang, t.removeCourse, { course: title, step: name })}
                  onClick={() =>
                    change(
                      (d) => removeFromStep(d, index, 'courses', j),
                      formatMessage(lang, t.courseRemoved, { course: title, step: name }),
                      fieldId.addCourse(index),
                    )
                  }
                >
                  {t.remove}
                </button>
                {course?.level === 'postsecondary' && (
                  <ClockHoursField
                    id={fieldId.clockHours(index, j)}
                    course={course}
                    hours={hours}
                    setHours={setHours}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <AddControl
        id={fieldId.addCourse(index)}
        label={formatMessage(lang, t.addCourseField, { step: name })}
        button={formatMessage(lang, t.addCourse, { step: name })}
        groups={[
          {
            label: labels.words.secondary,
            options: courses.filter((c) => c.level === 'secondary').map(option),
          },
          {
            label: labels.words.postsecondary,
            options: courses.filter((c) => c.level === 'postsecondary').map(option),
          },
        ]}
        onAdd={(id) => {
          const course = catalog.courses.get(id);
          const title = course ? courseName(course, lang) : id;
          change(
            (d) => addToStep(d, index, 'courses', id),
            formatMessage(lang, t.courseAdded, { course: title, step: name }),
          );
        }}
      />

      <StepChoices step={step} index={index} name={name} catalog={catalog} change={change} />

      <h3 className="step-editor__heading">
        {formatMessage(lang, t.stepCredentialsIn, { step: name })}
      </h3>
      {step.credentials.length === 0 ? (
        <p className="step-editor__empty">{t.noCredentialsYet}</p>
      ) : (
        <ul className="step-editor__items">
          {step.credentials.map((id, j) => {
            const credential = catalog.credentials.get(id);
            const title = credential ? credentialName(credential, lang) : id;
            return (
              <li key={`${id}-${j}`} id={fieldId.credential(index, j)} tabIndex={-1}>
                <span className="step-editor__item">
                  <span aria-hidden="true">★ </span>
                  {title}
                  {credential && ` (${labels.credential[credential.type]})`}
                </span>
                <button
                  type="button"
                  className="button-small"
                  aria-label={formatMessage(lang, t.removeCredential, {
                    credential: title,
                    step: name,
                  })}
                  onClick={() =>
                    change(
                      (d) => removeFromStep(d, index, 'credentials', j),
                      formatMessage(lang, t.credentialRemoved, { credential: title, step: name }),
                      fieldId.addCredential(index),
                    )
                  }
                >
                  {t.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <AddControl
        id={fieldId.addCredential(index)}
        label={formatMessage(lang, t.addCredentialField, { step: name })}
        button={formatMessage(lang, t.addCredential, { step: name })}
        groups={[
          {
            label: t.stepCredentials,
            options: catalog.catalog.credentials
              .filter((c) => !step.credentials.includes(c.id))
              .sort((a, b) => credentialName(a, lang).localeCompare(credentialName(b, lang)))
              .map((c) => ({
                value: c.id,
                label: `${credentialName(c, lang)} (${labels.credential[c.type]})`,
              })),
          },
        ]}
        onAdd={(id) => {
          const credential = catalog.credentials.get(id);
          const title = credential ? credentialName(credential, lang) : id;
          change(
            (d) => addToStep(d, index, 'credentials', id),
            formatMessage(lang, t.credentialAdded, { credential: title, step: name }),
          );
        }}
      />

      <StepCredentialChoices
        step={step}
        index={index}
        name={name}
        catalog={catalog}
        change={change}
      />

      {step.workBasedLearning.length > 0 && (
        <>
          <h3 className="step-editor__heading">{labels.words.workBasedLearning}</h3>
          <ul className="step-editor__items">
            {step.workBasedLearning.map((wbl, j) => (
              <li key={j}>
                <span aria-hidden="true">◆ </span>
                {textIn(wbl.title, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
