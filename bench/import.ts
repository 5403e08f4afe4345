/**
 * Import benchmark: the full shared O*NET 27.0 text files (occupations, job zones, interests,
 * related occupations: ~28,000 rows) into a fresh embedded database. Reports rows/s and the ratio
 * of the import to only reading and parsing the same files in the same run (target <= 3), plus a
 * second, unchanged re-import.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadPlan, type LoadPlanOptions } from '../src/importers/load-plan.ts';
import { createRuntime, type Runtime } from '../src/runtime.ts';
import { runImport } from '../src/services/occupations/run-import.ts';

export const SHARED_DATA = path.resolve(import.meta.dirname, '../../shared/data');

export interface ImportBenchResult {
  rows: number;
  parseMs: number;
  importMs: number;
  reimportMs: number;
  rowsPerSecond: number;
  ratio: number;
}

/** A seeded in-memory runtime with everything imported, for other benchmarks. */
export async function importAll(runtime: Runtime): Promise<void> {
  const options = (kind: LoadPlanOptions['kind'], file: string): LoadPlanOptions => ({
    kind,
    path: path.join(SHARED_DATA, file),
    frameworkId: 'nccf-16',
    pathways: () => runtime.occupations.pathwayNames('nccf-16'),
  });
  for (const [kind, file] of [
    ['onet', 'onet-27.0'],
    ['clusters', 'onet-career-clusters-16/All_Career_Clusters.csv'],
    ['cip', 'nces-cip-2020/CIPCode2020.csv'],
    ['cip-soc', 'nces-cip-2020/CIP2020_SOC2018_Crosswalk.csv'],
    ['wages', 'bls-oews-may2024-national/national_M2024_dl.tsv'],
    ['projections', 'bls-employment-projections-2022-2032/Employment Projections.csv'],
  ] as const) {
    await runImport(runtime.occupations.imports, await loadPlan(options(kind, file)));
  }
}

const ROUNDS = 3;

/**
 * Parse and import are each timed as the best of ROUNDS: parse alone, and a first import (parse
 * included) into a fresh seeded database each round, so both sides are measured the same way
 * and the embedded database's first-use warm-up is not counted against the import alone.
 */
export async function benchImport(): Promise<ImportBenchResult> {
  const options: LoadPlanOptions = {
    kind: 'onet',
    path: path.join(SHARED_DATA, 'onet-27.0'),
    frameworkId: 'nccf-16',
    pathways: async () => [],
  };
  let parseMs = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    await loadPlan(options);
    parseMs = Math.min(parseMs, performance.now() - start);
  }
  let importMs = Infinity;
  let reimportMs = Infinity;
  let rows = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const runtime = await createRuntime({ memory: true });
    try {
      await runtime.migrate();
      await runtime.seed();
      let start = performance.now();
      const summary = await runImport(runtime.occupations.imports, await loadPlan(options));
      importMs = Math.min(importMs, performance.now() - start);
      rows = summary.rowsRead;
      start = performance.now();
      const again = await runImport(runtime.occupations.imports, await loadPlan(options));
      reimportMs = Math.min(reimportMs, performance.now() - start);
      if (again.inserted + again.updated !== 0) throw new Error('a re-import changed rows');
    } finally {
      await runtime.close();
    }
  }
  return {
    rows,
    parseMs,
    importMs,
    reimportMs,
    rowsPerSecond: rows / (importMs / 1000),
    ratio: importMs / parseMs,
  };
}

export function printImport(r: ImportBenchResult): void {
  console.log('\nImport: O*NET 27.0 text files into embedded PGlite');
  console.log(`  rows                 ${r.rows}`);
  console.log(`  parse only           ${r.parseMs.toFixed(0)} ms  (best of ${ROUNDS})`);
  console.log(
    `  import (first)       ${r.importMs.toFixed(0)} ms  (${Math.round(r.rowsPerSecond).toLocaleString('en-US')} rows/s; best of ${ROUNDS}, fresh database each)`,
  );
  console.log(`  re-import (no change) ${r.reimportMs.toFixed(0)} ms`);
  console.log(`  ratio import/parse   ${r.ratio.toFixed(2)}  (target <= 3)`);
}
