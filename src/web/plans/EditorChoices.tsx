/**
 * The editor's choices of courses: for each "choose N of" of the program, its options as radio
 * buttons (choose 1) or checkboxes (choose N, the others disabled once N are picked), with how
 * many are left to pick. A pick goes into the plan's courses in the choice's grade; the course
 * rows above can move it to another grade or take it out.
 */
import { useId } from 'react';
import { chooseText } from '../../domain/program/pos-texts.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { planChoicesText } from './i18n-plan-choices.ts';
import { pickOption, type Draft } from './plan-draft.ts';

const gradeOf = (level: string) => Number(level.replace('grade-', ''));

export function EditorChoices(props: {
  draft: Draft;
  onChange: (draft: Draft, said?: string) => void;
}) {
  const { draft, onChange } = props;
  const { lang } = useLang();
  const t = planChoicesText(lang);
  const id = useId();
  const choices = draft.choices ?? [];
  if (choices.length === 0) return null;
  return (
    <fieldset className="plan-edit-choices">
      <legend>{t.chTitle}</legend>
      <p>{t.chIntro}</p>
      {choices.map((choice, index) => {
        const picked = draft.courses.filter((c) => c.choice === index).map((c) => c.courseId);
        const left = choice.choose - picked.length;
        const one = choice.choose === 1;
        const statusId = `${id}-${index}-status`;
        return (
          <fieldset key={index} className="plan-edit-choice" aria-describedby={statusId}>
            <legend>
              {formatMessage(lang, t.chLegend, {
                grade: gradeOf(choice.level),
                choose: chooseText(lang, { choose: choice.choose, of: choice.options.length }),
              })}
              {choice.note && (
                <>
                  {' '}
                  (
                  <span lang={choice.noteLang === lang ? undefined : choice.noteLang}>
                    {choice.note}
                  </span>
                  )
                </>
              )}
            </legend>
            <ul className="plan-edit-options">
              {choice.options.map((option) => {
                const on = picked.includes(option.courseId);
                const inputId = `${id}-${index}-${option.courseId}`;
                return (
                  <li key={option.courseId}>
                    <input
                      id={inputId}
                      type={one ? 'radio' : 'checkbox'}
                      name={`${id}-${index}`}
                      value={option.courseId}
                      checked={on}
                      disabled={!one && !on && left <= 0}
                      onChange={(e) =>
                        onChange(
                          pickOption(draft, index, option.courseId, one || e.target.checked),
                          formatMessage(lang, one || e.target.checked ? t.chPicked : t.chDropped, {
                            title: option.title,
                            grade: gradeOf(choice.level),
                          }),
                        )
                      }
                    />{' '}
                    <label
                      htmlFor={inputId}
                      lang={option.titleLang === lang ? undefined : option.titleLang}
                    >
                      {formatMessage(lang, t.chOption, {
                        title: option.title,
                        code: option.code,
                        credits: option.credits,
                      })}
                    </label>
                  </li>
                );
              })}
            </ul>
            <p id={statusId} className="plan-choice-status">
              {left > 0
                ? formatMessage(lang, t.chLeft, { count: left })
                : formatMessage(lang, t.chDone, { count: picked.length })}
            </p>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
