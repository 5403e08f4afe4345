/**
 * The header's main navigation. When the header has no room for its links on one line (see
 * `useHeaderFit`), they fold behind a "Menu" disclosure button: Enter or Space opens the list
 * below it, Escape or a click elsewhere closes it and focus returns to the button, following a
 * link closes it.
 */
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { homePath, pathFor, programsPath } from '../paths.ts';
import { useLang } from '../use-lang.ts';

export function MainNav({ folded, ref }: { folded: boolean; ref: Ref<HTMLElement> }) {
  const { lang, t } = useLang();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const shown = folded && open && openedAt === pathname;
  const close = () => setOpen(false);

  useEffect(() => {
    if (!shown) return;
    const dismiss = (event: Event) => {
      const nav = toggle.current?.closest('nav');
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        setOpen(false);
        toggle.current?.focus();
      } else if (nav && !nav.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', dismiss);
    document.addEventListener('pointerdown', dismiss);
    return () => {
      document.removeEventListener('keydown', dismiss);
      document.removeEventListener('pointerdown', dismiss);
    };
  }, [shown]);

  const classes = ['site-nav', folded && 'site-nav--folded', shown && 'site-nav--open'];
  return (
    <nav ref={ref} className={classes.filter(Boolean).join(' ')} aria-label={t.mainNavLabel}>
      {folded && (
        <button
          ref={toggle}
          type="button"
          className="site-nav__toggle"
          aria-expanded={shown}
          aria-controls={listId}
          onClick={() => {
            setOpen(!shown);
            setOpenedAt(pathname);
          }}
        >
          {t.navMenu}
          <span className="site-nav__caret" aria-hidden="true" />
        </button>
      )}
      <ul id={listId}>
        <li>
          <Link to={homePath(lang)} onClick={close}>
            {t.navClusters}
          </Link>
        </li>
        <li>
          <Link to={programsPath(lang)} onClick={close}>
            {t.navPrograms}
          </Link>
        </li>
        <li>
          <Link to={pathFor(lang, '/interest-profiler')} onClick={close}>
            {t.navInterests}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
