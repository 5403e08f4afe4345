/**
 * /students/:id/plan/edit: the plan editor. A form (no dragging): the program's choices of
 * courses, courses by grade, goals and
 * benchmarks; beside it the live checks, recomputed after every change with the server's own
 * check and announced politely (aria-live); saving sends the edit with the version it started
 * from, so a plan changed meanwhile is refused rather than overwritten.
 */
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { TPlan, TPlanOptions } from '../../contracts/plans.ts';
import { mayAttempt } from '../../domain/auth/policy.ts';
import { useSession } from '../account/use-session.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { errorText } from '../error-text.ts';
import { formatMessage } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { EditorChoices } from './EditorChoices.tsx';
import { EditorCredentialChoices } from './EditorCredentialChoices.tsx';
import { EditorCourses } from './EditorCourses.tsx';
import { EditorGoals } from './EditorGoals.tsx';
import { EditorMarks } from './EditorMarks.tsx';
import { checkDraft, draftOf, editOf, setGoals, type Draft } from './plan-draft.ts';
import { planPath } from './plan-paths.ts';
import { fetchPlan, fetchPlanOptions, savePlan } from './plans-api.ts';
import './plans.css';
import './plans-print.css';

export function PlanEditorPage() {
  const { id = '' } = useParams();
  const { lang, t } = useLang();
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  // The options say whether a plan exists (currentVersion); the plan is asked for only then, so
  // a student without a plan yet meets no 404 (an error in the browser's console).
  const load = useCallback(
    async (signal: AbortSignal): Promise<[TPlan | null, TPlanOptions]> => {
      const options = await fetchPlanOptions(id, lang, signal);
      if (options.currentVersion === null) return [null, options];
      return [await fetchPlan(id, lang, null, signal), options];
    },
    [id, lang],
  );
  const state = useApi(load);
  usePageSetup(state.status === 'loading' || session.loading ? null : t.edTitle, heading);
  if (state.status === 'loading' || session.loading) return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  const [plan, options] = state.data;
  return (
    <article className="plan-page plan-editor">
      <h1 ref={heading} tabIndex={-1}>
        {t.edTitle}
      </h1>
      <p>
        <Link to={planPath(lang, id)}>{t.edBack}</Link>
      </p>
      {plan === null ? (
        <p>{t.planNone}</p>
      ) : session.role && mayAttempt(session.role, 'plan.write') ? (
        <Editor key={`${plan.currentVersion}`} plan={plan} options={options} studentId={id} />
      ) : (
        <p>{t.edReadOnly}</p>
      )}
    </article>
  );
}

function Editor(props: { plan: TPlan; options: TPlanOptions; studentId: string }) {
  const { lang, t } = useLang();
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.plan));
  const [base, setBase] = useState(props.plan.currentVersion);
  const [said, setSaid] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const findings = checkDraft(draft, props.options, lang);
  const change = (next: Draft, text?: string) => {
    setDraft(next);
    setSaid(text ?? '');
    setStatus(null);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    savePlan(props.studentId, editOf(draft, base), lang).then(
      (saved) => {
        setBusy(false);
        setStatus({
          text: formatMessage(lang, saved.version > base ? t.edSavedNew : t.edSaved, {
            version: saved.version,
          }),
          error: false,
        });
        setBase(saved.version);
      },
      (error: unknown) => {
        setBusy(false);
        setStatus({ text: errorText(t, error), error: true });
      },
    );
  };
  return (
    <div className="plan-edit-layout">
      <form onSubmit={save} className="plan-edit-form" aria-describedby="plan-edit-intro">
        <p id="plan-edit-intro">{t.edIntro}</p>
        <EditorChoices draft={draft} onChange={change} />
        <EditorCourses draft={draft} options={props.options} onChange={change} />
        <EditorMarks draft={draft} options={props.options} onChange={change} />
        <EditorCredentialChoices draft={draft} onChange={change} />
        <EditorGoals
          goals={draft.goals}
          careers={props.plan.careerChoices}
          onChange={(goals) => change(setGoals(draft, goals))}
        />
        <p className="visually-hidden" aria-live="polite">
          {said}
        </p>
        <button type="submit" disabled={busy}>
          {busy ? t.edSaving : t.edSave}
        </button>
        <p
          role={status?.error ? 'alert' : 'status'}
          className={status?.error ? 'plan-error' : 'plan-status'}
        >
          {status?.text}
          {status && !status.error && (
            <>
              {' '}
              <Link to={planPath(lang, props.studentId)}>{t.edBack}</Link>
            </>
          )}
        </p>
      </form>
      <aside aria-labelledby="plan-live" className="plan-live">
        <h2 id="plan-live">{t.edLiveChecks}</h2>
        <div aria-live="polite" aria-atomic="true" data-testid="live-checks">
          {findings.length === 0 ? (
            <p>{t.planNoProblems}</p>
          ) : (
            <>
              <p>{formatMessage(lang, t.planProblemCount, { count: findings.length })}</p>
              <ul className="plan-findings">
                {findings.map((f, index) => (
                  <li key={`${f.rule}-${f.courseId}-${index}`}>{f.message}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      </aside>
    </div>
  );
}
