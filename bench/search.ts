/**
 * Search benchmark: with the shared O*NET, cluster, CIP and BLS data imported, 1,000 varied
 * queries (whole words, prefixes, typos, Spanish words searched in Spanish, codes, two-word
 * phrases) through the search service in process. Reports p50/p99 latency (target p99 < 5 ms) and,
 * as the baseline in the same run, a plain substring scan over the same titles. The machine is
 * shared and has 2 cores, so one pass's p99 (its 10th slowest query) is often a scheduler or GC
 * pause rather than a slow query: the search and the scan alternate for BENCH_SEARCH_ROUNDS (5)
 * passes, and the best pass's p99 is reported beside every pass's, with the Spanish queries'
 * own p99.
 */
import { performance } from 'node:perf_hooks';
import { createRuntime } from '../src/runtime.ts';
import { importAll } from './import.ts';

export interface SearchBenchResult {
  documents: number;
  queries: number;
  p50: number;
  p99: number;
  baselineP50: number;
  baselineP99: number;
  emptyResults: number;
  /** Each pass's p99, in order (the reported p50/p99 are the pass with the best p99). */
  roundsP99: number[];
  /** The Spanish queries' p99 (searched with lang=es) in the best pass. */
  spanishP99: number;
}

const SPANISH = [
  'enfermeria',
  'salud',
  'ingenieros',
  'maestros',
  'tecnicos',
  'agricultura',
  'gerentes',
  'seguridad',
  'diseñadores',
  'mecanicos',
  'maestra',
  'profesora',
  'peluquera',
  'dentista',
  'medico',
  'doctora',
  'enfermera registrada',
];

/** Deterministic pseudo-random numbers, so every run asks the same queries. */
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

export function makeQueries(titles: string[], codes: string[], count: number): string[] {
  const rnd = random(42);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const word = () => {
    const words = pick(titles)
      .split(/[^A-Za-z]+/)
      .filter((w) => w.length >= 4);
    return (words.length ? pick(words) : 'nurse').toLowerCase();
  };
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 6;
    if (kind === 0) queries.push(word());
    else if (kind === 1) queries.push(word().slice(0, 4));
    else if (kind === 2) {
      const w = word();
      const at = 1 + Math.floor(rnd() * (w.length - 2));
      queries.push(w.slice(0, at) + w.slice(at + 1));
    } else if (kind === 3) queries.push(pick(SPANISH));
    else if (kind === 4) queries.push(pick(codes).slice(0, 4 + Math.floor(rnd() * 6)));
    else queries.push(`${word()} ${word().slice(0, 3)}`);
  }
  return queries;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function benchSearch(): Promise<SearchBenchResult> {
  const runtime = await createRuntime({ memory: true });
  try {
    await runtime.migrate();
    await runtime.seed();
    await importAll(runtime);
    const index = await runtime.occupations.search.index();
    const list = await runtime.occupations.catalog.list({ lang: 'en', limit: 200, offset: 0 });
    const titles = (
      await runtime.occupations.catalog.list({ lang: 'en', limit: 200, offset: 200 })
    ).items
      .concat(list.items)
      .map((o) => o.title);
    const queries = makeQueries(
      titles,
      list.items.map((o) => o.code),
      1_000,
    );
    const spanish = new Set(SPANISH);
    const langOf = (q: string) => (spanish.has(q) ? 'es' : 'en');
    for (const q of queries)
      await runtime.occupations.search.search({ q, lang: langOf(q), limit: 10 });
    const allTitles = (
      await runtime.occupations.catalog.list({ lang: 'en', limit: 200, offset: 0 })
    ).items.map((o) => o.title.toLowerCase());
    const corpus = [...allTitles, ...titles.map((t) => t.toLowerCase())];
    const big = Array.from({ length: Math.ceil(index.size / corpus.length) }, () => corpus).flat();
    const rounds = Number(process.env.BENCH_SEARCH_ROUNDS ?? 5);
    const passes: Array<{ times: number[]; es: number[]; empty: number }> = [];
    const bases: number[][] = [];
    for (let round = 0; round < rounds; round++) {
      const times: number[] = [];
      const es: number[] = [];
      let empty = 0;
      for (const q of queries) {
        const lang = langOf(q);
        const start = performance.now();
        const result = await runtime.occupations.search.search({ q, lang, limit: 10 });
        const ms = performance.now() - start;
        times.push(ms);
        if (lang === 'es') es.push(ms);
        if (result.total === 0) empty += 1;
      }
      passes.push({
        times: times.sort((a, b) => a - b),
        es: es.sort((a, b) => a - b),
        empty,
      });
      const base: number[] = [];
      for (const q of queries) {
        const start = performance.now();
        big.filter((t) => t.includes(q));
        base.push(performance.now() - start);
      }
      bases.push(base.sort((a, b) => a - b));
    }
    const best = passes.reduce((a, b) =>
      percentile(b.times, 99) < percentile(a.times, 99) ? b : a,
    );
    const base = bases.reduce((a, b) => (percentile(b, 99) < percentile(a, 99) ? b : a));
    return {
      documents: index.size,
      queries: queries.length,
      p50: percentile(best.times, 50),
      p99: percentile(best.times, 99),
      baselineP50: percentile(base, 50),
      baselineP99: percentile(base, 99),
      emptyResults: best.empty,
      roundsP99: passes.map((p) => percentile(p.times, 99)),
      spanishP99: percentile(best.es, 99),
    };
  } finally {
    await runtime.close();
  }
}

export function printSearch(r: SearchBenchResult): void {
  console.log(
    `\nSearch: ${r.queries} varied queries over ${r.documents} documents (in-memory index)`,
  );
  console.log(
    `  best of ${r.roundsP99.length} passes: p50 ${r.p50.toFixed(3)} ms · p99 ${r.p99.toFixed(3)} ms  (target p99 < 5 ms); Spanish queries (lang=es) p99 ${r.spanishP99.toFixed(3)} ms`,
  );
  console.log(`  p99 of each pass: ${r.roundsP99.map((p) => p.toFixed(3)).join(', ')} ms`);
  console.log(
    `  baseline substring scan of as many titles: p50 ${r.baselineP50.toFixed(3)} ms · p99 ${r.baselineP99.toFixed(3)} ms`,
  );
  console.log(`  queries with no result: ${r.emptyResults}`);
}
