/**
 * /interest-profiler/results: the profile of the answers last finished in this browser, with the
 * clusters, pathways and occupations that fit, narrowed by job zone. Results stay in the browser;
 * a signed-in student may choose to save them, and sees their own school's programs of study.
 */
import { useCallback, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { TProfilerResults } from '../../contracts/interests.ts';
import { NOT_FOR_SCREENING } from '../../domain/interests/attribution.ts';
import { useSession } from '../account/use-session.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import { pathFor } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import './interests.css';
import { ItemAttribution } from './ItemAttribution.tsx';
import { fetchProfiler, fetchResults } from './interests-api.ts';
import { Matches } from './Matches.tsx';
import { profilerPath, resultsPath } from './ProfilerPage.tsx';
import { browserStore, loadFinished, type Finished } from './progress.ts';
import { SaveResult, SchoolPrograms } from './StudentParts.tsx';
import { ScoreChart, areaName } from './ScoreChart.tsx';
import { useSavedItems } from './use-saved-items.ts';
import { ZoneChooser } from './ZoneChooser.tsx';

export function ResultsPage() {
  const { lang, t } = useLang();
  const [finished] = useState(() => loadFinished(browserStore()));
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(finished ? null : t.resTitle, heading);
  if (!finished)
    return (
      <article className="ip-page">
        <h1 ref={heading} tabIndex={-1}>
          {t.resTitle}
        </h1>
        <p>{t.resNone}</p>
        <p>
          <Link to={profilerPath(lang)}>{t.next_take_profiler}</Link>
        </p>
      </article>
    );
  return <ResultsLoader finished={finished} />;
}

/**
 * Signed in, the results request carries the session cookie, so it needs the session's CSRF
 * token: wait for the session before asking (a page opened straight on this address).
 */
function ResultsLoader({ finished }: { finished: Finished }) {
  const session = useSession();
  if (session.loading) return <Loading />;
  return <ResultsFetch finished={finished} />;
}

function ResultsFetch({ finished }: { finished: Finished }) {
  const { lang } = useLang();
  const [params] = useSearchParams();
  const zone = Number(params.get('zone'));
  const jobZone = zone >= 1 && zone <= 5 ? zone : undefined;
  const state = useApi(
    useCallback(
      (signal: AbortSignal) =>
        fetchResults(
          { form: finished.form, answers: finished.answers, ...(jobZone ? { jobZone } : {}) },
          lang,
          signal,
        ),
      [finished, jobZone, lang],
    ),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return <ResultsView results={state.data} finished={finished} jobZone={jobZone} />;
}

function ResultsView({
  results,
  finished,
  jobZone,
}: {
  results: TProfilerResults;
  finished: Finished;
  jobZone: number | undefined;
}) {
  const { lang, t } = useLang();
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(t.resTitle, heading);
  const studentId = session.role === 'student' ? session.user!.id : null;
  const saved = useSavedItems(studentId, lang);
  const [savedAs, setSavedAs] = useState(finished.savedAs);
  const form = useApi(
    useCallback((s: AbortSignal) => fetchProfiler(finished.form, lang, s), [finished.form, lang]),
  );
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  return (
    <article className="ip-page ip-results">
      <h1 ref={heading} tabIndex={-1}>
        {t.resTitle}
      </h1>
      <p className="ip-code">
        <strong>{formatMessage(lang, t.resCode, { code: results.code })}</strong> (
        {list.format([...results.code].map((l) => areaName(t, l as 'R')))})
      </p>
      <p>{t.resCodeHint}</p>
      {results.tied.length > 0 && (
        <p>
          {formatMessage(lang, t.resTied, {
            areas: list.format(results.tied.map((l) => areaName(t, l))),
          })}
        </p>
      )}
      {results.flat && <p className="notice">{t.resFlat}</p>}
      <ScoreChart scores={results.scores} max={results.max} id="ip-scores" />
      <ZoneChooser jobZone={jobZone} />
      <Matches results={results} saved={saved} />
      {studentId && (
        <SchoolPrograms
          studentId={studentId}
          pathways={results.pathways.slice(0, 5).map((p) => p.code)}
          saved={saved}
        />
      )}
      <section aria-labelledby="ip-keep" className="ip-section ip-keep">
        <h2 id="ip-keep" className="visually-hidden">
          {t.resSave}
        </h2>
        {studentId ? (
          <SaveResult
            studentId={studentId}
            finished={{ ...finished, savedAs }}
            onSaved={setSavedAs}
          />
        ) : (
          <>
            <p>{t.resBrowserOnly}</p>
            <p>
              <Link
                to={`${pathFor(lang, '/sign-in')}?next=${encodeURIComponent(resultsPath(lang))}`}
              >
                {t.resSignInToSave}
              </Link>
            </p>
          </>
        )}
        <p>
          <Link to={profilerPath(lang)}>{t.resRetake}</Link>
        </p>
      </section>
      <p className="ip-screening">{NOT_FOR_SCREENING[lang]}</p>
      {form.status === 'ok' && <ItemAttribution attribution={form.data.attribution} />}
    </article>
  );
}
