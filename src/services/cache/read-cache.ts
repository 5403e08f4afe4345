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
  private syncing: { upTo: number; done: Promise<void> } | undefined;
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

  private async sync(): Promise<void> {
    const target = this.wanted;
    if (this.syncing && this.syncing.upTo >= target) return this.syncing.done;
    const done = (async () => {
      const rows = await this.source.all();
      this.stats.syncs++;
      const next = [...rows.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([domain, generation]) => `${domain}=${generation}`)
        .join(',');
      if (next !== this.generations) {
        this.generations = next;
        // Answers of older generations can no longer be found: free their memory now.
        this.entries.clear();
      }
      this.synced = Math.max(this.synced, target);
    })();
    const attempt = { upTo: target, done };
    this.syncing = attempt;
    try {
      await done;
    } finally {
      if (this.syncing === attempt) this.syncing = undefined;
    }
  }
}
