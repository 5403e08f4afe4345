/**
 * What every page does once its content is ready: set the document title, and after a
 * navigation inside the app (not on the first load) move focus to the page's main heading, so
 * keyboard and screen-reader users start reading at the new content.
 */
import { createContext, useContext, useEffect, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/** True once the user has moved to another page inside the app (provided by Layout). */
export const ClientNavigationContext = createContext(false);

export const SITE_NAME = 'Wayfinder';

export function documentTitle(pageTitle: string): string {
  return pageTitle === SITE_NAME ? SITE_NAME : `${pageTitle} · ${SITE_NAME}`;
}

/** `title` null means the page is still loading. */
export function usePageSetup(
  title: string | null,
  heading: RefObject<HTMLHeadingElement | null>,
): void {
  const navigated = useContext(ClientNavigationContext);
  const { key } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    if (title === null) return;
    document.title = documentTitle(title);
    if (!navigated) return;
    if (navigationType === 'PUSH') window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [title, navigated, key, navigationType, heading]);
}
