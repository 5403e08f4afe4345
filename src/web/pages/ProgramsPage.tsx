/**
 * All programs of study, filtered by cluster, pathway and words in the title. The filters live in
 * the address (?cluster=&pathway=&q=), so a filtered list can be shared and the back button works.
 */
import { errorText } from '../error-text.ts';
import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import type { TPathwaySummary } from '../../contracts/framework.ts';
import { fetchPathways } from '../api.ts';
import { ProgramList } from '../components/ProgramList.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { useEducator } from '../editor/use-educator.ts';
import { formatMessage } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import { isClusterCode, isPathwayCode, newProgramPath } from '../paths.ts';
import { fetchPrograms, type ProgramFilters } from '../program-api.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';

function filtersOf(search: URLSearchParams): ProgramFilters {
  const cluster = search.get('cluster') ?? undefined;
  const pathway = search.get('pathway') ?? undefined;
  const q = search.get('q')?.trim().slice(0, 200) || undefined;
  return {
    cluster: isClusterCode(cluster) ? cluster : undefined,
    pathway: isPathwayCode(pathway) ? pathway : undefined,
    q,
  };
}

export function ProgramsPage() {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const [search, setSearch] = useSearchParams();
  const { cluster, pathway, q } = filtersOf(search);
  const educator = useEducator();
  const pathways = useApi(
    useCallback((signal: AbortSignal) => fetchPathways(lang, signal), [lang]),
  );
  const programs = useApi(
    useCallback(
      (signal: AbortSignal) => fetchPrograms({ cluster, pathway, q }, lang, signal),
      [cluster, pathway, q, lang],
    ),
  );
  // Focus goes to the heading on arrival, not when the filters change the address: then it stays
  // on the form, and the result count (a live region) says what changed.
  const { key } = useLocation();
  const [arrivalKey] = useState(key);
  const arrived = key === arrivalKey;
  const focusTarget = useMemo(
    () => ({
      get current() {
        return arrived ? heading.current : null;
      },
    }),
    [arrived],
  );
  usePageSetup(pathways.status === 'loading' ? null : t.programsTitle, focusTarget);

  if (pathways.status === 'loading') return <Loading />;
  if (pathways.status === 'error') return <ErrorNotice error={pathways.error} />;
  const apply = (filters: ProgramFilters) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) next.set(key, value);
    setSearch(next);
  };
  return (
    <div className="programs-page">
      <h1 ref={heading} tabIndex={-1}>
        {t.programsTitle}
      </h1>
      <p className="lead">{t.programsIntro}</p>
      {educator.mayEdit && (
        <p>
          <Link className="button-link" to={newProgramPath(lang)}>
            {t.newProgram}
          </Link>
        </p>
      )}
      <ProgramFiltersForm
        source={search.toString()}
        pathways={pathways.data.items}
        initial={{ cluster, pathway, q }}
        onApply={apply}
      />
      <section aria-labelledby="programs-results" className="programs-results">
        <h2 id="programs-results" className="visually-hidden">
          {t.programsTitle}
        </h2>
        {programs.status === 'loading' && <Loading />}
        {programs.status === 'error' && <p className="status">{errorText(t, programs.error)}</p>}
        <p className="programs-count" role="status">
          {programs.status === 'ok' &&
            (programs.data.total === 0
              ? t.programsNone
              : formatMessage(lang, t.programsCount, { count: programs.data.total }))}
        </p>
        {programs.status === 'ok' && <ProgramList programs={programs.data.items} />}
      </section>
    </div>
  );
}

function ProgramFiltersForm({
  pathways,
  source,
  initial,
  onApply,
}: {
  pathways: TPathwaySummary[];
  /** The address's query; when it changes (back button, links) the fields follow it. */
  source: string;
  initial: ProgramFilters;
  onApply: (filters: ProgramFilters) => void;
}) {
  const { t } = useLang();
  const [cluster, setCluster] = useState(initial.cluster ?? '');
  const [pathway, setPathway] = useState(initial.pathway ?? '');
  const [q, setQ] = useState(initial.q ?? '');
  const [shownSource, setShownSource] = useState(source);
  if (source !== shownSource) {
    setShownSource(source);
    setCluster(initial.cluster ?? '');
    setPathway(initial.pathway ?? '');
    setQ(initial.q ?? '');
  }
  const clusters = [...new Map(pathways.map((p) => [p.cluster.code, p.cluster])).values()].sort(
    (a, b) => a.code.localeCompare(b.code),
  );
  const shown = pathways.filter((p) => cluster === '' || p.cluster.code === cluster);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      cluster: cluster || undefined,
      pathway: pathway || undefined,
      q: q.trim() || undefined,
    });
  };
  return (
    <form className="filters" role="search" aria-label={t.filtersLabel} onSubmit={submit}>
      <div className="field">
        <label htmlFor="filter-cluster">{t.filterCluster}</label>
        <select
          id="filter-cluster"
          value={cluster}
          onChange={(event) => {
            setCluster(event.target.value);
            setPathway('');
          }}
        >
          <option value="">{t.filterAllClusters}</option>
          {clusters.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} {c.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-pathway">{t.filterPathway}</label>
        <select id="filter-pathway" value={pathway} onChange={(e) => setPathway(e.target.value)}>
          <option value="">{t.filterAllPathways}</option>
          {shown.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} {p.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-q">{t.filterText}</label>
        <input
          id="filter-q"
          type="search"
          value={q}
          maxLength={200}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <div className="filters__buttons">
        <button type="submit">{t.filterApply}</button>
        <button type="button" className="button-secondary" onClick={() => onApply({})}>
          {t.filterClear}
        </button>
      </div>
    </form>
  );
}
