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
   * SOC code, shared equally among the O*NET occupations under it (the broad code's where BLS
   * counts only that: `employmentShares`), on a log scale from 0 to 1
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
        'lb.employment as broad_employment',
        sql<string | null>`coalesce(l.entry_education, lb.entry_education)`.as('entry_education'),
      ])
      .execute();
    const shares = employmentShares(
      rows.map((o) => ({
        soc: o.soc_code,
        employment: o.employment,
        broadEmployment: o.broad_employment,
      })),
    );
    const most = Math.max(1, ...shares);
    // O*NET's closest related occupations (its primary tiers; not the supplemental ones).
    const related = new Map<string, string[]>();
    for (const r of await this.db
      .selectFrom('occupation_related')
      .select(['occupation_code', 'related_code'])
      .where('tier', 'like', 'Primary%')
      .execute()) {
      const list = related.get(r.occupation_code);
      if (list) list.push(r.related_code);
      else related.set(r.occupation_code, [r.related_code]);
    }
    return rows.map((o, i) => ({
      type: 'occupation',
      id: o.code,
      codes: [o.code, o.soc_code],
      title: o.title,
      aliases: o.alternate_titles ?? undefined,
      prior: Math.log1p(shares[i]!) / Math.log1p(most),
      interests: o.riasec ?? undefined,
      levels: occupationLevels({ jobZone: o.job_zone, entryEducation: o.entry_education }),
      related: related.get(o.code),
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

/** One O*NET occupation's SOC code and the BLS employment of that code and of its broad code. */
export interface SocEmployment {
  soc: string;
  employment: number | null;
  broadEmployment: number | null;
}

/**
 * How many people do each occupation's work: its SOC code's employment shared equally among the
 * O*NET occupations under that code. Where BLS counts only the broad code (OEWS has "Home Health
 * and Personal Care Aides", 31-1120, not 31-1121 and 31-1122), what the broad code counts beyond
 * its detailed codes with their own figures is shared among the occupations without one, as
 * occupation pages fall back to the broad code. 0 where neither is known.
 */
export function employmentShares(rows: readonly SocEmployment[]): number[] {
  const broadOf = (soc: string) => `${soc.slice(0, 6)}0`;
  const known = (n: number | null): n is number => n !== null && n > 0;
  const perSoc = new Map<string, number>();
  const counted = new Map<string, Map<string, number>>();
  const lacking = new Map<string, number>();
  for (const { soc, employment } of rows) {
    perSoc.set(soc, (perSoc.get(soc) ?? 0) + 1);
    const broad = broadOf(soc);
    if (known(employment)) {
      const codes = counted.get(broad) ?? new Map<string, number>();
      counted.set(broad, codes.set(soc, employment));
    } else lacking.set(broad, (lacking.get(broad) ?? 0) + 1);
  }
  return rows.map(({ soc, employment, broadEmployment }) => {
    if (known(employment)) return employment / perSoc.get(soc)!;
    if (!known(broadEmployment)) return 0;
    const broad = broadOf(soc);
    let rest = broadEmployment;
    for (const [code, n] of counted.get(broad) ?? []) if (code !== broad) rest -= n;
    return Math.max(0, rest) / lacking.get(broad)!;
  });
}
