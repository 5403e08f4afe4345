/**
 * Start (or start over) a plan from one of the district's approved programs of study, or from a
 * career pathway: the page says beforehand which program a pathway starts from, or that the plan
 * starts empty with the pathway as its goal.
 */
import { useId, useState, type FormEvent } from 'react';
import type { TPlan, TPlanOptions } from '../../contracts/plans.ts';
import type { Role } from '../../domain/auth/roles.ts';
import { mayAttempt } from '../../domain/auth/policy.ts';
import { errorText } from '../error-text.ts';
import { formatMessage } from '../i18n.ts';
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
  const { programs, pathways } = props.options;
  const [from, setFrom] = useState<'program' | 'pathway'>(
    programs.length > 0 ? 'program' : 'pathway',
  );
  const [programId, setProgramId] = useState(programs[0]?.id ?? '');
  const [pathwayCode, setPathwayCode] = useState(
    programs[0]?.pathwayCode ?? pathways[0]?.code ?? '',
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!props.role || !mayAttempt(props.role, 'plan.write')) return null;
  // The first by title, as the server picks it.
  const pathwayProgram = programs.find((p) => p.pathwayCode === pathwayCode);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    startPlan(props.studentId, from === 'program' ? { programId } : { pathwayCode }, lang).then(
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
        <fieldset className="plan-start__from">
          <legend>{t.psFrom}</legend>
          {(['program', 'pathway'] as const).map((kind) => (
            <label key={kind} className="plan-start__choice">
              <input
                type="radio"
                name={`${id}-from`}
                value={kind}
                checked={from === kind}
                disabled={kind === 'program' && programs.length === 0}
                onChange={() => setFrom(kind)}
              />{' '}
              {kind === 'program' ? t.psFromProgram : t.psFromPathway}
            </label>
          ))}
        </fieldset>
        {from === 'program' ? (
          programs.length === 0 ? (
            <p>{t.planNoPrograms}</p>
          ) : (
            <>
              <label htmlFor={`${id}-program`}>{t.planChooseProgram}</label>
              <select
                id={`${id}-program`}
                value={programId}
                onChange={(event) => setProgramId(event.target.value)}
              >
                {programs.map((p) => (
                  <option
                    key={p.id}
                    value={p.id}
                    lang={p.titleLang !== lang ? p.titleLang : undefined}
                  >
                    {p.title}
                  </option>
                ))}
              </select>
            </>
          )
        ) : (
          <>
            <label htmlFor={`${id}-pathway`}>{t.psChoosePathway}</label>
            <select
              id={`${id}-pathway`}
              value={pathwayCode}
              aria-describedby={`${id}-pathway-note`}
              onChange={(event) => setPathwayCode(event.target.value)}
            >
              {pathways.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code} {p.title}
                </option>
              ))}
            </select>
            <p id={`${id}-pathway-note`} className="plan-muted" aria-live="polite">
              {pathwayProgram
                ? formatMessage(lang, t.psPathwayProgram, { title: pathwayProgram.title })
                : t.psPathwayEmpty}
            </p>
          </>
        )}
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
