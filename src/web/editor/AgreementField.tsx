/**
 * One labelled control of a credit agreement in the editor: a select or an input, marked required
 * when the schema requires it, with its problem (from the form's FieldProblems) shown below it
 * and tied to it by aria-describedby.
 */
import type { AgreementField as Field } from './agreements.ts';
import { agreementControlLabel } from './agreement-problems.ts';
import { fieldId } from './editor-state.ts';
import { FieldError, fieldProblem, RequiredMark, useFieldProblems } from './field-problems.tsx';
import { useLang } from '../use-lang.ts';

interface Props {
  index: number;
  field: Field;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  /** A select's options; without them the control is an input. */
  options?: Array<{ value: string; label: string }>;
  /** A first, empty option ("Choose…" or "(none)"). */
  empty?: string;
  type?: 'date' | 'text';
  hint?: { id: string; text: string };
  narrow?: boolean;
}

export function AgreementField(props: Props) {
  const { lang } = useLang();
  const problems = useFieldProblems();
  const { index, field, value, onChange, required = false, options, empty } = props;
  const id = fieldId.agreement(index, field);
  const problem = fieldProblem(problems, id, props.hint?.id);
  const common = {
    id,
    value,
    ...(required ? { required: true, 'aria-required': true as const } : {}),
    ...problem.aria,
  };
  return (
    <div className={props.narrow ? 'field field--narrow' : 'field'}>
      <label htmlFor={id}>
        {agreementControlLabel(lang, field)}
        {required && <RequiredMark />}
      </label>
      {options ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          {...(field === 'credits' || field === 'examMinScore'
            ? { inputMode: 'decimal' as const }
            : {})}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {props.hint && (
        <p className="field__hint" id={props.hint.id}>
          {props.hint.text}
        </p>
      )}
      <FieldError id={id} message={problem.message} />
    </div>
  );
}
