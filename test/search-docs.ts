/** Search documents for the search index tests: an occupation with only what a test needs. */
import type { SearchDoc } from '../src/domain/search/search-index.ts';

/**
 * An occupation found by its id as code, with its English title and, in `fields`, a Spanish
 * title (`es`) and whatever else the test needs (other names, prior, interests, levels).
 */
export function occ(
  id: string,
  en: string,
  { es, ...fields }: Partial<Omit<SearchDoc, 'title'>> & { es?: string } = {},
): SearchDoc {
  return {
    type: 'occupation',
    id,
    codes: [id],
    title: es === undefined ? { en } : { en, es },
    ...fields,
  };
}
