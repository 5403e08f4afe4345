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
import type { FitLabel, GroupFit, MatchResult } from '../../domain/interests/matching.ts';
import { areaName, type ProfilerForm } from '../../domain/interests/profiler.ts';
import type { InterestProfile } from '../../domain/interests/scoring.ts';
import { entryLevelOf } from '../../domain/occupation/entry-level.ts';
import { RIASEC, type RiasecLetter } from '../../domain/occupation/riasec.ts';
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

/** What one answer is made from, besides the view: the profile scored and matched. */
export interface ResultsInput {
  form: ProfilerForm;
  /** The job zones matched (every zone when the request does not narrow). */
  jobZones: number[];
  /** Occupations that could be matched. */
  matchable: number;
  scored: InterestProfile & MatchResult;
}

export interface ViewData {
  rows: ReadonlyMap<string, OccupationRow>;
  pathwaysOf: ReadonlyMap<string, string[]>;
  sources: ReadonlyMap<string, SourceRow>;
}

const j = JSON.stringify;

/**
 * The same string, flat. A string made of pieces (a template, `+`) is kept as a tree of them
 * until something reads it whole; join then walks the tree again on every answer it is copied
 * into. Converting it to a number (the result is not wanted) makes V8 flatten it in place once,
 * as the flatstr package does.
 */
function flatten(text: string): string {
  Number(text);
  return text;
}

/** A template literal, flattened: for pieces worked out once and copied into many answers. */
const flat = (strings: TemplateStringsArray, ...values: unknown[]) =>
  flatten(String.raw({ raw: strings }, ...values));
/** As JSON.stringify writes a number (null for NaN and the infinities). */
const num = (n: number) => (Number.isFinite(n) ? String(n) : 'null');

/** Every fit r can be (a whole number of thousandths from −1 to 1) as JSON, written once. */
const THOUSANDTHS = Array.from({ length: 2001 }, (_, k) => num((k - 1000) / 1000));

/** num(r) for a fit r, from the table when r is a whole number of thousandths in [−1, 1]. */
function fitR(r: number): string {
  const k = Math.round(r * 1000);
  return k >= -1000 && k <= 1000 && k / 1000 === r ? THOUSANDTHS[k + 1000]! : num(r);
}

export class ResultsView {
  readonly pathwayByCode: Map<string, TPathwayList['items'][number]>;
  readonly clusterTitle: Map<string, string>;
  readonly #occupations = new Map<string, OccupationShown>();
  readonly #clusterTails = new Map<string, string | undefined>();
  readonly #pathwayTails = new Map<string, string | undefined>();
  readonly #langJson: string;
  /** Each area's JSON up to its score, in RIASEC order. */
  readonly #areaHeads: string[];
  readonly #sources = new Map<string, { value: Source; json: string } | null>();

  constructor(
    private readonly data: ViewData,
    readonly pathways: TPathwayList,
    readonly lang: Lang,
  ) {
    this.pathwayByCode = new Map(pathways.items.map((p) => [p.code, p]));
    this.clusterTitle = new Map(pathways.items.map((p) => [p.cluster.code, p.cluster.title]));
    this.#langJson = j(lang);
    this.#areaHeads = RIASEC.map(
      (code) => flat`{"code":${j(code)},"name":${j(areaName(code, lang))},"score":`,
    );
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
        head: flat`{"code":${j(code)},"title":${j(title)},"fit":`,
        middle: flat`,"jobZone":${j(row.jobZone)},"entryLevel":${j(entryLevel)},"drivers":`,
        tail: flatten(
          `,"medianAnnualWage":${j(row.medianAnnualWage)},"wageTopCoded":${j(row.wageTopCoded)}` +
            `,"growthPct":${j(row.growthPct)},"brightOutlook":${j(row.brightOutlook)}` +
            `,"pathwayCodes":${j(pathwayCodes)}}`,
        ),
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
        known = { value, json: flatten(j(value)) };
      } else known = null;
      this.#sources.set(id, known);
    }
    return known;
  }

  /**
   * JSON.stringify(present(input, this)) (results-present.ts), written straight from the scored
   * profile: no result object is built, and what does not depend on the profile is copied from
   * pieces worked out once.
   */
  json(input: ResultsInput): string {
    const { scored } = input;
    const { scores } = scored;
    // Pieces joined once at the end: join makes one flat string, where adding strings up would
    // make a deep rope that costs more to flatten when it is encoded than to build.
    const out: string[] = [
      `{"form":${num(input.form)},"lang":${this.#langJson},"scores":{"R":${num(scores.R)}`,
      `,"I":${num(scores.I)},"A":${num(scores.A)},"S":${num(scores.S)},"E":${num(scores.E)}`,
      `,"C":${num(scores.C)}},"max":${num(scored.max)},"code":"${scored.code}"`,
      `,"tied":${letters(scored.tied)},"flat":${scored.flat},"areas":[`,
    ];
    const [r, i, a, s, e, c] = this.#areaHeads as [string, string, string, string, string, string];
    out.push(
      `${r}${num(scores.R)}},${i}${num(scores.I)}},${a}${num(scores.A)}},` +
        `${s}${num(scores.S)}},${e}${num(scores.E)}},${c}${num(scores.C)}}`,
    );
    out.push(
      '],"jobZones":[',
      input.jobZones.map(num).join(','),
      '],"matchable":',
      num(input.matchable),
      ',"clusters":[',
    );
    let first = true;
    for (const group of scored.clusters) {
      const tail = group.fit === 'weak' ? undefined : this.#clusterTail(group.code);
      if (tail === undefined) continue;
      out.push(first ? '{"r":' : ',{"r":', fitR(group.r), groupMiddle(group), tail);
      first = false;
    }
    out.push('],"pathways":[');
    first = true;
    for (const group of scored.pathways) {
      const tail = group.fit === 'weak' ? undefined : this.#pathwayTail(group.code);
      if (tail === undefined) continue;
      out.push(first ? '{"r":' : ',{"r":', fitR(group.r), groupMiddle(group), tail);
      first = false;
    }
    out.push('],"occupations":[');
    const sourceIds = new Set<string>();
    for (let i = 0; i < scored.occupations.length; i++) {
      const m = scored.occupations[i]!;
      const shown = this.occupation(m.code);
      const { head, middle, tail } = shown.json;
      out.push(i ? ',' : '', head, fitJson(m.fit), ',"r":', fitR(m.r), middle);
      out.push(letters(m.drivers), tail);
      for (const id of shown.sourceIds) sourceIds.add(id);
    }
    out.push('],"sources":[');
    first = true;
    for (const id of [...sourceIds].sort()) {
      const source = this.#source(id);
      if (!source) continue;
      out.push(first ? '' : ',', source.json);
      first = false;
    }
    out.push(']}');
    return out.join('');
  }

  /** A cluster's JSON after its fit (code and title), or undefined when it has no title here. */
  #clusterTail(code: string): string | undefined {
    let tail = this.#clusterTails.get(code);
    if (tail === undefined && !this.#clusterTails.has(code)) {
      const title = this.clusterTitle.get(code);
      tail = title === undefined ? undefined : flat`,"code":${j(code)},"title":${j(title)}}`;
      this.#clusterTails.set(code, tail);
    }
    return tail;
  }

  /** A pathway's JSON after its fit (code, title, cluster), or undefined when it is not listed. */
  #pathwayTail(code: string): string | undefined {
    let tail = this.#pathwayTails.get(code);
    if (tail === undefined && !this.#pathwayTails.has(code)) {
      const pathway = this.pathwayByCode.get(code);
      tail =
        pathway &&
        flat`,"code":${j(code)},"title":${j(pathway.title)},"clusterCode":${j(pathway.cluster.code)}}`;
      this.#pathwayTails.set(code, tail);
    }
    return tail;
  }
}

/** A cluster's or pathway's JSON from after its r to its code: fit and count, made once each. */
const MIDDLES: Record<FitLabel, string[]> = { best: [], great: [], good: [], weak: [] };
function groupMiddle(g: GroupFit): string {
  const made = MIDDLES[g.fit];
  return (made[g.count] ??= flat`,"fit":${fitJson(g.fit)},"count":${num(g.count)}`);
}

const FIT_JSON: Record<string, string> = Object.fromEntries(
  (['best', 'great', 'good', 'weak'] satisfies FitLabel[]).map((fit) => [fit, j(fit)]),
);
const fitJson = (fit: FitLabel) => FIT_JSON[fit] ?? j(fit);

/** A list of RIASEC letters as JSON (each a plain capital letter: nothing to escape). */
const letters = (list: readonly RiasecLetter[]) =>
  list.length === 0 ? '[]' : `["${list.join('","')}"]`;
