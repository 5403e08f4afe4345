/**
 * Search results (/search?q=&type=): one section per type of result with its count, links to
 * the pages of clusters, pathways, occupations, programs, courses, credentials and CIP fields of
 * study, a type filter, and a summary that screen readers hear when the results arrive.
 */
import { errorText } from '../error-text.ts';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { TSearchItem, TSearchResult, TSearchType } from '../../contracts/search.ts';
import { formatMessage } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import { pathFor, searchPath } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { fetchSearch } from './search-api.ts';
import {
  MAX_QUERY,
  SEARCH_TYPE_ORDER,
  isSearchType,
  readSearchParams,
  resultPath,
  searchTypeLabel,
} from './search-helpers.ts';
import { appUrl } from '../base-path.ts';

/** Results per type: a few of each when searching everything, more for one type. */
const LIMIT_ALL = 10;
const LIMIT_ONE = 50;

export function SearchPage() {
  const [params] = useSearchParams();
  const { q, type } = readSearchParams(params);
  return <SearchView q={q} type={type} />;
}

function SearchView({ q, type }: { q: string; type: TSearchType | null }) {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = q === '' ? t.searchTitle : formatMessage(lang, t.searchTitleFor, { q });
  usePageSetup(title, heading);
  const state = useApi(
    useCallback(
      (signal: AbortSignal): Promise<TSearchResult | null> =>
        q === ''
          ? Promise.resolve(null)
          : fetchSearch(q, type, lang, type ? LIMIT_ONE : LIMIT_ALL, signal),
      [q, type, lang],
    ),
  );

  let summary = '';
  if (q !== '' && state.status === 'loading') summary = t.loading;
  if (state.status === 'ok' && state.data) {
    const { total } = state.data;
    summary =
      total === 0
        ? formatMessage(lang, t.searchNoResults, { q })
        : formatMessage(lang, t.searchResults, { count: total, q });
  }

  return (
    <div className="search-page">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {/* A new search re-creates the form, so it shows what was searched. */}
      <SearchForm key={`${q}\n${type ?? ''}`} q={q} type={type} />
      <p className="search-summary" role="status" aria-live="polite">
        {summary}
      </p>
      {q === '' && <p>{t.searchEmpty}</p>}
      {state.status === 'error' && (
        <div className="error-notice" role="alert">
          <p>{errorText(t, state.error)}</p>
        </div>
      )}
      {state.status === 'ok' && state.data && state.data.total === 0 && (
        <p className="search-none">{t.searchNoResultsHint}</p>
      )}
      {state.status === 'ok' && state.data && state.data.total > 0 && (
        <SearchGroups result={state.data} q={q} filtered={type !== null} />
      )}
    </div>
  );
}

function SearchForm({ q, type }: { q: string; type: TSearchType | null }) {
  const { lang, t } = useLang();
  const navigate = useNavigate();
  const [words, setWords] = useState(q);
  const [kind, setKind] = useState<string>(type ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate(searchPath(lang, words, isSearchType(kind) ? kind : ''));
  }

  return (
    <form
      className="search-form"
      role="search"
      aria-label={t.searchPageLabel}
      action={appUrl(pathFor(lang, '/search'))}
      method="get"
      onSubmit={submit}
    >
      <div className="search-form__field search-form__field--q">
        <label htmlFor="search-page-q">{t.searchLabel}</label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          value={words}
          maxLength={MAX_QUERY}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => setWords(event.target.value)}
        />
      </div>
      <div className="search-form__field">
        <label htmlFor="search-page-type">{t.searchTypeLabel}</label>
        <select
          id="search-page-type"
          name="type"
          value={kind}
          onChange={(event) => setKind(event.target.value)}
        >
          <option value="">{t.searchTypeAll}</option>
          {SEARCH_TYPE_ORDER.map((option) => (
            <option key={option} value={option}>
              {searchTypeLabel(t, option)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t.searchSubmit}</button>
    </form>
  );
}

function SearchGroups({
  result,
  q,
  filtered,
}: {
  result: TSearchResult;
  q: string;
  filtered: boolean;
}) {
  const { lang, t } = useLang();
  // Names shown in English on a Spanish page are marked (lang="en") and said once.
  const english = result.groups.some((group) =>
    group.items.some(
      (item) =>
        item.titleLang !== lang ||
        (item.subtitleLang !== null && item.subtitleLang !== lang) ||
        (item.alsoCalled !== null && lang !== 'en'),
    ),
  );
  return (
    <div className="search-groups">
      {english && <p className="untranslated-note">{t.searchUntranslatedNote}</p>}
      {result.groups
        .filter((group) => group.items.length > 0)
        .map((group) => {
          const label = searchTypeLabel(t, group.type);
          const id = `results-${group.type}`;
          return (
            <section key={group.type} className="search-group" aria-labelledby={id}>
              <h2 id={id}>
                {label} <span className="search-group__count">({group.total})</span>
              </h2>
              <ul className="search-results">
                {group.items.map((item) => (
                  <SearchResultItem key={`${item.type}:${item.id}`} item={item} />
                ))}
              </ul>
              {group.total > group.items.length && (
                <p className="search-group__more">
                  {formatMessage(lang, t.searchShowing, {
                    shown: group.items.length,
                    total: group.total,
                  })}
                  {!filtered && (
                    <>
                      {' · '}
                      <Link to={searchPath(lang, q, group.type)}>
                        {formatMessage(lang, t.searchAllOfType, { type: label })}
                      </Link>
                    </>
                  )}
                </p>
              )}
            </section>
          );
        })}
    </div>
  );
}

function SearchResultItem({ item }: { item: TSearchItem }) {
  const { lang, t } = useLang();
  return (
    <li className={`search-result search-result--${item.type}`}>
      <span className="search-result__title">
        <Link
          to={resultPath(lang, item)}
          lang={item.titleLang !== lang ? item.titleLang : undefined}
        >
          {item.title}
        </Link>
      </span>
      {item.alsoCalled && (
        <span className="search-result__also">
          {t.searchAlsoCalled} {/* O*NET's other names are English. */}
          <span lang={lang === 'en' ? undefined : 'en'}>{item.alsoCalled}</span>
        </span>
      )}
      {(item.code || item.subtitle) && (
        <span className="search-result__meta">
          {item.code && <span className="search-result__code">{item.code}</span>}
          {item.subtitle && (
            <span lang={item.subtitleLang !== lang ? (item.subtitleLang ?? undefined) : undefined}>
              {item.subtitle}
            </span>
          )}
        </span>
      )}
    </li>
  );
}
