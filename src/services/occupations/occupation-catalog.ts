/** Read use cases for occupations: lists, one occupation with its links, a pathway's occupations. */
import type {
  TOccupation,
  TOccupationList,
  TOccupationSummary,
  TPathwayOccupations,
  TSource,
} from '../../contracts/occupation.ts';
import { notFound } from '../../domain/errors.ts';
import type { Lang } from '../../domain/framework.ts';
import {
  entryLevelLabel,
  entryLevelOf,
  typicalEducationOf,
  type EntryLevel,
} from '../../domain/occupation/entry-level.ts';
import type { OccupationRepository } from '../../db/occupation-repository.ts';
import type { OccupationRow } from '../../db/occupation-rows.ts';
import type { PartialLocalizedText } from '../../db/occupations-schema.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';
import { localizeSource } from '../../domain/occupation/source-text.ts';
import { occupationTitle, occupationTitleLang } from './occupation-title.ts';

const ZONES: Record<EntryLevel, number[]> = { semi: [1, 2], mid: [3], high: [4, 5] };

export const pickText = (text: PartialLocalizedText, lang: Lang): string =>
  lang === 'es' && text.es ? text.es : text.en;

/** The language `pickText` answers in: English where the Spanish text is missing. */
export const pickedLang = (text: PartialLocalizedText, lang: Lang): Lang =>
  lang === 'es' && text.es ? 'es' : 'en';

export interface ListQuery {
  lang: Lang;
  framework?: string | undefined;
  pathway?: string | undefined;
  cluster?: string | undefined;
  level?: EntryLevel | undefined;
  codes?: string[] | undefined;
  cip?: string | undefined;
  limit: number;
  offset: number;
}

export class OccupationCatalog {
  constructor(
    private readonly repo: OccupationRepository,
    private readonly frameworks: FrameworkCatalog,
  ) {}

  async list(query: ListQuery): Promise<TOccupationList> {
    const frameworkId = (
      await this.frameworks.listClusters({ framework: query.framework, lang: query.lang })
    ).framework.id;
    const { total, items } = await this.repo.list({
      frameworkId,
      pathwayCode: query.pathway,
      clusterCode: query.cluster,
      codes: query.codes,
      cipCode: query.cip,
      jobZones: query.level ? ZONES[query.level] : undefined,
      limit: query.limit,
      offset: query.offset,
    });
    return {
      lang: query.lang,
      total,
      items: items.map((row) => summary(row, query.lang, row.isPrimary)),
      sources: await this.#sources(items, query.lang),
    };
  }

  async forPathway(query: {
    code: string;
    lang: Lang;
    framework?: string | undefined;
  }): Promise<TPathwayOccupations> {
    const pathway = await this.frameworks.getPathway({
      code: query.code,
      framework: query.framework,
      lang: query.lang,
    });
    const list = await this.list({
      lang: query.lang,
      framework: pathway.framework.id,
      pathway: query.code,
      limit: 200,
      offset: 0,
    });
    return { ...list, pathway: { code: pathway.code, title: pathway.title } };
  }

  async get(query: {
    code: string;
    lang: Lang;
    framework?: string | undefined;
  }): Promise<TOccupation> {
    const row = await this.repo.find(query.code);
    if (!row) throw notFound(`No occupation with O*NET-SOC code "${query.code}".`, 'code');
    const { lang } = query;
    const pathways = await this.frameworks.listPathways({ framework: query.framework, lang });
    const titles = new Map(pathways.items.map((p) => [p.code, p]));
    const links = await this.repo.pathwaysOf(row.code, pathways.framework.id);
    const [related, cip] = await Promise.all([
      this.repo.relatedOf(row.code),
      this.repo.cipOf(row.socCode),
    ]);
    const programs = await this.repo.programsFor(
      pathways.framework.id,
      links.map((l) => l.pathwayCode),
      cip.map((c) => c.code),
    );
    const sourceIds = [
      row.sourceId,
      row.wageSourceId,
      row.projectionSourceId,
      row.brightOutlookSourceId,
      ...links.map((l) => l.sourceId),
      ...related.map((r) => r.sourceId),
      ...cip.map((c) => c.sourceId),
    ];
    return {
      ...summary(row, lang, undefined),
      lang,
      description: pickText(row.description, lang),
      descriptionLang: pickedLang(row.description, lang),
      typicalEducation:
        (lang === 'en' ? row.entryEducation : null) ??
        typicalEducationOf(row.jobZone, lang) ??
        null,
      employment: row.employment,
      riasec: row.riasec,
      interestCode: row.interestCode,
      pathways: links.flatMap((l) => {
        const p = titles.get(l.pathwayCode);
        return p
          ? [{ code: p.code, title: p.title, isPrimary: l.isPrimary, cluster: p.cluster }]
          : [];
      }),
      related: related.map((r) => ({
        code: r.code,
        title: occupationTitle(r.code, r.title, lang),
        titleLang: occupationTitleLang(r.code, r.title, lang),
        entryLevel: entryLevelOf(r.jobZone) ?? null,
      })),
      cip: cip.map((c) => ({ code: c.code, title: c.title })),
      programs: programs.map((p) => ({
        id: p.id,
        title: pickText(p.title, lang),
        pathwayCode: p.pathwayCode,
        cipCode: p.cipCode,
      })),
      sources: (await this.repo.sources(unique(sourceIds))).map((s) => localizeSource(s, lang)),
    };
  }

  async #sources(rows: OccupationRow[], lang: Lang): Promise<TSource[]> {
    const sources = await this.repo.sources(
      unique(
        rows.flatMap((r) => [
          r.sourceId,
          r.wageSourceId,
          r.projectionSourceId,
          r.brightOutlookSourceId,
        ]),
      ),
    );
    return sources.map((s) => localizeSource(s, lang));
  }
}

const unique = (ids: (string | null)[]): string[] => [
  ...new Set(ids.filter((id): id is string => id !== null)),
];

function summary(
  row: OccupationRow,
  lang: Lang,
  isPrimary: boolean | null | undefined,
): TOccupationSummary {
  const level = entryLevelOf(row.jobZone) ?? null;
  return {
    code: row.code,
    socCode: row.socCode,
    title: occupationTitle(row.code, row.title, lang),
    titleLang: occupationTitleLang(row.code, row.title, lang),
    jobZone: row.jobZone,
    entryLevel: level,
    entryLevelLabel: level ? entryLevelLabel(level, lang) : null,
    medianAnnualWage: row.medianAnnualWage,
    wageTopCoded: row.wageTopCoded,
    growthPct: row.growthPct,
    annualOpenings: row.annualOpenings,
    brightOutlook: row.brightOutlook,
    ...(isPrimary === null || isPrimary === undefined ? {} : { isPrimary }),
  };
}
