/** Start (or start over) a plan from one of the district's approved programs of study. */
import { useId, useState, type FormEvent } from 'react';
import type { TPlan, TPlanOptions } from '../../contracts/plans.ts';
import type { Role } from '../../domain/auth/roles.ts';
import { mayAttempt } from '../../domain/auth/policy.ts';
import { errorText } from '../error-text.ts';
import { useLang } from '../use-lang.ts';
import { startPlan } from './plans-api.ts';

export function PlanStart(props: {
  studentId: string;
  options: TPlanOptions;
  role: Role | null;
  again: boolean;
  onStarted: (plan: TPlan) => void;
}) {
  const { lang, t } = useLang();
  const id = useId();
  const [programId, setProgramId] = useState(props.options.programs[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!props.role || !mayAttempt(props.role, 'plan.write')) return null;
  if (props.options.programs.length === 0) return <p>{t.planNoPrograms}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    startPlan(props.studentId, programId, lang).then(
      (plan) => {
        setBusy(false);
        props.onStarted(plan);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(errorText(t, failure));
      },
    );
  };
  return (
    <section aria-labelledby={`${id}-h`} className="plan-section plan-start">
      <h2 id={`${id}-h`}>{props.again ? t.planStartAgainTitle : t.planStartTitle}</h2>
      <p>{t.planStartHint}</p>
      <form onSubmit={submit}>
        <label htmlFor={`${id}-program`}>{t.planChooseProgram}</label>
        <select
          id={`${id}-program`}
          value={programId}
          onChange={(event) => setProgramId(event.target.value)}
        >
          {props.options.programs.map((p) => (
            <option key={p.id} value={p.id} lang={p.titleLang !== lang ? p.titleLang : undefined}>
              {p.title}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy}>
          {t.planStart}
        </button>
        {error && (
          <p role="alert" className="plan-error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
