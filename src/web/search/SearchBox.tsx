/**
 * The search box in every page's header: a labelled input that opens the search page
 * (/search?q=, /es/search?q= in Spanish). Without script the form still submits there.
 */
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { pathFor, searchPath, stripLang } from '../paths.ts';
import { useLang } from '../use-lang.ts';
import { MAX_QUERY, readSearchParams } from './search-helpers.ts';
import { appUrl } from '../base-path.ts';

export function SearchBox() {
  const { pathname, search } = useLocation();
  // On the search page the box shows the words searched; a new search re-creates it.
  const current =
    stripLang(pathname) === '/search' ? readSearchParams(new URLSearchParams(search)).q : '';
  return <SearchBoxForm key={current} initial={current} />;
}

function SearchBoxForm({ initial }: { initial: string }) {
  const { lang, t } = useLang();
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate(searchPath(lang, q));
  }

  return (
    <form
      className="site-search"
      role="search"
      aria-label={t.searchLabel}
      action={appUrl(pathFor(lang, '/search'))}
      method="get"
      onSubmit={submit}
    >
      <label className="visually-hidden" htmlFor="site-search-q">
        {t.searchLabel}
      </label>
      <input
        id="site-search-q"
        className="site-search__input"
        type="search"
        name="q"
        value={q}
        maxLength={MAX_QUERY}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(event) => setQ(event.target.value)}
      />
      <button type="submit" className="site-search__button">
        {/* A magnifier on a laptop, where the header must stay on one line; the word on a phone. */}
        <svg
          className="site-search__icon"
          aria-hidden="true"
          focusable="false"
          width="18"
          height="18"
          viewBox="0 0 24 24"
        >
          <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path d="M15 15l6 6" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
        <span className="site-search__label">{t.searchSubmit}</span>
      </button>
    </form>
  );
}
