/**
 * Whether the header's main navigation must fold into its "Menu" button so that, from 1024 px up,
 * the header stays on one line with a usable search box.
 *
 * No fixed breakpoint can know this: the room taken depends on the language, on who is signed in
 * (a name, a "My home" link) and on the fonts. So the header measures itself: the links fold when
 * the search box would get less than `MIN_SEARCH` pixels, and unfold when their full width (noted
 * while they were shown) fits again. It re-measures when the window, the fonts or the header's
 * contents change (signing in re-renders the account corner). Under 1024 px the header may wrap, so
 * the links stay as they are.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** The narrowest search box still worth typing in, in CSS pixels. */
export const MIN_SEARCH = 80;
/** The laptop layout's breakpoint (64rem), where the header stops wrapping. */
const ONE_LINE = '(min-width: 64rem)';
/** Room to spare before unfolding, so the header does not flip back and forth at one width. */
const HYSTERESIS = 12;

/** Free room on the header's line: space left over plus what the search box can still give. */
function slack(inner: HTMLElement): number | undefined {
  const input = inner.querySelector<HTMLElement>('.site-search__input');
  if (!input) return undefined;
  const style = getComputedStyle(inner);
  const gap = parseFloat(style.columnGap) || 0;
  const content =
    inner.clientWidth -
    (parseFloat(style.paddingLeft) || 0) -
    (parseFloat(style.paddingRight) || 0);
  const items = [...inner.children].filter((e) => e.getClientRects().length > 0);
  const used =
    items.reduce((sum, e) => sum + e.getBoundingClientRect().width, 0) +
    gap * Math.max(0, items.length - 1);
  return content - used + (input.getBoundingClientRect().width - MIN_SEARCH);
}

/** `labels` names the links' texts (the language): when it changes, their width is measured anew. */
export function useHeaderFit(
  innerRef: RefObject<HTMLElement | null>,
  navRef: RefObject<HTMLElement | null>,
  labels: string,
): boolean {
  const [folded, setFolded] = useState(false);
  const fullWidth = useRef(0);
  const measuredFor = useRef(labels);

  useLayoutEffect(() => {
    const inner = innerRef.current;
    const nav = navRef.current;
    if (!inner || !nav || typeof window.matchMedia !== 'function') return;
    if (measuredFor.current !== labels) {
      measuredFor.current = labels;
      fullWidth.current = 0;
    }
    const wide = window.matchMedia(ONE_LINE);
    const check = () => {
      if (!wide.matches) {
        if (folded) setFolded(false);
        return;
      }
      // A header that is not laid out (print hides it) has nothing to measure: measuring zeros
      // would fold, then unfold to measure, forever.
      if (inner.clientWidth === 0 || inner.getClientRects().length === 0) return;
      const room = slack(inner);
      if (room === undefined) return;
      const navWidth = nav.getBoundingClientRect().width;
      if (!folded) {
        fullWidth.current = navWidth;
        if (room < 0) setFolded(true);
      } else if (fullWidth.current === 0 || fullWidth.current - navWidth <= room - HYSTERESIS) {
        // Unknown width (new labels): unfold to measure; this runs before the page is painted.
        setFolded(false);
      }
    };
    check();
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(check);
    };
    const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(later);
    resized?.observe(inner);
    const changed = new MutationObserver(later);
    changed.observe(inner, { childList: true, subtree: true, characterData: true });
    wide.addEventListener('change', later);
    void document.fonts?.ready.then(later);
    return () => {
      cancelAnimationFrame(frame);
      resized?.disconnect();
      changed.disconnect();
      wide.removeEventListener('change', later);
    };
  }, [innerRef, navRef, folded, labels]);

  return folded;
}
