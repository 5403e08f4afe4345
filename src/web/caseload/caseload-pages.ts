/**
 * The caseload list's pages in the address: which page numbers the pager offers, and the address
 * query of another page of the same list (its filters and sort kept; page 1 leaves `page` out, so
 * the first page has the one address the filter form gives).
 */

/** The page numbers to link, with null for a gap: always the first, the last and ±1 around. */
export function pageWindow(current: number, pages: number): Array<number | null> {
  if (pages <= 1) return pages === 1 ? [1] : [];
  const wanted = new Set([1, pages, current - 1, current, current + 1]);
  const numbers = [...wanted].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const [i, n] of numbers.entries()) {
    const previous = numbers[i - 1];
    // A gap of one page is shown as that page rather than as "…".
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** The address query ("?…") of `page` of the list the address shows. */
export function pageQuery(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  const text = next.toString();
  return `?${text}`;
}

/** How many pages a list of `matched` has. */
export const pageCount = (matched: number, pageSize: number): number =>
  Math.max(1, Math.ceil(matched / pageSize));
