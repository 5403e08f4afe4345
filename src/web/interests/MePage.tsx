/**
 * /me: a signed-in student's home (latest profile and how it moved, matches, saved list, their
 * school's programs in their top pathways, what to do next); a guardian sees the same for each
 * of their children, read-only.
 */
import { useCallback, useRef } from 'react';
import { Link } from 'react-router-dom';
import { NOT_FOR_SCREENING } from '../../domain/interests/attribution.ts';
import { useSession } from '../account/use-session.ts';
import { PlanLinks, StaffStudents } from '../plans/PlanLinks.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { usePageSetup } from '../page-setup.ts';
import { pathFor } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import './interests.css';
import { fetchMyStudents } from './interests-api.ts';
import { StudentHome } from './StudentHome.tsx';

export function MePage() {
  const { lang, t } = useLang();
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = session.role === 'guardian' ? t.meGuardianTitle : t.meTitle;
  usePageSetup(session.loading ? null : title, heading);
  if (session.loading) return <Loading />;
  const h1 = (
    <h1 ref={heading} tabIndex={-1}>
      {title}
    </h1>
  );
  if (!session.user || session.codeDue)
    return (
      <article className="ip-page">
        {h1}
        <p>
          <Link
            to={`${pathFor(lang, '/sign-in')}?next=${encodeURIComponent(pathFor(lang, '/me'))}`}
          >
            {t.signIn}
          </Link>
        </p>
      </article>
    );
  return (
    <article className="ip-page ip-home">
      {h1}
      {session.role === 'student' ? (
        <>
          <PlanLinks studentId={session.user.id} heading="h2" />
          <StudentHome studentId={session.user.id} readOnly={false} headingLevel={2} />
        </>
      ) : session.role === 'guardian' ? (
        <Children />
      ) : (
        <>
          <p>{t.meOnlyStudents}</p>
          <StaffStudents />
        </>
      )}
      <p className="ip-screening">{NOT_FOR_SCREENING[lang]}</p>
    </article>
  );
}

function Children() {
  const { t } = useLang();
  const state = useApi(useCallback((signal: AbortSignal) => fetchMyStudents(signal), []));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  if (state.data.items.length === 0) return <p>{t.meNoChildren}</p>;
  return (
    <>
      <p>{t.meReadOnly}</p>
      {state.data.items.map((child) => (
        <section key={child.id} aria-labelledby={`child-${child.id}`} className="ip-child">
          <h2 id={`child-${child.id}`}>{child.name}</h2>
          <PlanLinks studentId={child.id} name={child.name} heading="h3" />
          <StudentHome studentId={child.id} readOnly headingLevel={3} />
        </section>
      ))}
    </>
  );
}
