/**
 * The read cache (issue 9): public answers that rarely change, kept as serialized bytes with an
 * ETag, per data generation. The generations live in the database (migration 0030: one row per
 * domain, bumped by triggers in the writer's transaction); the key of every answer holds the
 * generations it was built under, so an answer built before a write is never found after it.
 *
 * When the generations are re-read:
 * - after every write this process commits (WriteSignal): the writer's next request sees its
 *   change (read-your-writes);
 * - every `pollMs` while `follow()` runs, for writes by other processes (several instances on one
 *   PostgreSQL, the command line).
 * The generations are taken before an answer is built, so an answer is at least as fresh as the
 * generations in its key.
 *
 * Only answers that do not depend on the caller belong here: callers pass a key of the question
 * alone (path, language, query), and routes use it only for anonymous requests.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { z } from 'zod';

export interface GenerationSource {
  all(): Promise<Map<string, string>>;
}

export interface CachedAnswer {
  /** The JSON body, UTF-8. */
  body: Buffer;
  /** A strong ETag of the body. */
  etag: string;
}

export interface ReadCacheOptions {
  generations: GenerationSource;
  /** Bytes of bodies kept at most (least recently used go first); 64 MB unless given. */
  maxBytes?: number;
  /** How often `follow()` re-reads the generations; 250 ms unless given. */
  pollMs?: number;
}

export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

export class ReadCache {
  private readonly source: GenerationSource;
  private readonly entries: LRUCache<string, CachedAnswer>;
  private readonly building = new Map<string, Promise<CachedAnswer>>();
  private readonly pollMs: number;
  private generations = '';
  /** Bumped by every signal of a write; the generations are current when synced === wanted. */
  private wanted = 1;
  private synced = 0;
  private running: Promise<void> | undefined;
  private runningFor = 0;
  private queued: Promise<void> | undefined;
  private readonly changeListeners = new Set<(domains: Set<string>) => void>();
  private known = new Map<string, string>();
  /** Hits and misses since start, for tests and the benchmark. */
  readonly stats = { hits: 0, misses: 0, syncs: 0 };

  constructor(options: ReadCacheOptions) {
    this.source = options.generations;
    this.pollMs = options.pollMs ?? 250;
    this.entries = new LRUCache<string, CachedAnswer>({
      maxSize: options.maxBytes ?? DEFAULT_CACHE_BYTES,
      sizeCalculation: (value, key) => value.body.length + key.length * 2 + 64,
    });
  }

  /** Data may have changed: re-read the generations before the next answer. */
  markStale(): void {
    this.wanted++;
  }

  /** The generations as they are now in the database, e.g. "catalog=3,framework=1,…". */
  async current(): Promise<string> {
    while (this.synced < this.wanted) await this.sync();
    return this.generations;
  }

  /**
   * The answer to `key` under the current generations: from memory, or built once by `build`
   * (concurrent askers share one build), checked against `schema` and serialized.
   */
  async answer<T>(
    key: string,
    schema: z.ZodType<T>,
    build: () => Promise<T>,
  ): Promise<CachedAnswer> {
    const full = `${await this.current()}|${key}`;
    const hit = this.entries.get(full);
    if (hit) {
      this.stats.hits++;
      return hit;
    }
    let pending = this.building.get(full);
    if (!pending) {
      this.stats.misses++;
      pending = (async () => {
        const body = Buffer.from(JSON.stringify(schema.parse(await build())), 'utf8');
        const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
        const made = { body, etag };
        this.entries.set(full, made);
        return made;
      })().finally(() => this.building.delete(full));
      this.building.set(full, pending);
    }
    return pending;
  }

  /**
   * Calls `listener` with the domains whose generations are seen to change (a write here or
   * elsewhere): for the other in-memory views of the data (framework snapshot, search index).
   */
  onChange(listener: (domains: Set<string>) => void): void {
    this.changeListeners.add(listener);
  }

  /** Bytes of bodies kept now. */
  get size(): number {
    return this.entries.calculatedSize;
  }

  /** Re-reads the generations every `pollMs` until the returned function is called. */
  follow(): () => void {
    const timer = setInterval(() => {
      this.sync().catch(() => {
        // The database is away; the next answer tries again (and fails like any other query).
      });
    }, this.pollMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * Re-reads the generations. One read runs at a time (an older read finishing after a newer one
   * would bring back old generations); a call while one runs joins the next read, which starts
   * after it and so covers every write signalled before (or joins the running read when no write
   * was signalled since it started).
   */
  private sync(): Promise<void> {
    if (this.running && this.runningFor >= this.wanted) return this.running;
    if (!this.running) {
      this.runningFor = this.wanted;
      this.running = this.read().finally(() => (this.running = undefined));
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => {})
      .then(() => {
        this.queued = undefined;
        return this.sync();
      });
    return this.queued;
  }

  private async read(): Promise<void> {
    const target = this.runningFor;
    const rows = await this.source.all();
    this.stats.syncs++;
    const next = [...rows.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([domain, generation]) => `${domain}=${generation}`)
      .join(',');
    if (next !== this.generations) {
      const previous = this.generations;
      this.generations = next;
      // Answers of older generations can no longer be found: free their memory now.
      this.entries.clear();
      const changed = new Set(
        [...rows.entries()].filter(([d, g]) => this.known.get(d) !== g).map(([d]) => d),
      );
      this.known = rows;
      if (previous !== '') for (const listener of this.changeListeners) listener(changed);
    }
    this.synced = Math.max(this.synced, target);
  }
}
