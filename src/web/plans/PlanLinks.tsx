/**
 * Ways to a student's plan from /me: the student's own links, a guardian's per child, and for
 * staff (a counselor's caseload, admins) the list of students they may see, each with its plan
 * and progress check.
 */
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { fetchMyStudents } from '../interests/interests-api.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { planPath, progressPath } from './plan-paths.ts';

export function PlanLinks(props: { studentId: string; name?: string; heading: 'h2' | 'h3' }) {
  const { lang, t } = useLang();
  const H = props.heading;
  const id = `plan-links-${props.studentId}`;
  return (
    <section aria-labelledby={id} className="ip-section">
      <H id={id}>{props.name ? t.planTitle : t.mePlan}</H>
      <ul className="ip-list">
        <li>
          <Link to={planPath(lang, props.studentId)}>
            {props.name ? formatMessage(lang, t.planOf, { name: props.name }) : t.mePlanLink}
          </Link>
        </li>
        <li>
          <Link to={progressPath(lang, props.studentId)}>
            {props.name
              ? formatMessage(lang, t.progressOf, { name: props.name })
              : t.meProgressLink}
          </Link>
        </li>
      </ul>
    </section>
  );
}

export function StaffStudents() {
  const { lang, t } = useLang();
  const state = useApi(useCallback((signal: AbortSignal) => fetchMyStudents(signal), []));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return state.error.needsSignIn ? null : <ErrorNotice error={state.error} />;
  if (state.data.items.length === 0) return null;
  return (
    <section aria-labelledby="staff-students" className="ip-section">
      <h2 id="staff-students">{t.planStudentsTitle}</h2>
      <ul className="ip-list plan-students">
        {state.data.items.map((s) => (
          <li key={s.id}>
            {s.grade === null
              ? s.name
              : formatMessage(lang, t.planStudentLinks, { name: s.name, grade: s.grade })}
            :{' '}
            <Link to={planPath(lang, s.id)}>{formatMessage(lang, t.planOf, { name: s.name })}</Link>
            {' · '}
            <Link to={progressPath(lang, s.id)}>
              {formatMessage(lang, t.progressOf, { name: s.name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
