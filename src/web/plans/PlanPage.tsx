/**
 * /students/:id/plan: a student's learning plan (any version with ?version=N) for the student,
 * their guardian, their counselor and admins: the year grid, goals, checks, sign-offs, history,
 * downloads; or, when there is none yet, the form to start one from a program of study.
 */
import { useCallback, useRef, useState } from 'react';
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
  const plan = useApi(
    useCallback((signal: AbortSignal) => fetchPlan(id, lang, version, signal), [id, lang, version]),
  );
  const options = useApi(
    useCallback((signal: AbortSignal) => fetchPlanOptions(id, lang, signal), [id, lang]),
  );
  const ready = plan.status !== 'loading' && options.status !== 'loading';
  usePageSetup(ready && !session.loading ? t.planTitle : null, heading);
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
        />
      ) : (
        <>
          <p>{t.planNone}</p>
          <PlanStart
            studentId={id}
            options={options.data}
            role={session.role}
            again={false}
            onStarted={setFresh}
          />
        </>
      )}
    </article>
  );
}
