/**
 * The Interest Profiler for anyone, signed in or not: the form to take, and results computed
 * from answers (nothing is stored here). Occupations with interest scores are read through the
 * repository and kept in memory for `ttlMs` (30 s), so matching one profile against every
 * occupation touches no database.
 */
import type {
  TProfilerForm,
  TProfilerResults,
  TResultsRequest,
} from '../../contracts/interests.ts';
import type { SourceRow } from '../../db/occupation-repository.ts';
import type { OccupationRow } from '../../db/occupation-rows.ts';
import type { Lang } from '../../domain/framework.ts';
import { itemAttribution } from '../../domain/interests/attribution.ts';
import type { MatchResult } from '../../domain/interests/matching.ts';
import {
  ANSWER_VALUES,
  answerLabel,
  areaName,
  type ProfilerForm,
  type ProfilerItem,
} from '../../domain/interests/profiler.ts';
import { profileOf, type InterestProfile } from '../../domain/interests/scoring.ts';
import { RIASEC } from '../../domain/occupation/riasec.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';
import { ALL_ZONES, present, zonesOf } from './results-present.ts';
import { ResultsView, type ResultsInput } from './results-view.ts';
import { Admission } from '../cache/admission.ts';
import type { ScoringThread } from './scoring-thread.ts';
import { scoredOf, snapshotOf, type MatchAsked, type Snapshot } from './snapshot.ts';

const CACHE_SIZE = 500;
/**
 * Occupations returned when the request names no limit: what the results page shows (the home
 * asks for 10 and shows 5); a client wanting more names a limit (up to 200).
 */
export const DEFAULT_LIMIT = 10;

export interface InterestProfilerDeps {
  items: Readonly<Record<ProfilerForm, readonly ProfilerItem[]>>;
  frameworks: FrameworkCatalog;
  repo: {
    occupationsWithInterests(frameworkId: string): Promise<OccupationRow[]>;
    pathwayLinks(frameworkId: string): Promise<{ occupation: string; pathway: string }[]>;
  };
  sources(ids: string[]): Promise<SourceRow[]>;
  now?: () => number;
  ttlMs?: number;
  /** Writes answers off the event loop when given (scoring-thread.ts); else they are written here. */
  scoring?: ScoringThread;
}

/** Just the scores and matches, with occupations unnamed: what the benchmark times. */
export type Scored = InterestProfile & MatchResult;

export class InterestProfiler {
  #snapshot: Promise<Snapshot> | undefined;
  readonly #now: () => number;
  readonly #ttlMs: number;

  constructor(private readonly deps: InterestProfilerDeps) {
    this.#now = deps.now ?? Date.now;
    this.#ttlMs = deps.ttlMs ?? 30_000;
  }

  invalidate(): void {
    this.#snapshot = undefined;
    this.#current = undefined;
    this.#cache.clear();
  }

  /**
   * Results of recent identical requests (same form, scores, narrowing, limit and language: results depend on the answers only through the six scores),
   * kept while the occupation snapshot they were computed from is current: the results page
   * asks again on every visit, language switch and change of job zone, and /me recomputes the
   * saved result on every visit. An answer is kept from the second time it is asked for
   * (Admission): most answer sets are sent once, and keeping each of them cost about a fifth of
   * a results request in garbage collection. Nothing about who asked is kept.
   */
  readonly #cache = new Map<string, Answer>();
  /** Keys of answers asked for once lately, not kept: only a second ask keeps an answer. */
  readonly #asked = new Admission(CACHE_SIZE * 4);
  /** Per snapshot and language, the view and the framework catalog's generation it was made at. */
  readonly #views = new WeakMap<Snapshot, Map<Lang, { view: ResultsView; generation: number }>>();
  /** The snapshot last loaded, to be used without waiting while it is fresh. */
  #current: Snapshot | undefined;

  form(form: ProfilerForm, lang: Lang): TProfilerForm {
    return {
      form,
      lang,
      items: this.deps.items[form].map((i) => ({ id: i.id, area: i.area, text: i.text[lang] })),
      answers: ANSWER_VALUES.map((value) => ({ value, label: answerLabel(value, lang) })),
      areas: RIASEC.map((code) => ({ code, name: areaName(code, lang) })),
      attribution: itemAttribution(lang),
    };
  }

  /** Scores and matches one set of answers against the loaded occupations. */
  async score(
    request: TResultsRequest,
    profile = profileOf(this.deps.items[request.form], request.answers),
  ): Promise<Scored & { snapshot: Snapshot }> {
    const snapshot = await this.#load();
    return { ...scoredOf(profile, snapshot.matchable, askedOf(request)), snapshot };
  }

  async results(request: TResultsRequest, lang: Lang): Promise<TProfilerResults> {
    const { answer, snapshot } = await this.#answer(request, lang);
    return (answer.results ??= present(inputOf(answer, snapshot), answer.view));
  }

  /**
   * The results as the API sends them: JSON.stringify(results(request, lang)), as bytes. Written
   * on the scoring thread when there is one and it is free, else here: the same bytes.
   */
  async resultsBody(request: TResultsRequest, lang: Lang): Promise<Buffer> {
    const { answer, snapshot } = await this.#answer(request, lang);
    if (answer.body) return answer.body;
    const { form, profile, asked, view } = answer;
    const scores = profile.scores;
    const written =
      !answer.scored && (await this.deps.scoring?.bytes(snapshot, view, { form, scores, asked }));
    return (answer.body ??= written || view.bytes(inputOf(answer, snapshot)));
  }

  /** The thread answers are written on, if any. */
  get scoringThread(): ScoringThread | undefined {
    return this.deps.scoring;
  }

  /** Stops the scoring thread, if any. */
  async close(): Promise<void> {
    await this.deps.scoring?.close();
  }

  async #answer(
    request: TResultsRequest,
    lang: Lang,
  ): Promise<{ answer: Answer; snapshot: Snapshot }> {
    const items = this.deps.items[request.form];
    // Throws a 400 naming the item for a missing, stray or out-of-range answer.
    const profile = profileOf(items, request.answers);
    // Nothing to wait for while the snapshot and the view are fresh (nearly every request).
    const snapshot = this.#fresh() ?? (await this.#load());
    // Results depend on the answers only through the six scores.
    const { R, I, A, S, E, C } = profile.scores;
    const key = `${request.form}|${lang}|${request.jobZone ?? ''}|${request.entryLevel ?? ''}|${request.limit ?? ''}|${R},${I},${A},${S},${E},${C}`;
    const view = this.#knownView(snapshot, lang);
    const cached = this.#cache.get(key);
    // A cached answer made with another view is stale: the framework changed since.
    if (cached && cached.loadedAt === snapshot.loadedAt && cached.view === view)
      return { answer: cached, snapshot };
    const asked = askedOf(request);
    const answer: Answer = {
      loadedAt: snapshot.loadedAt,
      view: view ?? (await this.#view(snapshot, lang)),
      form: request.form,
      jobZones: asked.jobZones ?? ALL_ZONES,
      matchable: snapshot.matchable.length,
      profile,
      asked,
    };
    // Kept from the second time it is asked for (admission.ts): most answer sets are sent once.
    if (this.#asked.admit(key)) {
      if (this.#cache.size >= CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value!);
      this.#cache.set(key, answer);
    }
    return { answer, snapshot };
  }

  /** What results show that does not depend on the profile, per snapshot, language and framework answer. */
  async #view(snapshot: Snapshot, lang: Lang): Promise<ResultsView> {
    // Read before asking: a change while the answer is on its way makes the view stale at once.
    const generation = this.deps.frameworks.generation;
    const pathways = await this.deps.frameworks.listPathways({
      framework: snapshot.frameworkId,
      lang,
    });
    let views = this.#views.get(snapshot);
    if (!views) this.#views.set(snapshot, (views = new Map()));
    let known = views.get(lang);
    if (known?.view.pathways !== pathways)
      known = { view: new ResultsView(snapshot, pathways, lang), generation };
    else known.generation = generation;
    views.set(lang, known);
    return known.view;
  }

  /** The view made for this snapshot and language, while the framework has not changed since. */
  #knownView(snapshot: Snapshot, lang: Lang): ResultsView | undefined {
    const known = this.#views.get(snapshot)?.get(lang);
    return known?.generation === this.deps.frameworks.generation ? known.view : undefined;
  }

  /** The snapshot last loaded while it is within its time to live. */
  #fresh(): Snapshot | undefined {
    const current = this.#current;
    return current && this.#now() - current.loadedAt <= this.#ttlMs ? current : undefined;
  }

  async #load(): Promise<Snapshot> {
    const current = this.#snapshot;
    if (current) {
      const snap = await current;
      if (this.#now() - snap.loadedAt <= this.#ttlMs) return snap;
    }
    const loading = this.#read();
    this.#snapshot = loading;
    loading.then(
      (snap) => {
        if (this.#snapshot === loading) this.#current = snap;
      },
      () => {
        if (this.#snapshot === loading) this.#snapshot = undefined;
      },
    );
    return loading;
  }

  async #read(): Promise<Snapshot> {
    const frameworkId = (await this.deps.frameworks.listClusters({ lang: 'en' })).framework.id;
    const [rows, links] = await Promise.all([
      this.deps.repo.occupationsWithInterests(frameworkId),
      this.deps.repo.pathwayLinks(frameworkId),
    ]);
    const pathwaysOf = new Map<string, string[]>();
    for (const link of links) {
      const list = pathwaysOf.get(link.occupation);
      if (list) list.push(link.pathway);
      else pathwaysOf.set(link.occupation, [link.pathway]);
    }
    const sources = await this.deps.sources(unique(rows.flatMap(sourceIdsOf)));
    return snapshotOf(frameworkId, this.#now(), rows, pathwaysOf, sources);
  }
}

/**
 * One request's answer: what it is made from, and its object and its JSON once asked for. Its
 * matches are worked out only when they are needed here (not when the scoring thread wrote it).
 */
interface Answer extends Omit<ResultsInput, 'scored'> {
  loadedAt: number;
  view: ResultsView;
  profile: InterestProfile;
  asked: MatchAsked;
  scored?: ResultsInput['scored'];
  results?: TProfilerResults;
  body?: Buffer;
}

/** The answer with its matches, worked out against the snapshot it was made from. */
function inputOf(answer: Answer, snapshot: Snapshot): ResultsInput {
  answer.scored ??= scoredOf(answer.profile, snapshot.matchable, answer.asked);
  return answer as ResultsInput;
}

const askedOf = (request: TResultsRequest): MatchAsked => ({
  jobZones: zonesOf(request),
  limit: request.limit ?? DEFAULT_LIMIT,
});

const sourceIdsOf = (r: OccupationRow) => [
  r.sourceId,
  r.wageSourceId,
  r.projectionSourceId,
  r.brightOutlookSourceId,
];

const unique = (ids: (string | null)[]): string[] => [
  ...new Set(ids.filter((id): id is string => id !== null)),
];
