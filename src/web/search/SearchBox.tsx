/**
 * The search box in every page's header: a labelled input that opens the search page
 * (/search?q=, /es/search?q= in Spanish). Without script the form still submits there.
 */
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { pathFor, searchPath, stripLang } from '../paths.ts';
import { useLang } from '../use-lang.ts';
import { MAX_QUERY, readSearchParams } from './search-helpers.ts';

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
      action={pathFor(lang, '/search')}
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
        {t.searchSubmit}
      </button>
    </form>
  );
}
