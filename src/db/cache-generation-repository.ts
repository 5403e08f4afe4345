/** The data generations of the read cache (migration 0030): bumped by triggers, read here. */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

export class CacheGenerationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every domain's generation, as text ("12"): they only go into cache keys. */
  async all(): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('cache_generation')
      .select(['domain', 'generation'])
      .execute();
    return new Map(rows.map((r) => [r.domain, String(r.generation)]));
  }
}
