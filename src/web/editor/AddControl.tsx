/**
 * "Choose something, then press Add": a labelled select of options (optionally in groups) and a
 * button. No drag and drop; the choice stays in the select until Add is pressed. Pressing Add
 * with nothing chosen says why, below the select (tied to it by aria-describedby), and moves
 * focus to the select. A `problem` of what the select adds to (a choice listing too few) shows
 * the same way until then.
 */
import { useState } from 'react';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { errorId, FieldError } from './field-problems.tsx';

export interface OptionGroup {
  label: string;
  options: Array<{ value: string; label: string }>;
}

export function AddControl({
  id,
  label,
  button,
  groups,
  onAdd,
  problem,
}: {
  id: string;
  label: string;
  button: string;
  groups: OptionGroup[];
  onAdd: (value: string) => void;
  problem?: string | undefined;
}) {
  const { lang, t } = useLang();
  const [choice, setChoice] = useState('');
  const [why, setWhy] = useState(false);
  const shown = groups.filter((group) => group.options.length > 0);
  const valid = shown.some((group) => group.options.some((option) => option.value === choice));
  const message = why ? formatMessage(lang, t.chooseFirst, { button }) : problem;
  return (
    <div className="add-control">
      <label htmlFor={id}>{label}</label>
      <div className="add-control__row">
        <select
          id={id}
          value={valid ? choice : ''}
          aria-invalid={message !== undefined ? true : undefined}
          aria-describedby={message !== undefined ? errorId(id) : undefined}
          onChange={(e) => {
            setChoice(e.target.value);
            setWhy(false);
          }}
        >
          <option value="">{t.chooseOption}</option>
          {shown.map((group) =>
            shown.length === 1 ? (
              group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))
            ) : (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            if (!valid) {
              setWhy(true);
              document.getElementById(id)?.focus();
              return;
            }
            onAdd(choice);
            setChoice('');
          }}
        >
          {button}
        </button>
      </div>
      <FieldError id={id} message={message} />
    </div>
  );
}
