/** One student's home: latest profile, change, matches, saved list, school programs, next steps. */
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import type { TStudentHome } from '../../contracts/student-interests.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage, type Messages } from '../i18n.ts';
import { occupationPath, pathwayPath, programPath } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { MyPerkinsStatus } from '../perkins/MyPerkinsStatus.tsx';
import { fetchHome, removeItem } from './interests-api.ts';
import { Matches } from './Matches.tsx';
import { profilerPath } from './ProfilerPage.tsx';
import { LETTERS, ScoreChart, areaName } from './ScoreChart.tsx';

type Heading = 'h2' | 'h3' | 'h4';

export function StudentHome(props: { studentId: string; readOnly: boolean; headingLevel: 2 | 3 }) {
  const { lang } = useLang();
  const [version, setVersion] = useState(0);
  const state = useApi(
    useCallback(
      (signal: AbortSignal) => fetchHome(props.studentId, lang, signal),
      // `version` reloads the home after the student removes an item.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [props.studentId, lang, version],
    ),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return <HomeView home={state.data} {...props} onChange={() => setVersion((v) => v + 1)} />;
}

const nextLink = (
  t: Messages,
  lang: 'en' | 'es',
  step: TStudentHome['next'][number],
  home: TStudentHome,
) => {
  const text = t[`next_${step}`];
  if (step === 'take_profiler' || step === 'retake_profiler')
    return <Link to={profilerPath(lang)}>{text}</Link>;
  if (step === 'explore_pathways' && home.results?.pathways[0])
    return <Link to={pathwayPath(lang, home.results.pathways[0].code)}>{text}</Link>;
  return text;
};

function HomeView({
  home,
  readOnly,
  headingLevel,
  onChange,
}: {
  home: TStudentHome;
  readOnly: boolean;
  headingLevel: 2 | 3;
  onChange: () => void;
}) {
  const { lang, t } = useLang();
  const H = `h${headingLevel}` as Heading;
  const id = `home-${home.student.id}`;
  // Someone else reading the student's home (a guardian) reads about them, not about "you".
  const of = readOnly ? home.student.name : undefined;
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(lang === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long' });
  const itemPath = (kind: string, ref: string) =>
    kind === 'occupation'
      ? occupationPath(lang, ref)
      : kind === 'pathway'
        ? pathwayPath(lang, ref)
        : programPath(lang, ref);
  return (
    <div className="ip-home__body">
      <section aria-labelledby={`${id}-next`} className="ip-section">
        <H id={`${id}-next`}>{of ? formatMessage(lang, t.meNextOf, { name: of }) : t.meNext}</H>
        {!readOnly && <MyPerkinsStatus />}
        <ul className="ip-list">
          {home.next.map((step) => (
            <li key={step}>{nextLink(t, lang, step, home)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${id}-latest`} className="ip-section">
        <H id={`${id}-latest`}>{t.meLatest}</H>
        {home.latest ? (
          <>
            <p>
              <strong>
                {formatMessage(lang, of ? t.resCodeOf : t.resCode, {
                  code: home.latest.code,
                  name: of ?? '',
                })}
              </strong>{' '}
              ·{' '}
              {formatMessage(lang, t.meTakenOn, {
                date: date(home.latest.takenAt),
                form: home.latest.form,
              })}
            </p>
            <ScoreChart
              scores={home.latest.scores}
              max={home.latest.max}
              id={`${id}-chart`}
              of={of}
            />
            {home.change && (
              <>
                <p>{t.meChange}</p>
                <ul className="ip-change">
                  {LETTERS.map((l) => (
                    <li key={l}>
                      {areaName(t, l)}:{' '}
                      {formatMessage(lang, t.meChangeValue, {
                        change: home.change![l] > 0 ? `+${home.change![l]}` : home.change![l],
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        ) : (
          <p>{t.meNoResult}</p>
        )}
      </section>
      {home.results && (
        <Matches results={home.results} saved={null} occupations={5} of={of} idPrefix={id} />
      )}
      <section aria-labelledby={`${id}-programs`} className="ip-section">
        <H id={`${id}-programs`}>{t.mePrograms}</H>
        {home.programs.length === 0 ? (
          <p>{t.resNoPrograms}</p>
        ) : (
          <ul className="ip-list">
            {home.programs.map((p) => (
              <li key={p.id}>
                <Link to={programPath(lang, p.id)}>{p.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-saved`} className="ip-section">
        <H id={`${id}-saved`}>{t.meSaved}</H>
        {home.saved.length === 0 ? (
          <p>{of ? formatMessage(lang, t.meNoSavedOf, { name: of }) : t.meNoSaved}</p>
        ) : (
          <ul className="ip-list">
            {home.saved.map((item) => (
              <li key={`${item.kind}:${item.ref}`}>
                <Link to={itemPath(item.kind, item.ref)}>{item.title}</Link>
                {!readOnly && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button-secondary ip-save"
                      onClick={() => void removeItem(home.student.id, item).then(onChange)}
                    >
                      {formatMessage(lang, t.removeItem, { title: item.title })}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
