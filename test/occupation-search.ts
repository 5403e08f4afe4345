/**
 * The set-up the occupation-search route tests share: an app on one database engine with the
 * default occupation data, the titles the API finds first for a query, and a check of many
 * [query, language, plausible, implausible] cases at once (each failure names the query and
 * what was found).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { TSearchResult } from '../src/contracts/search.ts';
import type { Runtime } from '../src/runtime.ts';
import { buildTestApp } from './app.ts';
import type { testEngines } from './databases.ts';

type Engine = ReturnType<typeof testEngines>[number];
type SearchItem = TSearchResult['groups'][number]['items'][number];
export type SearchLang = 'en' | 'es';
/** [query, language, a title among the first three that makes sense, titles that must not be there]. */
export type SearchCase = [string, SearchLang, RegExp, RegExp?];

export interface OccupationSearch {
  /** The first `limit` occupations found for `q`, as the API answers them. */
  items(q: string, lang?: SearchLang, limit?: number): Promise<SearchItem[]>;
  /** The titles of the first `limit` occupations found for `q`. */
  titles(q: string, lang?: SearchLang, limit?: number): Promise<string[]>;
  /** Every case finds a plausible title among its first three, and none of the implausible. */
  expectAll(cases: readonly SearchCase[]): Promise<void>;
}

/** Opens the engine and builds the app before the describe block's tests; closes both after. */
export function occupationSearch(engine: Engine): OccupationSearch {
  let runtime: Runtime;
  let app: FastifyInstance;
  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    app = await buildTestApp(runtime, { occupations: true });
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });
  const items = async (q: string, lang: SearchLang = 'en', limit = 3): Promise<SearchItem[]> =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/v1/search?q=${encodeURIComponent(q)}&type=occupation&lang=${lang}&limit=${limit}`,
      })
    ).json<TSearchResult>().groups[0]?.items ?? [];
  const titles = async (q: string, lang: SearchLang = 'en', limit = 3) =>
    (await items(q, lang, limit)).map((item) => item.title);
  const expectAll = (cases: readonly SearchCase[]) => expectPlausible(titles, cases);
  return { items, titles, expectAll };
}

/**
 * Every case finds a plausible title among the first ones `find` gives, and none of the
 * implausible; a failure names the query and what was found.
 */
export async function expectPlausible(
  find: (q: string, lang: SearchLang) => Promise<string[]>,
  cases: readonly SearchCase[],
): Promise<void> {
  for (const [q, lang, plausible, implausible] of cases) {
    const found = await find(q, lang);
    const seen = `${q} (${lang}): ${found.join(' | ')}`;
    expect(
      found.some((title) => plausible.test(title)),
      seen,
    ).toBe(true);
    if (implausible)
      expect(
        found.some((title) => implausible.test(title)),
        seen,
      ).toBe(false);
  }
}
