/**
 * /students/:id/progress: the progress check toward graduation, requirement by requirement, with
 * the sentence of each course that counts; the program of study as a second requirement; courses
 * that do not count and why; for counselors and admins, the form to record an exception.
 */
import { useCallback, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { TStudentProgress } from '../../contracts/progress.ts';
import { mayAttempt } from '../../domain/auth/policy.ts';
import { useSession } from '../account/use-session.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { ExceptionForm } from './ExceptionForm.tsx';
import { planPath, whatIfPath } from './plan-paths.ts';
import { fetchProgress } from './plans-api.ts';
import { RequirementList, statusText } from './RequirementList.tsx';
import { EnglishTitlesNote, Sentence, Title, TitledMessage } from './Sentence.tsx';
import { CredentialCreditEarned } from './CredentialCreditEarned.tsx';
import { TransferCredits, TransferMark } from './TransferCredits.tsx';
import { TransferForm } from './TransferForm.tsx';
import './plans.css';
import './plans-print.css';

export function ProgressPage() {
  const { id = '' } = useParams();
  const { lang, t } = useLang();
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useApi(
    useCallback((signal: AbortSignal) => fetchProgress(id, lang, null, signal), [id, lang]),
  );
  // After an exception is recorded the check is read again in place (the form keeps its focus).
  const [fresh, setFresh] = useState<TStudentProgress | null>(null);
  usePageSetup(state.status === 'loading' ? null : t.prTitle, heading);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  const data = fresh ?? state.data;
  const { student, check, program } = data;
  return (
    <article className="plan-page pr-page">
      <h1 ref={heading} tabIndex={-1}>
        {t.prTitle}
      </h1>
      <p className="plan-meta">
        {student.grade === null
          ? student.name
          : formatMessage(lang, t.prStudent, { name: student.name, grade: student.grade })}
      </p>
      <nav aria-label={t.prTitle} className="plan-actions">
        <ul>
          <li>
            <Link to={planPath(lang, id)}>{t.planTitle}</Link>
          </li>
          <li>
            <Link to={whatIfPath(lang, id)}>{t.planWhatIfLink}</Link>
          </li>
        </ul>
      </nav>
      <EnglishTitlesNote checks={[check, program]} />
      <section aria-labelledby="pr-set" className="plan-section">
        <h2 id="pr-set">
          <TitledMessage template={t.prSet} title={check.setTitle} titleLang={check.setTitleLang} />
        </h2>
        <p>
          <strong>
            {formatMessage(lang, t.prOverall, { status: statusText(t, check.status) })}
          </strong>
        </p>
        <RequirementList check={check} idPrefix="pr" />
      </section>
      {program && (
        <section aria-labelledby="pr-program" className="plan-section">
          <h2 id="pr-program">
            <TitledMessage
              template={t.prProgram}
              title={program.setTitle}
              titleLang={program.setTitleLang}
            />
          </h2>
          <p>
            <strong>
              {formatMessage(lang, t.prOverall, { status: statusText(t, program.status) })}
            </strong>
          </p>
          <RequirementList check={program} idPrefix="prp" />
        </section>
      )}
      {check.notCounted.length > 0 && (
        <section aria-labelledby="pr-not" className="plan-section">
          <h2 id="pr-not">{t.prNotCounted}</h2>
          <ul>
            {check.notCounted.map((c) => (
              <li key={c.attemptKey}>
                <Sentence parts={c.sentenceParts} />
                {c.transfer && (
                  <>
                    {' '}
                    <TransferMark earnedAt={c.transfer.earnedAt} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {check.unused.length > 0 && (
        <section aria-labelledby="pr-unused" className="plan-section">
          <h2 id="pr-unused">{t.prUnused}</h2>
          <ul>
            {check.unused.map((c) => (
              <li key={c.attemptKey}>
                <Title text={c.title} lang={c.titleLang} />
                {c.code && <> ({c.code})</>}
                {c.transfer && (
                  <>
                    {' '}
                    <TransferMark earnedAt={c.transfer.earnedAt} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <TransferCredits credits={data.transfers} />
      <CredentialCreditEarned credit={data.credentialCredit} />
      {session.role && mayAttempt(session.role, 'transfer.write') && (
        <TransferForm
          studentId={id}
          onAdded={() => void fetchProgress(id, lang, null).then(setFresh)}
        />
      )}
      {session.role &&
        session.role !== 'state_admin' &&
        mayAttempt(session.role, 'progress.exception') && (
          <ExceptionForm
            progress={data}
            studentId={id}
            onAdded={() => void fetchProgress(id, lang, null).then(setFresh)}
          />
        )}
    </article>
  );
}
