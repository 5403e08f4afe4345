/**
 * `/caseload/students/:id`: one student for staff. A short summary of their progress check,
 * learning plan and interest results (each linking to its full page), and the counselor notes.
 * A part the caller's role may not read says so instead of failing the page.
 */
import { Fragment, useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { TPlan } from '../../contracts/plans.ts';
import type { TStudentProgress } from '../../contracts/progress.ts';
import type { TResultList } from '../../contracts/student-interests.ts';
import { messageParts } from '../../domain/i18n/message.ts';
import { PageHeading, SessionGate } from '../account/parts.tsx';
import type { ApiError } from '../api.ts';
import { errorText } from '../error-text.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { useApi, type ApiState } from '../use-api.ts';
import { fetchInterestResults, fetchPlan, fetchProgress } from './caseload-api.ts';
import { studentPlanPath, studentProgressPath } from './caseload-paths.ts';
import { caseloadReturnPath, placeOf } from './caseload-return.ts';
import { useCaseloadText, type CaseloadText } from './i18n-caseload.ts';
import { Notes } from './Notes.tsx';
import { Title } from '../plans/Sentence.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import './caseload.css';

export function CaseloadStudentPage() {
  const { c } = useCaseloadText();
  const { id = '' } = useParams();
  return (
    <SessionGate title={c.studentTitle} action="caseload.read" signInText={c.signInFirst}>
      {() => <Student id={id} />}
    </SessionGate>
  );
}

function Student({ id }: { id: string }) {
  const { lang, c } = useCaseloadText();
  const progress = useApi(useCallback((s: AbortSignal) => fetchProgress(id, lang, s), [id, lang]));
  // The plan is asked for only when the progress check says there is one: no 404 to log.
  const hasPlan = progress.status === 'ok' && progress.data.planVersion !== null;
  const plan = useApi(
    useCallback(
      (s: AbortSignal) => (hasPlan ? fetchPlan(id, lang, s) : Promise.resolve(null)),
      [id, lang, hasPlan],
    ),
  );
  const interests = useApi(useCallback((s: AbortSignal) => fetchInterestResults(id, s), [id]));
  if (progress.status === 'loading') return <Loading />;
  if (progress.status === 'error') return <ErrorNotice error={progress.error} />;
  const student = progress.data.student;
  return (
    <div className="caseload-page caseload-student-page">
      <p>
        <Link to={caseloadReturnPath(lang, placeOf(id))} state={{ returnTo: id }}>
          {c.backToCaseload}
        </Link>
      </p>
      <PageHeading title={student.name} />
      <p>
        {student.grade !== null ? formatMessage(lang, c.gradeN, { grade: student.grade }) : null}
      </p>
      <div className="caseload-cards">
        <section aria-labelledby="summary-progress">
          <h2 id="summary-progress">{c.progress}</h2>
          <ProgressSummary data={progress.data} />
          <p>
            <Link to={studentProgressPath(lang, id)}>{c.openProgress}</Link>
          </p>
        </section>
        <section aria-labelledby="summary-plan">
          <h2 id="summary-plan">{c.plan}</h2>
          <Part state={plan} c={c} empty={c.noPlan}>
            {(data) => (data ? <PlanSummary plan={data} /> : <p>{c.noPlan}</p>)}
          </Part>
          <p>
            <Link to={studentPlanPath(lang, id)}>{c.openPlan}</Link>
          </p>
        </section>
        <section aria-labelledby="summary-interests">
          <h2 id="summary-interests">{c.interests}</h2>
          <Part state={interests} c={c} empty={c.noInterests}>
            {(data) => <InterestSummary results={data} />}
          </Part>
        </section>
      </div>
      <Notes studentId={id} />
    </div>
  );
}

/** A summary that may be missing (404) or not for this role (403). */
function Part<T>({
  state,
  c,
  empty,
  children,
}: {
  state: ApiState<T>;
  c: CaseloadText;
  empty: string;
  children: (data: T) => React.ReactNode;
}) {
  const { t } = useLang();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'ok') return <>{children(state.data)}</>;
  const error: ApiError = state.error;
  if (error.notFound) return <p>{empty}</p>;
  if (error.status === 403) return <p>{c.notAvailable}</p>;
  return <p role="alert">{errorText(t, error)}</p>;
}

function ProgressSummary({ data }: { data: TStudentProgress }) {
  const { lang, c } = useCaseloadText();
  const root = data.check.requirements[0];
  return (
    <>
      <p>
        {messageParts(
          lang,
          c.progressStatus,
          { status: data.check.status },
          { set: <Title text={data.check.setTitle} lang={data.check.setTitleLang} /> },
        ).map((part, i) => (
          <Fragment key={i}>{part}</Fragment>
        ))}
      </p>
      {root ? (
        <p>
          {formatMessage(lang, c.progressCredits, {
            earned: root.earned,
            inProgress: root.inProgress,
            planned: root.planned,
          })}
        </p>
      ) : null}
    </>
  );
}

function PlanSummary({ plan }: { plan: TPlan }) {
  const { lang, c } = useCaseloadText();
  const who = plan.unsigned.map((role) => formatMessage(lang, c.roleSigner, { role })).join(', ');
  return (
    <>
      <p>
        {messageParts(
          lang,
          c.planSummary,
          { version: plan.version },
          { program: <Title text={plan.programTitle} lang={plan.programTitleLang} /> },
        ).map((part, i) => (
          <Fragment key={i}>{part}</Fragment>
        ))}
      </p>
      <p>{who ? formatMessage(lang, c.planUnsigned, { who }) : c.planSigned}</p>
      <p>{plan.reviewDue ? c.planReviewDue : c.planReviewed}</p>
    </>
  );
}

function InterestSummary({ results }: { results: TResultList }) {
  const { lang, c } = useCaseloadText();
  const latest = results.items[0];
  if (!latest) return <p>{c.noInterests}</p>;
  const date = new Date(latest.takenAt).toLocaleDateString(lang === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
  });
  return <p>{formatMessage(lang, c.interestsLatest, { code: latest.code, date })}</p>;
}
