/** The frame of every page: skip link, header with navigation and language switch, main, footer. */
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { AccountNav } from '../account/AccountNav.tsx';
import { ClientNavigationContext } from '../page-setup.ts';
import { homePath } from '../paths.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { useLang } from '../use-lang.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MainNav } from './MainNav.tsx';
import { useHeaderFit } from './use-header-fit.ts';
import { appUrl } from '../base-path.ts';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
}

export function Layout() {
  const { lang, t } = useLang();
  const location = useLocation();
  const [initialKey] = useState(location.key);
  const navigated = location.key !== initialKey;
  const innerRef = useRef<HTMLDivElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const folded = useHeaderFit(innerRef, navRef, lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.querySelector('meta[name="description"]')?.setAttribute('content', t.siteDescription);
  }, [lang, t]);

  return (
    <ClientNavigationContext.Provider value={navigated}>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t.skipToMain}
      </a>
      <header className="site-header">
        <div className="site-header__inner" ref={innerRef}>
          <Link className="site-name" to={homePath(lang)}>
            <img src={appUrl('/favicon.svg')} alt="" width="28" height="28" />
            <span>{t.siteName}</span>
          </Link>
          <MainNav ref={navRef} folded={folded} />
          <SearchBox />
          <AccountNav />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {t.footerOpenSource}{' '}
          <a className="footer-link" href={appUrl('/api/docs')}>
            {t.footerApi}
          </a>
        </p>
      </footer>
    </ClientNavigationContext.Provider>
  );
}
