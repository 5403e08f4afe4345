/** Reads what the search index holds, one small query per type of document. */
import { sql, type Kysely } from 'kysely';
import type { SearchDoc } from '../domain/search/search-index.ts';
import { occupationLevels } from '../domain/program/exit-points.ts';
import type { PartialLocalizedText } from './occupations-schema.ts';
import type { DB } from './schema.ts';

const text = (value: unknown): PartialLocalizedText => {
  if (value && typeof value === 'object' && typeof (value as PartialLocalizedText).en === 'string')
    return value as PartialLocalizedText;
  return { en: typeof value === 'string' ? value : '' };
};

export class SearchRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async clustersAndPathways(frameworkId: string): Promise<SearchDoc[]> {
    const clusters = await this.db
      .selectFrom('cluster')
      .select(['code', 'title', 'description'])
      .where('framework_id', '=', frameworkId)
      .execute();
    const pathways = await this.db
      .selectFrom('pathway as p')
      .innerJoin('cluster as c', (j) =>
        j.onRef('c.framework_id', '=', 'p.framework_id').onRef('c.code', '=', 'p.cluster_code'),
      )
      .select(['p.code', 'p.title', 'p.description', 'c.title as cluster_title'])
      .where('p.framework_id', '=', frameworkId)
      .execute();
    return [
      ...clusters.map((c) => ({
        type: 'cluster',
        id: c.code,
        codes: [c.code],
        title: c.title,
        text: `${c.description.en} ${c.description.es}`,
      })),
      ...pathways.map((p) => ({
        type: 'pathway',
        id: p.code,
        codes: [p.code],
        title: p.title,
        text: `${p.description.en} ${p.description.es}`,
        subtitle: p.cluster_title,
      })),
    ];
  }

  /**
   * Occupations with their other names and how many people do the work: BLS employment of the
   * SOC code, shared equally among the O*NET occupations under it, on a log scale from 0 to 1
   * (`prior`), which search uses to order otherwise equal hits ("teacher" → elementary school
   * teachers before law professors), their O*NET interest scores, which interest words
   * ("help people") are answered by, and the schooling they are entered at ("no college").
   */
  async occupations(): Promise<SearchDoc[]> {
    const rows = await this.db
      .selectFrom('occupation as o')
      .leftJoin('labor_market as l', 'l.soc_code', 'o.soc_code')
      // The broad SOC code's projections when the detailed one has none, as occupation pages do.
      .leftJoin('labor_market as lb', (join) =>
        join.on('lb.soc_code', '=', sql<string>`left(o.soc_code, 6) || '0'`),
      )
      .select([
        'o.code',
        'o.soc_code',
        'o.title',
        'o.alternate_titles',
        'o.riasec',
        'o.job_zone',
        'l.employment',
        sql<string | null>`coalesce(l.entry_education, lb.entry_education)`.as('entry_education'),
      ])
      .execute();
    const perSoc = new Map<string, number>();
    for (const o of rows) perSoc.set(o.soc_code, (perSoc.get(o.soc_code) ?? 0) + 1);
    const shareOf = (o: (typeof rows)[number]) =>
      o.employment && o.employment > 0 ? o.employment / perSoc.get(o.soc_code)! : 0;
    const most = Math.max(1, ...rows.map(shareOf));
    return rows.map((o) => ({
      type: 'occupation',
      id: o.code,
      codes: [o.code, o.soc_code],
      title: o.title,
      aliases: o.alternate_titles ?? undefined,
      prior: Math.log1p(shareOf(o)) / Math.log1p(most),
      interests: o.riasec ?? undefined,
      levels: occupationLevels({ jobZone: o.job_zone, entryEducation: o.entry_education }),
    }));
  }

  async cip(): Promise<SearchDoc[]> {
    const rows = await this.db.selectFrom('cip').select(['code', 'title']).execute();
    return rows.map((c) => ({ type: 'cip', id: c.code, codes: [c.code], title: { en: c.title } }));
  }

  /** Approved programs of study (their latest approved version). */
  async programs(): Promise<SearchDoc[]> {
    const rows = await this.db
      .selectFrom('program_version as v')
      .innerJoin('program as p', 'p.id', 'v.program_id')
      .select([
        'p.id',
        'p.pathway_code',
        'v.title',
        'v.search_text',
        sql<string | null>`v.body->>'cipCode'`.as('cip_code'),
      ])
      .where('v.status', '=', 'approved')
      .orderBy('p.id')
      .orderBy('v.version', 'desc')
      .execute();
    const seen = new Set<string>();
    return rows.flatMap((r) => {
      if (seen.has(r.id)) return [];
      seen.add(r.id);
      return [
        {
          type: 'program',
          id: r.id,
          codes: [r.pathway_code, ...(r.cip_code ? [r.cip_code] : [])],
          title: text(r.title),
          text: r.search_text,
        },
      ];
    });
  }

  async courses(): Promise<SearchDoc[]> {
    const rows = await this.db
      .selectFrom('course')
      .select([
        'id',
        'title',
        'subject',
        sql<string | null>`doc->>'stateCode'`.as('state_code'),
        sql<string | null>`doc->>'scedCode'`.as('sced_code'),
        sql<string | null>`nullif(concat_ws(' ', doc->>'prefix', doc->>'number'), '')`.as(
          'college_code',
        ),
      ])
      .execute();
    // Course codes ("WLD 111", a state code, a SCED code) are words of the text, so
    // "wld 111" or "wld" finds the course as well as its title does.
    return rows.map((c) => {
      const codes = [c.college_code, c.state_code, c.sced_code].filter(
        (code): code is string => code !== null,
      );
      return {
        type: 'course',
        id: c.id,
        codes,
        title: text(c.title),
        text: [...codes, c.subject].join(' '),
      };
    });
  }

  async credentials(): Promise<SearchDoc[]> {
    const rows = await this.db.selectFrom('credential').select(['id', 'title', 'type']).execute();
    return rows.map((c) => ({
      type: 'credential',
      id: c.id,
      codes: [],
      title: text(c.title),
      text: c.type,
    }));
  }
}
