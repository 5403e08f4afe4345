/**
 * What interest matching reads: every occupation with its O*NET interest (OI) scores, job zone,
 * wage and outlook, and the occupation → pathway links of a framework. Read whole and cached by
 * the service, so matching works on whatever occupations are loaded.
 */
import type { Kysely } from 'kysely';
import { OccupationRepository } from './occupation-repository.ts';
import type { OccupationRow } from './occupation-rows.ts';
import type { DB } from './schema.ts';

export class InterestRepository {
  readonly #occupations: OccupationRepository;
  constructor(private readonly db: Kysely<DB>) {
    this.#occupations = new OccupationRepository(db);
  }

  /** Occupations that carry interest scores, with their labor-market facts. */
  async occupationsWithInterests(frameworkId: string): Promise<OccupationRow[]> {
    const { items } = await this.#occupations.list({ frameworkId, limit: 1_000_000, offset: 0 });
    return items.filter((o) => o.riasec !== null);
  }

  /** Every occupation → pathway link of a framework. */
  async pathwayLinks(frameworkId: string): Promise<{ occupation: string; pathway: string }[]> {
    const rows = await this.db
      .selectFrom('occupation_pathway')
      .select(['occupation_code', 'pathway_code'])
      .where('framework_id', '=', frameworkId)
      .orderBy('occupation_code')
      .orderBy('pathway_code')
      .execute();
    return rows.map((r) => ({ occupation: r.occupation_code, pathway: r.pathway_code }));
  }
}
