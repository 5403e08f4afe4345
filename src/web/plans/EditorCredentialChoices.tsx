/**
 * The editor's choices of credentials: for each "earn N of" of the program (a grade or a college
 * year), its options as radio buttons (earn 1) or checkboxes (earn N, the others disabled once N
 * are picked), with how many are left to pick. Plain inputs and labels: keyboard and screen reader
 * friendly; each pick is announced through the editor's status line.
 */
import { useId } from 'react';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { earnText } from '../../domain/program/pos-texts.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { planCredentialChoicesText } from './i18n-plan-credential-choices.ts';
import { pickCredential, type Draft } from './plan-draft.ts';

export function EditorCredentialChoices(props: {
  draft: Draft;
  onChange: (draft: Draft, said?: string) => void;
}) {
  const { draft, onChange } = props;
  const { lang } = useLang();
  const t = planCredentialChoicesText(lang);
  const labels = posLabels(lang);
  const id = useId();
  const choices = draft.credentialChoices ?? [];
  if (choices.length === 0) return null;
  const other = (l: string | undefined) => (l && l !== lang ? l : undefined);
  return (
    <fieldset className="plan-edit-choices">
      <legend>{t.ccTitle}</legend>
      <p>{t.ccIntro}</p>
      {choices.map((choice, index) => {
        const left = choice.choose - choice.picked.length;
        const one = choice.choose === 1;
        const level = labels.level[choice.level];
        const statusId = `${id}-${index}-status`;
        return (
          <fieldset key={index} className="plan-edit-choice" aria-describedby={statusId}>
            <legend>
              {formatMessage(lang, t.ccLegend, {
                level,
                earn: earnText(lang, { choose: choice.choose, of: choice.options.length }),
              })}
              {choice.note && (
                <>
                  {' '}
                  (<span lang={other(choice.noteLang)}>{choice.note}</span>)
                </>
              )}
            </legend>
            <ul className="plan-edit-options">
              {choice.options.map((option) => {
                const on = choice.picked.includes(option.credentialId);
                const inputId = `${id}-${index}-${option.credentialId}`;
                return (
                  <li key={option.credentialId}>
                    <input
                      id={inputId}
                      type={one ? 'radio' : 'checkbox'}
                      name={`${id}-${index}`}
                      value={option.credentialId}
                      checked={on}
                      disabled={!one && !on && left <= 0}
                      onChange={(e) => {
                        const pick = one || e.target.checked;
                        onChange(
                          pickCredential(draft, index, option.credentialId, pick),
                          formatMessage(lang, pick ? t.ccPicked : t.ccDropped, {
                            title: option.title,
                            level,
                          }),
                        );
                      }}
                    />{' '}
                    <label htmlFor={inputId} lang={other(option.titleLang)}>
                      <span aria-hidden="true">★ </span>
                      {option.title}
                    </label>
                  </li>
                );
              })}
            </ul>
            <p id={statusId} className="plan-choice-status">
              {left > 0
                ? formatMessage(lang, t.ccLeft, { count: left })
                : formatMessage(lang, t.ccDone, { count: choice.picked.length })}
            </p>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
