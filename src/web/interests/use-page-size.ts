/** Items per survey page: one screenful — one item on a phone, six on a wider screen. */
import { useEffect, useState } from 'react';

const WIDE = '(min-width: 48em) and (min-height: 40em)';

export function usePageSize(): number {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(WIDE) : null;
  const [wide, setWide] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const update = () => setWide(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [query]);
  return wide ? 6 : 1;
}
