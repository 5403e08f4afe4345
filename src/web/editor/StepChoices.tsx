/**
 * A step's choices of courses in the editor ("Choose 1 of 2: BIO 135 or BIO 137"), as published
 * plans write them: shown with their courses and removable; they are written in the program file
 * (steps[].choices), the editor does not build them.
 */
import type { TStep } from '../../contracts/program.ts';
import { chooseText } from '../../domain/program/pos-texts.ts';
import { formatMessage } from '../i18n.ts';
import { catalogCredits, courseName, creditsText, textIn } from '../program-labels.ts';
import { useLang } from '../use-lang.ts';
import { updateStep, type CatalogIndex, type Draft } from './editor-state.ts';

export function StepChoices(props: {
  step: TStep;
  index: number;
  name: string;
  catalog: CatalogIndex;
  change: (update: (draft: Draft) => Draft, announce: string, focus?: string) => void;
}) {
  const { step, index, name, catalog, change } = props;
  const { lang, t } = useLang();
  const choices = step.choices ?? [];
  if (choices.length === 0) return null;
  return (
    <>
      <h3 className="step-editor__heading">
        {formatMessage(lang, t.stepChoicesIn, { step: name })}
      </h3>
      <p className="field__hint">{t.choicesInFile}</p>
      <ul className="step-editor__items">
        {choices.map((choice, k) => {
          const heading = `${chooseText(lang, { choose: choice.choose, of: choice.courses.length })}${choice.note ? ` (${textIn(choice.note, lang)})` : ''}`;
          return (
            <li key={k}>
              <span className="step-editor__item">
                <strong>{heading}:</strong>{' '}
                {choice.courses
                  .map((id) => {
                    const course = catalog.courses.get(id);
                    return course
                      ? `${courseName(course, lang)} (${creditsText(lang, catalogCredits(course))})`
                      : id;
                  })
                  .join(' · ')}
              </span>
              <button
                type="button"
                className="button-small"
                aria-label={formatMessage(lang, t.removeChoice, { choice: heading, step: name })}
                onClick={() =>
                  change(
                    (d) => {
                      const rest = choices.filter((_, i) => i !== k);
                      return updateStep(d, index, { choices: rest.length > 0 ? rest : undefined });
                    },
                    formatMessage(lang, t.choiceRemoved, { step: name }),
                  )
                }
              >
                {t.remove}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
