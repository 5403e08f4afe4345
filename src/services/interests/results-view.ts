/**
 * What Interest Profiler results show of an occupation, pathway, cluster or source that does not
 * depend on the profile, worked out once per occupation snapshot, language and framework answer:
 * as values for the result object, and as pieces of its JSON. A result is then serialized by
 * putting the pieces together, without walking the same titles, wages and codes for every
 * request (results-view.test.ts: the same bytes as JSON.stringify of the same object).
 */
import type { TPathwayList } from '../../contracts/framework.ts';
import type { TProfilerResults } from '../../contracts/interests.ts';
import type { OccupationRow, SourceRow } from '../../db/occupation-repository.ts';
import type { Lang } from '../../domain/framework.ts';
import { entryLevelOf } from '../../domain/occupation/entry-level.ts';
import { pickText } from '../occupations/occupation-catalog.ts';

type Occupation = TProfilerResults['occupations'][number];
type Source = TProfilerResults['sources'][number];

/** The fields of an occupation's result that do not depend on the profile. */
export interface OccupationShown {
  title: string;
  jobZone: number | null;
  entryLevel: Occupation['entryLevel'];
  medianAnnualWage: number | null;
  wageTopCoded: boolean;
  growthPct: number | null;
  brightOutlook: boolean | null;
  pathwayCodes: string[];
  sourceIds: string[];
  /** JSON up to the fit's value, from the fit's value to the drivers', and after them. */
  json: { head: string; middle: string; tail: string };
}

export interface ViewData {
  rows: ReadonlyMap<string, OccupationRow>;
  pathwaysOf: ReadonlyMap<string, string[]>;
  sources: ReadonlyMap<string, SourceRow>;
}

const j = JSON.stringify;
/** As JSON.stringify writes a number (null for NaN and the infinities). */
const num = (n: number) => (Number.isFinite(n) ? String(n) : 'null');

export class ResultsView {
  readonly pathwayByCode: Map<string, TPathwayList['items'][number]>;
  readonly clusterTitle: Map<string, string>;
  readonly #occupations = new Map<string, OccupationShown>();
  readonly #groups = new Map<string, string>();
  readonly #sources = new Map<string, { value: Source; json: string } | null>();

  constructor(
    private readonly data: ViewData,
    readonly pathways: TPathwayList,
    readonly lang: Lang,
  ) {
    this.pathwayByCode = new Map(pathways.items.map((p) => [p.code, p]));
    this.clusterTitle = new Map(pathways.items.map((p) => [p.cluster.code, p.cluster.title]));
  }

  occupation(code: string): OccupationShown {
    let shown = this.#occupations.get(code);
    if (shown) return shown;
    const row = this.data.rows.get(code)!;
    const pathwayCodes = (this.data.pathwaysOf.get(code) ?? []).filter((p) =>
      this.pathwayByCode.has(p),
    );
    const title = pickText(row.title, this.lang);
    const entryLevel = entryLevelOf(row.jobZone) ?? null;
    shown = {
      title,
      jobZone: row.jobZone,
      entryLevel,
      medianAnnualWage: row.medianAnnualWage,
      wageTopCoded: row.wageTopCoded,
      growthPct: row.growthPct,
      brightOutlook: row.brightOutlook,
      pathwayCodes,
      sourceIds: [
        row.sourceId,
        row.wageSourceId,
        row.projectionSourceId,
        row.brightOutlookSourceId,
      ].filter((id): id is string => id !== null),
      json: {
        head: `{"code":${j(code)},"title":${j(title)},"fit":`,
        middle: `,"jobZone":${j(row.jobZone)},"entryLevel":${j(entryLevel)},"drivers":`,
        tail:
          `,"medianAnnualWage":${j(row.medianAnnualWage)},"wageTopCoded":${j(row.wageTopCoded)}` +
          `,"growthPct":${j(row.growthPct)},"brightOutlook":${j(row.brightOutlook)}` +
          `,"pathwayCodes":${j(pathwayCodes)}}`,
      },
    };
    this.#occupations.set(code, shown);
    return shown;
  }

  /** A data source as results list it, or null when it is not loaded. */
  source(id: string): Source | null {
    return this.#source(id)?.value ?? null;
  }

  #source(id: string) {
    let known = this.#sources.get(id);
    if (known === undefined) {
      const row = this.data.sources.get(id);
      if (row) {
        const { title, version, url, license, attribution } = row;
        const value = { id, title, version, url, license, attribution };
        known = { value, json: j(value) };
      } else known = null;
      this.#sources.set(id, known);
    }
    return known;
  }

  /** JSON.stringify(results), for results built from this view. */
  json(results: TProfilerResults): string {
    const { clusters, pathways, occupations, sources, ...head } = results;
    const parts: string[] = [j(head).slice(0, -1), ',"clusters":['];
    clusters.forEach((c, i) => {
      parts.push(i ? ',' : '', this.#groupHead(c), this.#group(c.code, c.title, undefined));
    });
    parts.push('],"pathways":[');
    pathways.forEach((p, i) => {
      parts.push(i ? ',' : '', this.#groupHead(p), this.#group(p.code, p.title, p.clusterCode));
    });
    parts.push('],"occupations":[');
    occupations.forEach((o, i) => {
      const { head, middle, tail } = this.occupation(o.code).json;
      parts.push(i ? ',' : '', head, j(o.fit), ',"r":', num(o.r), middle, j(o.drivers), tail);
    });
    parts.push('],"sources":[');
    sources.forEach((s, i) => parts.push(i ? ',' : '', this.#source(s.id)!.json));
    parts.push(']}');
    return parts.join('');
  }

  #groupHead(g: { r: number; fit: string; count: number }): string {
    return `{"r":${num(g.r)},"fit":${j(g.fit)},"count":${num(g.count)}`;
  }

  /** A cluster's or pathway's JSON after its fit: code, title (and a pathway's cluster). */
  #group(code: string, title: string, clusterCode: string | undefined): string {
    const key = `${clusterCode ?? ''}|${code}`;
    let json = this.#groups.get(key);
    if (json === undefined) {
      json =
        `,"code":${j(code)},"title":${j(title)}` +
        (clusterCode === undefined ? '}' : `,"clusterCode":${j(clusterCode)}}`);
      this.#groups.set(key, json);
    }
    return json;
  }
}
