/**
 * The Career Clusters framework as data: a framework has an id and version and holds clusters,
 * each holding pathways. Pure types and checks, no I/O.
 */

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** A text in every supported language. */
export type LocalizedText = Record<Lang, string>;

export interface PathwayData {
  /** Stable code, unique within its framework: cluster number, a dash, two digits ("08-03"). */
  code: string;
  title: LocalizedText;
  description: LocalizedText;
}

export interface ClusterData {
  /** CEDS Career Cluster option-set number, two digits ("01"–"16"). */
  code: string;
  title: LocalizedText;
  description: LocalizedText;
  pathways: PathwayData[];
}

export interface FrameworkData {
  /** Stable id, e.g. "nccf-16". */
  id: string;
  version: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Where the structure and titles come from. */
  source: string;
  clusters: ClusterData[];
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header value. */
export function langFromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        lang: tag.trim().toLowerCase().split('-')[0],
        weight: Number.isNaN(weight) ? 0 : weight,
        index,
      };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.lang).find(isLang);
}

export interface FrameworkProblem {
  path: string;
  message: string;
}

const CLUSTER_CODE = /^\d{2}$/;
const PATHWAY_CODE = /^(\d{2})-(\d{2})$/;

/** Checks a framework's structure: codes well-formed and unique, every text present in every language. */
export function checkFramework(framework: FrameworkData): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const seen = new Set<string>();
  const text = (value: LocalizedText, path: string) => {
    for (const lang of LANGS) {
      if (!value[lang]?.trim())
        problems.push({ path: `${path}.${lang}`, message: `missing ${lang} text` });
    }
  };
  if (!/^[a-z0-9][a-z0-9-]*$/.test(framework.id)) {
    problems.push({
      path: 'id',
      message: `framework id "${framework.id}" must be lower-case letters, digits and dashes`,
    });
  }
  text(framework.title, 'title');
  text(framework.description, 'description');
  framework.clusters.forEach((cluster, ci) => {
    const cpath = `clusters[${ci}]`;
    if (!CLUSTER_CODE.test(cluster.code))
      problems.push({
        path: `${cpath}.code`,
        message: `cluster code "${cluster.code}" must be two digits`,
      });
    if (seen.has(cluster.code))
      problems.push({
        path: `${cpath}.code`,
        message: `cluster code "${cluster.code}" appears twice`,
      });
    seen.add(cluster.code);
    text(cluster.title, `${cpath}.title`);
    text(cluster.description, `${cpath}.description`);
    if (cluster.pathways.length === 0)
      problems.push({ path: `${cpath}.pathways`, message: 'a cluster needs at least one pathway' });
    cluster.pathways.forEach((pathway, pi) => {
      const ppath = `${cpath}.pathways[${pi}]`;
      const match = PATHWAY_CODE.exec(pathway.code);
      if (!match)
        problems.push({
          path: `${ppath}.code`,
          message: `pathway code "${pathway.code}" must look like "08-03"`,
        });
      else if (match[1] !== cluster.code)
        problems.push({
          path: `${ppath}.code`,
          message: `pathway code "${pathway.code}" must start with its cluster code ${cluster.code}`,
        });
      if (seen.has(pathway.code))
        problems.push({
          path: `${ppath}.code`,
          message: `pathway code "${pathway.code}" appears twice`,
        });
      seen.add(pathway.code);
      text(pathway.title, `${ppath}.title`);
      text(pathway.description, `${ppath}.description`);
    });
  });
  return problems;
}
