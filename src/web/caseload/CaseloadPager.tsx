/**
 * The caseload list's pages: a navigation landmark of links (Previous, numbers, Next), the
 * current page marked with aria-current, each a plain link to the list's address with another
 * page, so it works by keyboard, opens in a new tab and comes back with Back.
 */
import { Link, useSearchParams } from 'react-router-dom';
import type { TCaseload } from '../../contracts/caseload.ts';
import { formatMessage } from '../i18n.ts';
import { pageCount, pageQuery, pageWindow } from './caseload-pages.ts';
import { useCaseloadText } from './i18n-caseload.ts';

/** Marks a move made with the pager: the list then puts the focus on its summary (at the top). */
export const PAGER_STATE = { pager: true } as const;

export const cameByPager = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'pager' in state;

export function CaseloadPager({ data }: { data: TCaseload }) {
  const { lang, c } = useCaseloadText();
  const [params] = useSearchParams();
  const pages = pageCount(data.matched, data.pageSize);
  if (pages <= 1 && data.page <= 1) return null;
  const current = data.page;
  const to = (page: number) => pageQuery(params, page);
  return (
    <nav className="caseload-pager" aria-label={c.pages}>
      <ul>
        {current > 1 ? (
          <li>
            <Link to={to(Math.min(current - 1, pages))} rel="prev" state={PAGER_STATE}>
              {c.previousPage}
            </Link>
          </li>
        ) : null}
        {pageWindow(Math.min(current, pages), pages).map((page, i) =>
          page === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="caseload-pager__gap">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                to={to(page)}
                state={PAGER_STATE}
                aria-current={page === current ? 'page' : undefined}
                aria-label={formatMessage(lang, c.pageN, { page })}
              >
                {page}
              </Link>
            </li>
          ),
        )}
        {current < pages ? (
          <li>
            <Link to={to(current + 1)} rel="next" state={PAGER_STATE}>
              {c.nextPage}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
