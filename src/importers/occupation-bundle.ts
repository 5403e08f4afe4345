/**
 * The occupation data Wayfinder ships (src/data/occupations/public-data.json.gz): every O*NET
 * occupation with its job zone, interests, related occupations and alternate titles, the O*NET
 * cluster crosswalk, NCES CIP titles and CIP–SOC links, BLS wages and projections. Built by
 * `npm run data:build` from the public files, through the same importers an admin runs, so each
 * part keeps its publisher's source and a later import of a newer release replaces it by source.
 * Pure given the files: the same files give the same bytes.
 */
import path from 'node:path';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { FrameworkData } from '../domain/framework.ts';
import { namedPathways } from '../domain/occupation/framework-names.ts';
import type { DataSourceInfo, ImportData } from '../domain/occupation/import-records.ts';
import type { ImportKind } from './import-plan.ts';
import { loadPlan } from './load-plan.ts';
import { formatIssue } from './tabular.ts';

export const BUNDLE_FORMAT = 1;

export interface BundlePart {
  kind: ImportKind;
  source: DataSourceInfo;
  /** The publisher's files it was built from, relative to the public data folder. */
  files: string[];
  data: ImportData;
}

export interface OccupationBundle {
  format: typeof BUNDLE_FORMAT;
  /** In the order they are written: occupations first. */
  parts: BundlePart[];
}

/** The public files read, relative to the data folder (../shared/data in development). */
export const BUNDLE_FILES: [ImportKind, string][] = [
  ['onet', 'onet-27.0'],
  ['clusters', 'onet-career-clusters-16/All_Career_Clusters.csv'],
  ['cip', 'nces-cip-2020/CIPCode2020.csv'],
  ['cip-soc', 'nces-cip-2020/CIP2020_SOC2018_Crosswalk.csv'],
  ['wages', 'bls-oews-may2024-national/national_M2024_dl.tsv'],
  ['projections', 'bls-employment-projections-2022-2032/Employment Projections.csv'],
];

/** What Wayfinder changes in the O*NET data it ships, said with O*NET's attribution. */
export const ONET_CHANGES =
  'Wayfinder changes: it adds Spanish titles and descriptions written by its contributors for some occupations and links occupations to the 79 pathways of the 16/79 framework where O*NET lists none; O*NET’s English titles, descriptions and scores are shown as published.';

export async function buildOccupationBundle(
  dataDir: string,
  framework: FrameworkData,
): Promise<OccupationBundle> {
  const pathways = async () => namedPathways(framework);
  const parts: BundlePart[] = [];
  for (const [kind, file] of BUNDLE_FILES) {
    const plan = await loadPlan({
      kind,
      path: path.join(dataDir, file),
      frameworkId: framework.id,
      pathways,
    });
    if (plan.issues.length > 0)
      throw new Error(
        `${file} has problems:\n${plan.issues.slice(0, 5).map(formatIssue).join('\n')}`,
      );
    parts.push({
      kind,
      source: plan.source,
      files: plan.files.map((f) => path.relative(dataDir, f).split(path.sep).join('/')),
      data: plan.data,
    });
  }
  return trim(parts);
}

/**
 * Keeps only what an occupation page can show: labor-market and CIP–SOC rows of O*NET's SOC
 * codes, and the labor-market rows of their broad codes, which pages and search fall back to
 * where BLS counts only the broad code ("Home Health and Personal Care Aides", 31-1120).
 */
function trim(parts: BundlePart[]): OccupationBundle {
  const onet = parts.find((p) => p.kind === 'onet')!;
  onet.source = { ...onet.source, attribution: `${onet.source.attribution} ${ONET_CHANGES}` };
  const codes = new Set((onet.data.occupations ?? []).map((o) => o.code));
  const socs = new Set([...codes].map((code) => code.slice(0, 7)));
  const broad = new Set([...socs].map((soc) => `${soc.slice(0, 6)}0`));
  const labor = (soc: string) => socs.has(soc) || broad.has(soc);
  for (const part of parts) {
    const d = part.data;
    if (d.occupationStubs) d.occupationStubs = d.occupationStubs.filter((s) => !codes.has(s.code));
    if (d.wages) d.wages = d.wages.filter((w) => labor(w.socCode));
    if (d.projections) d.projections = d.projections.filter((p) => labor(p.socCode));
    if (d.cipSoc) d.cipSoc = d.cipSoc.filter((c) => socs.has(c.socCode));
  }
  return { format: BUNDLE_FORMAT, parts };
}

/** Gzip JSON, no timestamp: the same bundle gives the same bytes. */
export function encodeBundle(bundle: OccupationBundle): Uint8Array {
  return gzipSync(strToU8(JSON.stringify(bundle)), { level: 9, mtime: 0 });
}

export function decodeBundle(bytes: Uint8Array): OccupationBundle {
  const bundle = JSON.parse(strFromU8(gunzipSync(bytes))) as OccupationBundle;
  if (bundle.format !== BUNDLE_FORMAT || !Array.isArray(bundle.parts))
    throw new Error(
      `The occupation data file is not format ${BUNDLE_FORMAT}: run npm run data:build.`,
    );
  return bundle;
}
