/**
 * What Interest Profiler results show of an occupation, pathway, cluster or source that does not
 * depend on the profile, worked out once per occupation snapshot, language and framework answer:
 * as values for the result object, and as pieces of its JSON. A result is then serialized by
 * putting the pieces together, without walking the same titles, wages and codes for every
 * request (results-view.test.ts: the same bytes as JSON.stringify of the same object).
 */
import type { TPathwayList } from '../../contracts/framework.ts';
import type { TProfilerResults } from '../../contracts/interests.ts';
import type { SourceRow } from '../../db/occupation-repository.ts';
import type { OccupationRow } from '../../db/occupation-rows.ts';
import type { Lang } from '../../domain/framework.ts';
import type { FitLabel, GroupFit, MatchResult } from '../../domain/interests/matching.ts';
import { areaName, type ProfilerForm } from '../../domain/interests/profiler.ts';
import type { InterestProfile } from '../../domain/interests/scoring.ts';
import { entryLevelOf } from '../../domain/occupation/entry-level.ts';
import { RIASEC, type RiasecLetter } from '../../domain/occupation/riasec.ts';
import { pickText } from '../occupations/occupation-catalog.ts';
import { JsonBytes, piece, type Piece } from '../cache/json-bytes.ts';

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
  json: { head: Piece; middle: Piece; tail: Piece };
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

/** A template literal's text as bytes: for pieces worked out once and copied into many answers. */
const bytes = (strings: TemplateStringsArray, ...values: unknown[]) =>
  piece(String.raw({ raw: strings }, ...values));

/** Every fit r can be (a whole number of thousandths from −1 to 1) as JSON, encoded once. */
const THOUSANDTHS = Array.from({ length: 2001 }, (_, k) => piece(j((k - 1000) / 1000)));

/** A fit r as JSON, from the table when r is a whole number of thousandths in [−1, 1]. */
function writeR(out: JsonBytes, r: number): void {
  const k = Math.round(r * 1000);
  if (k >= -1000 && k <= 1000 && k / 1000 === r) out.bytes(THOUSANDTHS[k + 1000]!);
  else out.number(r);
}

/** The one writer every answer is written with, one at a time (json-bytes.ts). */
const OUT = new JsonBytes();

export class ResultsView {
  readonly pathwayByCode: Map<string, TPathwayList['items'][number]>;
  readonly clusterTitle: Map<string, string>;
  readonly #occupations = new Map<string, OccupationShown>();
  readonly #clusterTails = new Map<string, Piece | undefined>();
  readonly #pathwayTails = new Map<string, Piece | undefined>();
  readonly #langJson: Piece;
  /** Each area's JSON up to its score, in RIASEC order. */
  readonly #areaHeads: Piece[];
  readonly #firstAreaHead: Piece;
  readonly #sources = new Map<string, { value: Source; json: Piece } | null>();

  constructor(
    private readonly data: ViewData,
    readonly pathways: TPathwayList,
    readonly lang: Lang,
  ) {
    this.pathwayByCode = new Map(pathways.items.map((p) => [p.code, p]));
    this.clusterTitle = new Map(pathways.items.map((p) => [p.cluster.code, p.cluster.title]));
    this.#langJson = piece(j(lang));
    this.#areaHeads = RIASEC.map(
      (code) => bytes`,{"code":${j(code)},"name":${j(areaName(code, lang))},"score":`,
    );
    this.#firstAreaHead = this.#areaHeads[0]!.subarray(1);
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
        head: bytes`{"code":${j(code)},"title":${j(title)},"fit":`,
        middle: bytes`,"jobZone":${j(row.jobZone)},"entryLevel":${j(entryLevel)},"drivers":`,
        tail: piece(
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
        known = { value, json: piece(j(value)) };
      } else known = null;
      this.#sources.set(id, known);
    }
    return known;
  }

  /**
   * JSON.stringify(present(input, this)) (results-present.ts) as UTF-8 bytes, written straight
   * from the scored profile: no result object is built, and what does not depend on the profile
   * is copied from pieces encoded once.
   */
  bytes(input: ResultsInput): Buffer {
    const { scored } = input;
    const { scores } = scored;
    const out = OUT.start();
    out.bytes(FORM).number(input.form).bytes(LANG).bytes(this.#langJson);
    out.bytes(SCORES).number(scores.R).bytes(SCORE_I).number(scores.I);
    out.bytes(SCORE_A).number(scores.A).bytes(SCORE_S).number(scores.S);
    out.bytes(SCORE_E).number(scores.E).bytes(SCORE_C).number(scores.C);
    out.bytes(MAX).number(scored.max).bytes(CODE).ascii(scored.code).bytes(TIED);
    writeLetters(out, scored.tied);
    out.bytes(scored.flat ? FLAT_TRUE : FLAT_FALSE);
    const heads = this.#areaHeads;
    for (let i = 0; i < RIASEC.length; i++) {
      // The first area's piece without its leading comma.
      out.bytes(i === 0 ? this.#firstAreaHead : heads[i]!);
      out.number(scores[RIASEC[i]!]).bytes(CLOSE);
    }
    out.bytes(JOB_ZONES);
    const zones = input.jobZones;
    for (let i = 0; i < zones.length; i++) (i === 0 ? out : out.bytes(COMMA)).number(zones[i]!);
    out.bytes(MATCHABLE).number(input.matchable).bytes(CLUSTERS);
    let first = true;
    for (const group of scored.clusters) {
      const tail = group.fit === 'weak' ? undefined : this.#clusterTail(group.code);
      if (tail === undefined) continue;
      out.bytes(first ? GROUP_FIRST : GROUP_NEXT);
      writeR(out, group.r);
      out.bytes(groupMiddle(group)).bytes(tail);
      first = false;
    }
    out.bytes(PATHWAYS);
    first = true;
    for (const group of scored.pathways) {
      const tail = group.fit === 'weak' ? undefined : this.#pathwayTail(group.code);
      if (tail === undefined) continue;
      out.bytes(first ? GROUP_FIRST : GROUP_NEXT);
      writeR(out, group.r);
      out.bytes(groupMiddle(group)).bytes(tail);
      first = false;
    }
    out.bytes(OCCUPATIONS);
    const sourceIds = new Set<string>();
    for (let i = 0; i < scored.occupations.length; i++) {
      const m = scored.occupations[i]!;
      const shown = this.occupation(m.code);
      const { head, middle, tail } = shown.json;
      if (i) out.bytes(COMMA);
      out.bytes(head).bytes(FIT_JSON[m.fit]).bytes(R);
      writeR(out, m.r);
      out.bytes(middle);
      writeLetters(out, m.drivers);
      out.bytes(tail);
      for (const id of shown.sourceIds) sourceIds.add(id);
    }
    out.bytes(SOURCES);
    first = true;
    for (const id of [...sourceIds].sort()) {
      const source = this.#source(id);
      if (!source) continue;
      if (!first) out.bytes(COMMA);
      out.bytes(source.json);
      first = false;
    }
    return out.bytes(END).done();
  }

  /** A cluster's JSON after its fit (code and title), or undefined when it has no title here. */
  #clusterTail(code: string): Piece | undefined {
    let tail = this.#clusterTails.get(code);
    if (tail === undefined && !this.#clusterTails.has(code)) {
      const title = this.clusterTitle.get(code);
      tail = title === undefined ? undefined : bytes`,"code":${j(code)},"title":${j(title)}}`;
      this.#clusterTails.set(code, tail);
    }
    return tail;
  }

  /** A pathway's JSON after its fit (code, title, cluster), or undefined when it is not listed. */
  #pathwayTail(code: string): Piece | undefined {
    let tail = this.#pathwayTails.get(code);
    if (tail === undefined && !this.#pathwayTails.has(code)) {
      const pathway = this.pathwayByCode.get(code);
      tail =
        pathway &&
        bytes`,"code":${j(code)},"title":${j(pathway.title)},"clusterCode":${j(pathway.cluster.code)}}`;
      this.#pathwayTails.set(code, tail);
    }
    return tail;
  }
}

/** A cluster's or pathway's JSON from after its r to its code: fit and count, made once each. */
const MIDDLES: Record<FitLabel, Piece[]> = { best: [], great: [], good: [], weak: [] };
function groupMiddle(g: GroupFit): Piece {
  const made = MIDDLES[g.fit];
  return (made[g.count] ??= bytes`,"fit":${j(g.fit)},"count":${j(g.count)}`);
}

const FIT_JSON: Record<FitLabel, Piece> = {
  best: piece(j('best')),
  great: piece(j('great')),
  good: piece(j('good')),
  weak: piece(j('weak')),
};

/** A list of RIASEC letters as JSON (each a plain capital letter: nothing to escape). */
function writeLetters(out: JsonBytes, list: readonly RiasecLetter[]): void {
  out.ascii(list.length === 0 ? '[]' : `["${list.join('","')}"]`);
}

// The answer's fixed pieces, in the order they are written.
const FORM = piece('{"form":');
const LANG = piece(',"lang":');
const SCORES = piece(',"scores":{"R":');
const SCORE_I = piece(',"I":');
const SCORE_A = piece(',"A":');
const SCORE_S = piece(',"S":');
const SCORE_E = piece(',"E":');
const SCORE_C = piece(',"C":');
const MAX = piece('},"max":');
const CODE = piece(',"code":"');
const TIED = piece('","tied":');
const FLAT_TRUE = piece(',"flat":true,"areas":[');
const FLAT_FALSE = piece(',"flat":false,"areas":[');
const CLOSE = piece('}');
const JOB_ZONES = piece('],"jobZones":[');
const COMMA = piece(',');
const MATCHABLE = piece('],"matchable":');
const CLUSTERS = piece(',"clusters":[');
const GROUP_FIRST = piece('{"r":');
const GROUP_NEXT = piece(',{"r":');
const PATHWAYS = piece('],"pathways":[');
const OCCUPATIONS = piece('],"occupations":[');
const R = piece(',"r":');
const SOURCES = piece('],"sources":[');
const END = piece(']}');
