/**
 * Read use cases for frameworks, clusters and pathways.
 *
 * The framework is small, read on every page and changed only by seeding or importing, so the
 * catalog keeps a snapshot of each framework in memory, refreshes it in the background once it is
 * older than `ttlMs`, and drops it at once after a write through this process. Another app
 * server's write shows here within `ttlMs` plus one read.
 */
import type {
  TCluster,
  TClusterList,
  TFrameworkList,
  TFrameworkRef,
  TPathway,
  TPathwayList,
  TPathwaySummary,
} from '../contracts/framework.ts';
import { notFound } from '../domain/errors.ts';
import type { Lang, LocalizedText } from '../domain/framework.ts';
import type {
  ClusterRecord,
  FrameworkRecord,
  FrameworkRepository,
  PathwayRecord,
} from '../db/framework-repository.ts';

interface Snapshot {
  framework: FrameworkRecord;
  clusters: ClusterRecord[];
  pathways: PathwayRecord[];
  clusterByCode: Map<string, ClusterRecord>;
  pathwayByCode: Map<string, PathwayRecord>;
  loadedAt: number;
  /** Answers already built from this snapshot, by question; they are shared, never changed. */
  answers: Map<string, unknown>;
}

function answer<T>(snap: Snapshot, key: string, build: () => T): T {
  let value = snap.answers.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    snap.answers.set(key, value);
  }
  return value;
}

interface SnapshotEntry {
  first: Promise<Snapshot | undefined>;
  current?: Snapshot;
  reloading?: Promise<void> | undefined;
}

export interface FrameworkCatalogOptions {
  repo: FrameworkRepository;
  now?: () => number;
  ttlMs?: number;
}

export interface FrameworkSelector {
  framework?: string | undefined;
  lang: Lang;
}

const pick = (text: LocalizedText, lang: Lang) => text[lang] || text.en;

export class FrameworkCatalog {
  readonly #repo: FrameworkRepository;
  readonly #now: () => number;
  readonly #ttlMs: number;
  #snapshots = new Map<string, SnapshotEntry>();
  #defaultId: { id: string | undefined; at: number } | undefined;

  constructor(options: FrameworkCatalogOptions) {
    this.#repo = options.repo;
    this.#now = options.now ?? Date.now;
    this.#ttlMs = options.ttlMs ?? 30_000;
  }

  #generation = 0;

  /**
   * A number that changes whenever an answer of this catalog may have: a snapshot dropped or
   * (re)loaded. Whoever keeps something made from its answers can check it without asking again.
   */
  get generation(): number {
    return this.#generation;
  }

  /** Forgets every snapshot; the next read loads from the database. */
  invalidate(): void {
    this.#snapshots.clear();
    this.#defaultId = undefined;
    this.#generation++;
  }

  async listFrameworks(lang: Lang): Promise<TFrameworkList> {
    const frameworks = await this.#repo.listFrameworks();
    return {
      lang,
      items: frameworks.map((f) => ({
        id: f.id,
        version: f.version,
        title: pick(f.title, lang),
        description: pick(f.description, lang),
        source: f.source,
        isDefault: f.isDefault,
        clusterCount: f.clusterCount,
        pathwayCount: f.pathwayCount,
      })),
    };
  }

  async listClusters(selector: FrameworkSelector): Promise<TClusterList> {
    const snap = await this.#snapshot(selector.framework);
    const { lang } = selector;
    return answer(snap, `clusters:${lang}`, () => ({
      lang,
      framework: frameworkRef(snap.framework, lang),
      items: snap.clusters.map((c) => ({
        code: c.code,
        title: pick(c.title, lang),
        description: pick(c.description, lang),
        pathwayCount: c.pathwayCount,
      })),
    }));
  }

  async getCluster(selector: FrameworkSelector & { code: string }): Promise<TCluster> {
    const snap = await this.#snapshot(selector.framework);
    const cluster = snap.clusterByCode.get(selector.code);
    if (!cluster)
      throw notFound(
        `No cluster with code "${selector.code}" in framework ${snap.framework.id}.`,
        'code',
      );
    const { lang } = selector;
    return answer(snap, `cluster:${cluster.code}:${lang}`, () => ({
      code: cluster.code,
      title: pick(cluster.title, lang),
      description: pick(cluster.description, lang),
      pathwayCount: cluster.pathwayCount,
      framework: frameworkRef(snap.framework, lang),
      lang,
      pathways: snap.pathways
        .filter((p) => p.clusterCode === cluster.code)
        .map((p) => pathwaySummary(p, lang)),
    }));
  }

  async listPathways(
    selector: FrameworkSelector & { cluster?: string | undefined },
  ): Promise<TPathwayList> {
    const snap = await this.#snapshot(selector.framework);
    const { lang, cluster } = selector;
    if (cluster !== undefined && !snap.clusterByCode.has(cluster)) {
      throw notFound(
        `No cluster with code "${cluster}" in framework ${snap.framework.id}.`,
        'cluster',
      );
    }
    return answer(snap, `pathways:${cluster ?? '*'}:${lang}`, () => ({
      lang,
      framework: frameworkRef(snap.framework, lang),
      items: (cluster === undefined
        ? snap.pathways
        : snap.pathways.filter((p) => p.clusterCode === cluster)
      ).map((p) => pathwaySummary(p, lang)),
    }));
  }

  async getPathway(selector: FrameworkSelector & { code: string }): Promise<TPathway> {
    const snap = await this.#snapshot(selector.framework);
    const pathway = snap.pathwayByCode.get(selector.code);
    if (!pathway)
      throw notFound(
        `No pathway with code "${selector.code}" in framework ${snap.framework.id}.`,
        'code',
      );
    const { lang } = selector;
    return answer(snap, `pathway:${pathway.code}:${lang}`, () => ({
      ...pathwaySummary(pathway, lang),
      framework: frameworkRef(snap.framework, lang),
      lang,
      siblings: snap.pathways
        .filter((p) => p.clusterCode === pathway.clusterCode && p.code !== pathway.code)
        .map((p) => ({ code: p.code, title: pick(p.title, lang) })),
    }));
  }

  async #resolveId(requested: string | undefined): Promise<string> {
    if (requested !== undefined) return requested;
    const now = this.#now();
    if (!this.#defaultId) {
      this.#defaultId = { id: await this.#repo.findDefaultFrameworkId(), at: now };
    } else if (now - this.#defaultId.at > this.#ttlMs) {
      const stale = this.#defaultId;
      stale.at = now;
      this.#repo.findDefaultFrameworkId().then(
        (id) => (stale.id = id),
        () => undefined,
      );
    }
    if (this.#defaultId.id === undefined) {
      this.#defaultId = undefined;
      throw notFound('No framework is loaded yet: run `wayfinder seed`.', 'framework');
    }
    return this.#defaultId.id;
  }

  async #snapshot(requested: string | undefined): Promise<Snapshot> {
    const id = await this.#resolveId(requested);
    const entry = this.#snapshots.get(id);
    if (entry?.current && this.#now() - entry.current.loadedAt > this.#ttlMs && !entry.reloading) {
      // Serve the snapshot we have and refresh it in the background, so a read inside a database
      // transaction never waits on a second query.
      entry.reloading = this.#load(id)
        .then((fresh) => {
          if (fresh) entry.current = fresh;
          else this.#snapshots.delete(id);
          this.#generation++;
        })
        .catch(() => undefined)
        .finally(() => (entry.reloading = undefined));
    }
    if (entry?.current) return entry.current;
    let first = entry?.first;
    if (!first) {
      first = this.#load(id);
      const created: SnapshotEntry = { first };
      this.#snapshots.set(id, created);
      first.then(
        (snapshot) => {
          if (snapshot) created.current = snapshot;
          else this.#snapshots.delete(id);
          this.#generation++;
        },
        () => this.#snapshots.delete(id),
      );
    }
    const snapshot = await first;
    if (!snapshot) throw notFound(`No framework with id "${id}".`, 'framework');
    return snapshot;
  }

  async #load(id: string): Promise<Snapshot | undefined> {
    const framework = (await this.#repo.listFrameworks()).find((f) => f.id === id);
    if (!framework) return undefined;
    const [clusters, pathways] = await Promise.all([
      this.#repo.listClusters(id),
      this.#repo.listPathways(id),
    ]);
    return {
      framework,
      clusters,
      pathways,
      clusterByCode: new Map(clusters.map((c) => [c.code, c])),
      pathwayByCode: new Map(pathways.map((p) => [p.code, p])),
      loadedAt: this.#now(),
      answers: new Map(),
    };
  }
}

function frameworkRef(framework: FrameworkRecord, lang: Lang): TFrameworkRef {
  return { id: framework.id, version: framework.version, title: pick(framework.title, lang) };
}

function pathwaySummary(p: PathwayRecord, lang: Lang): TPathwaySummary {
  return {
    code: p.code,
    title: pick(p.title, lang),
    description: pick(p.description, lang),
    cluster: { code: p.clusterCode, title: pick(p.clusterTitle, lang) },
  };
}
