/**
 * /students/:id/plan: a student's learning plan (any version with ?version=N) for the student,
 * their guardian, their counselor and admins: the year grid, goals, checks, sign-offs, history,
 * downloads; or, when there is none yet, the form to start one from a program of study.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import type { TPlan } from '../../contracts/plans.ts';
import { useSession } from '../account/use-session.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { usePageSetup } from '../page-setup.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { PlanStart } from './PlanStart.tsx';
import { PlanView } from './PlanView.tsx';
import { fetchPlan, fetchPlanOptions } from './plans-api.ts';
import './plans.css';
import './plans-print.css';

export function PlanPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const asked = Number(params.get('version'));
  const version = Number.isInteger(asked) && asked > 0 ? asked : null;
  const { lang, t } = useLang();
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const [fresh, setFresh] = useState<TPlan | null>(null);
  // Plans started here so far: the options hold the plan's program's courses (its college years'
  // titles), so a plan started from a program reads them again.
  const [started, setStarted] = useState(0);
  const options = useApi(
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `started` asks for a new read
    useCallback((signal: AbortSignal) => fetchPlanOptions(id, lang, signal), [id, lang, started]),
  );
  // The current plan is asked for only once the options say there is one, so a student without
  // a plan yet meets no 404 (an error in the browser's console); an asked version is read at once.
  const want =
    version !== null
      ? 'read'
      : options.status !== 'ok'
        ? 'wait'
        : options.data.currentVersion === null
          ? 'none'
          : 'read';
  const plan = useApi(
    useCallback(
      (signal: AbortSignal) =>
        want === 'read' ? fetchPlan(id, lang, version, signal) : Promise.resolve(null),
      [id, lang, version, want],
    ),
  );
  const ready = plan.status !== 'loading' && options.status !== 'loading';
  usePageSetup(ready && !session.loading ? t.planTitle : null, heading);
  // The start form the person used is gone once the plan is drawn: focus goes to the heading.
  useEffect(() => {
    if (started > 0 && ready) heading.current?.focus();
  }, [started, ready]);
  const onStarted = (next: TPlan) => {
    setFresh(next);
    setStarted((n) => n + 1);
  };
  if (!ready || session.loading) return <Loading />;
  if (options.status === 'error') return <ErrorNotice error={options.error} />;
  const h1 = (
    <h1 ref={heading} tabIndex={-1}>
      {t.planTitle}
    </h1>
  );
  const shown = fresh && fresh.version === (version ?? fresh.currentVersion) ? fresh : null;
  if (!shown && plan.status === 'error' && !(plan.error.notFound && version === null))
    return <ErrorNotice error={plan.error} />;
  const current = shown ?? (plan.status === 'ok' ? plan.data : null);
  return (
    <article className="plan-page">
      {h1}
      {current ? (
        <PlanView
          plan={current}
          options={options.data}
          studentId={id}
          role={session.role}
          onSigned={setFresh}
          onStarted={onStarted}
        />
      ) : (
        <>
          <p>{t.planNone}</p>
          <PlanStart
            studentId={id}
            options={options.data}
            role={session.role}
            again={false}
            onStarted={onStarted}
          />
        </>
      )}
    </article>
  );
}
