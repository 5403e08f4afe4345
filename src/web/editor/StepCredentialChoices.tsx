/**
 * A step's choices of credentials in the editor ("Earn 1 of 2: CNA or Patient Care Technician"):
 * each choice a group of its own with its credentials (each removable), an Add control that
 * chooses from the program's credentials, a field for how many a student earns, and a button that
 * removes the choice; a button adds a new choice. Problems (too few credentials, a bad "how many")
 * show inline on their field, named as the findings name them.
 */
import { useState } from 'react';
import type { TCredentialChoice, TStep } from '../../contracts/program.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { earnText } from '../../domain/program/pos-texts.ts';
import { formatMessage } from '../i18n.ts';
import { credentialName, textIn } from '../program-labels.ts';
import { useLang } from '../use-lang.ts';
import { AddControl } from './AddControl.tsx';
import {
  addChoiceCredential,
  addCredentialChoice,
  parseChoose,
  removeChoiceCredential,
  removeCredentialChoice,
  setChoiceChoose,
} from './credential-choices.ts';
import { fieldId, type CatalogIndex } from './editor-state.ts';
import { FieldError, fieldProblem, useFieldProblems } from './field-problems.tsx';
import type { StepEditorProps } from './StepEditor.tsx';

interface Props {
  step: TStep;
  index: number;
  name: string;
  catalog: CatalogIndex;
  change: StepEditorProps['change'];
}

export function StepCredentialChoices({ step, index, name, catalog, change }: Props) {
  const { lang, t } = useLang();
  const choices = step.credentialChoices ?? [];
  return (
    <>
      {choices.length > 0 && (
        <>
          <h3 className="step-editor__heading">
            {formatMessage(lang, t.credentialChoicesIn, { step: name })}
          </h3>
          <p className="field__hint">{t.credentialChoicesHint}</p>
          {choices.map((choice, k) => (
            <CredentialChoiceFields
              key={k}
              choice={choice}
              k={k}
              step={step}
              index={index}
              name={name}
              catalog={catalog}
              change={change}
            />
          ))}
        </>
      )}
      <button
        type="button"
        id={fieldId.addCredentialChoice(index)}
        className="button-secondary credential-choice__new"
        onClick={() =>
          change(
            (d) => addCredentialChoice(d, index),
            formatMessage(lang, t.credentialChoiceAdded, { n: choices.length + 1, step: name }),
            fieldId.choiceAdd(index, choices.length),
          )
        }
      >
        {formatMessage(lang, t.addCredentialChoice, { step: name })}
      </button>
    </>
  );
}

const sameNumber = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

function CredentialChoiceFields({
  choice,
  k,
  ...props
}: Props & { choice: TCredentialChoice; k: number }) {
  const { step, index, name, catalog, change } = props;
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  const problems = useFieldProblems();
  const n = k + 1;
  const chooseId = fieldId.choiceChoose(index, k);
  const choose = fieldProblem(problems, chooseId);
  // What was typed stays while it reads as the stored number ("" and "x" both read as NaN).
  const [typed, setTyped] = useState<string>();
  const chooseText =
    typed !== undefined && sameNumber(parseChoose(typed), choice.choose)
      ? typed
      : Number.isNaN(choice.choose)
        ? ''
        : String(choice.choose);
  const summary = earnText(lang, { choose: choice.choose, of: choice.credentials.length });
  const options = catalog.catalog.credentials
    .filter((c) => !choice.credentials.includes(c.id) && !step.credentials.includes(c.id))
    .sort((a, b) => credentialName(a, lang).localeCompare(credentialName(b, lang)))
    .map((c) => ({
      value: c.id,
      label: `${credentialName(c, lang)} (${labels.credential[c.type]})`,
    }));
  const titleOf = (id: string) => {
    const credential = catalog.credentials.get(id);
    return credential ? credentialName(credential, lang) : id;
  };
  return (
    <fieldset className="credential-choice" id={fieldId.credentialChoice(index, k)}>
      <legend>{formatMessage(lang, t.credentialChoiceLegend, { n, step: name })}</legend>
      {choice.credentials.length >= 2 && Number.isInteger(choice.choose) && (
        <p className="credential-choice__summary">
          {summary}
          {choice.note ? ` (${textIn(choice.note, lang)})` : ''}
        </p>
      )}
      {choice.credentials.length === 0 ? (
        <p className="step-editor__empty">{t.noChoiceCredentialsYet}</p>
      ) : (
        <ul className="step-editor__items">
          {choice.credentials.map((id, m) => {
            const credential = catalog.credentials.get(id);
            const title = titleOf(id);
            return (
              <li key={`${id}-${m}`} id={fieldId.choiceOption(index, k, m)} tabIndex={-1}>
                <span className="step-editor__item">
                  <span aria-hidden="true">☆ </span>
                  {title}
                  {credential && ` (${labels.credential[credential.type]})`}
                </span>
                <button
                  type="button"
                  className="button-small"
                  aria-label={formatMessage(lang, t.removeChoiceCredential, {
                    credential: title,
                    n,
                    step: name,
                  })}
                  onClick={() =>
                    change(
                      (d) => removeChoiceCredential(d, index, k, m),
                      formatMessage(lang, t.choiceCredentialRemoved, {
                        credential: title,
                        n,
                        step: name,
                      }),
                      fieldId.choiceAdd(index, k),
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
        id={fieldId.choiceAdd(index, k)}
        label={formatMessage(lang, t.addChoiceCredentialField, { n, step: name })}
        button={formatMessage(lang, t.addChoiceCredential, { n, step: name })}
        groups={[{ label: t.stepCredentials, options }]}
        problem={problems.get(fieldId.choiceAdd(index, k))}
        onAdd={(id) =>
          change(
            (d) => addChoiceCredential(d, index, k, id),
            formatMessage(lang, t.choiceCredentialAdded, {
              credential: titleOf(id),
              n,
              step: name,
            }),
          )
        }
      />
      <div className="field credential-choice__choose">
        <label htmlFor={chooseId}>
          {formatMessage(lang, t.choiceChooseField, { n, step: name })}
        </label>
        <input
          id={chooseId}
          inputMode="numeric"
          autoComplete="off"
          size={4}
          {...choose.aria}
          value={chooseText}
          onChange={(e) => {
            const text = e.target.value;
            setTyped(text);
            change((d) => setChoiceChoose(d, index, k, parseChoose(text)), '');
          }}
        />
        <FieldError id={chooseId} message={choose.message} />
      </div>
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          change(
            (d) => removeCredentialChoice(d, index, k),
            formatMessage(lang, t.credentialChoiceRemoved, { n, step: name }),
            fieldId.addCredentialChoice(index),
          )
        }
      >
        {formatMessage(lang, t.removeCredentialChoice, { n, step: name })}
      </button>
    </fieldset>
  );
}
