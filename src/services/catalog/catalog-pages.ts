/**
 * Read use cases of the public catalog pages: one course, one credential, one CIP 2020 field of
 * study, each with the approved programs of study that use it (never drafts).
 */
import type {
  TCipDetail,
  TCourseDetail,
  TCredentialDetail,
  TProgramRef,
} from '../../contracts/catalog.ts';
import type { TSource } from '../../contracts/occupation.ts';
import type { TInstitution } from '../../contracts/program.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Lang } from '../../domain/framework.ts';
import type { CatalogPageRepository, ProgramUse } from '../../db/catalog-page-repository.ts';
import type { CatalogRepository } from '../../db/catalog-repository.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';
import type { OccupationCatalog } from '../occupations/occupation-catalog.ts';
import { occupationTitle } from '../occupations/occupation-title.ts';
import { onetCode } from '../programs/present-program.ts';
import { localizeSource } from '../../domain/occupation/source-text.ts';
import {
  courseCode,
  courseRef,
  creditForCourse,
  credentialRef,
  otherSides,
  presentCreditEarned,
  presentCredentialCredit,
  presentOtherSides,
  text,
} from './catalog-credit.ts';

export interface CatalogPageDeps {
  catalog: CatalogRepository;
  pages: CatalogPageRepository;
  frameworks: FrameworkCatalog;
  occupations: OccupationCatalog;
  /** Data sources by id, with the attribution each asks for. */
  sources(ids: string[]): Promise<TSource[]>;
}

/** The most occupations a CIP page lists; the crosswalk gives a few dozen at most. */
const MAX_OCCUPATIONS = 200;

export class CatalogPages {
  constructor(private readonly deps: CatalogPageDeps) {}

  async course(query: { id: string; lang: Lang }): Promise<TCourseDetail> {
    const { id, lang } = query;
    const own = await this.deps.catalog.findCatalog({
      institutions: [],
      courses: [id],
      credentials: [],
    });
    const course = own.courses[0];
    if (!course) throw notFound(`No course with id "${id}".`, 'id');
    // Course-to-course agreements, and the credentials whose holders receive this course's credit.
    const agreements = otherSides(id, own.creditAgreements);
    const credentialCredit = creditForCourse(id, own.creditAgreements);
    const [related, programs, pathways] = await Promise.all([
      this.deps.catalog.findCatalog({
        institutions: [course.institutionId, ...agreements.map((a) => a.otherInstitutionId)],
        courses: [
          ...course.prerequisites,
          ...course.corequisites,
          ...agreements.map((a) => a.otherCourseId),
        ],
        credentials: [...new Set(credentialCredit.map((a) => a.credentialId))],
      }),
      this.#programs({ courseId: id }, lang),
      this.#pathways(course.pathwayCodes, lang),
    ]);
    const courses = new Map(related.courses.map((c) => [c.id, c]));
    const institutions = new Map(related.institutions.map((i) => [i.id, i]));
    const refs = (ids: string[]) =>
      ids.flatMap((ref) => {
        const found = courses.get(ref);
        return found ? [courseRef(found, lang)] : [];
      });
    const institution: TInstitution = institutions.get(course.institutionId) ?? {
      id: course.institutionId,
      kind: 'college',
      name: course.institutionId,
    };
    return {
      lang,
      id: course.id,
      title: text(course.title, lang),
      code: courseCode(course),
      level: course.level,
      kind: course.kind,
      subject: course.subject,
      ...(course.level === 'secondary'
        ? {
            credits: course.carnegieUnits,
            ...(course.carnegieUnitsMin !== undefined
              ? { creditsMin: course.carnegieUnitsMin }
              : {}),
            creditUnit: 'carnegie_units' as const,
            scedCode: course.scedCode ?? null,
            grades: { min: course.gradeMin, max: course.gradeMax },
          }
        : {
            credits: course.creditHours,
            ...(course.creditHoursMin !== undefined ? { creditsMin: course.creditHoursMin } : {}),
            creditUnit: 'credit_hours' as const,
            ...(course.clockHours !== undefined ? { clockHours: course.clockHours } : {}),
            scedCode: null,
            grades: null,
          }),
      institution: {
        id: institution.id,
        name: institution.name,
        kind: institution.kind,
        city: institution.city ?? null,
        state: institution.state ?? null,
      },
      pathways,
      prerequisites: refs(course.prerequisites),
      corequisites: refs(course.corequisites),
      creditAgreements: presentOtherSides(agreements, courses, institutions, lang),
      credentialCredit: presentCredentialCredit(
        credentialCredit,
        new Map(related.credentials.map((c) => [c.id, c])),
        lang,
      ),
      programs,
    };
  }

  async credential(query: { id: string; lang: Lang }): Promise<TCredentialDetail> {
    const { id, lang } = query;
    const own = await this.deps.catalog.findCatalog({
      institutions: [],
      courses: [],
      credentials: [id],
    });
    const credential = own.credentials[0];
    if (!credential) throw notFound(`No credential with id "${id}".`, 'id');
    const credit = own.creditAgreements.filter((a) => a.credentialId === id);
    const [stacksInto, stackedFrom, rows, granted] = await Promise.all([
      credential.stacksInto.length
        ? this.deps.catalog
            .findCatalog({ institutions: [], courses: [], credentials: credential.stacksInto })
            .then((c) => c.credentials)
        : Promise.resolve([]),
      this.deps.pages.credentialsStackingInto(id),
      this.deps.pages.approvedPrograms({ credentialId: id }),
      credit.length
        ? this.deps.catalog.findCatalog({
            institutions: credit.map((a) => a.postsecondaryInstitutionId),
            courses: credit.map((a) => a.postsecondaryCourseId),
            credentials: [],
          })
        : undefined,
    ]);
    const targets = new Map<string, { title: string; point: 'entry' | 'mid' | 'exit' }>();
    for (const row of rows)
      for (const o of row.body.occupations)
        if (o.credentialId === id && !targets.has(onetCode(o.soc)))
          targets.set(onetCode(o.soc), { title: o.title, point: o.point });
    const known = targets.size
      ? await this.deps.occupations.list({
          lang,
          codes: [...targets.keys()],
          limit: MAX_OCCUPATIONS,
          offset: 0,
        })
      : undefined;
    const byCode = new Map(known?.items.map((o) => [o.code, o]));
    return {
      lang,
      id: credential.id,
      title: text(credential.title, lang),
      type: credential.type,
      issuer: credential.issuer ?? null,
      level: credential.level ?? null,
      stacksInto: stacksInto.map((c) => credentialRef(c, lang)),
      stackedFrom: stackedFrom.map((c) => credentialRef(c, lang)),
      credit: presentCreditEarned(
        id,
        credit,
        new Map(granted?.courses.map((c) => [c.id, c])),
        new Map(granted?.institutions.map((i) => [i.id, i])),
        lang,
      ),
      occupations: [...targets].map(([code, target]) => {
        const occupation = byCode.get(code);
        return {
          code,
          title: occupation?.title ?? occupationTitle(code, { en: target.title }, lang),
          point: target.point,
          entryLevel: occupation?.entryLevel ?? null,
          known: occupation !== undefined,
        };
      }),
      programs: await this.#present(rows, lang),
      sources: known?.sources ?? [],
    };
  }

  /**
   * A CIP 2020 code: its title and definition when the CIP list is imported, the occupations
   * the crosswalk links it to, and the approved programs that teach it. A code nothing knows
   * about is not found.
   */
  async cip(query: { code: string; lang: Lang }): Promise<TCipDetail> {
    const { code, lang } = query;
    const [row, crosswalk, occupations, programs] = await Promise.all([
      this.deps.pages.cip(code),
      this.deps.pages.crosswalkSources(code),
      this.deps.occupations.list({ lang, cip: code, limit: MAX_OCCUPATIONS, offset: 0 }),
      this.#programs({ cipCode: code }, lang),
    ]);
    if (!row && crosswalk.length === 0 && programs.length === 0)
      throw notFound(
        `No field of study with CIP code "${code}": it is not in the imported CIP 2020 list, the CIP–SOC crosswalk or any approved program.`,
        'code',
      );
    const ids = new Set([
      ...(row ? [row.sourceId] : []),
      ...(occupations.items.length ? crosswalk : []),
      ...occupations.sources.map((s) => s.id),
    ]);
    const sources = ids.size
      ? (await this.deps.sources([...ids])).map((s) => localizeSource(s, lang))
      : [];
    return {
      lang,
      code,
      title: row?.title ?? null,
      definition: row?.definition || null,
      occupations: occupations.items,
      programs,
      sources,
    };
  }

  async #programs(use: ProgramUse, lang: Lang): Promise<TProgramRef[]> {
    return this.#present(await this.deps.pages.approvedPrograms(use), lang);
  }

  async #present(
    rows: Awaited<ReturnType<CatalogPageRepository['approvedPrograms']>>,
    lang: Lang,
  ): Promise<TProgramRef[]> {
    const refs = await Promise.all(
      rows.map(async (row): Promise<TProgramRef | undefined> => {
        try {
          const pathway = await this.deps.frameworks.getPathway({
            framework: row.frameworkId,
            code: row.pathwayCode,
            lang,
          });
          return {
            id: row.id,
            title: text(row.title, lang),
            pathway: { code: pathway.code, title: pathway.title },
            cluster: pathway.cluster,
            cipCode: row.cipCode,
          };
        } catch (error) {
          // A program on a pathway its framework no longer has is left out rather than failing.
          if (error instanceof AppError && error.code === 'not_found') return undefined;
          throw error;
        }
      }),
    );
    return refs.filter((r): r is TProgramRef => r !== undefined);
  }

  /** Titles of a course's pathways in the default framework; unknown codes are left out. */
  async #pathways(codes: string[], lang: Lang): Promise<{ code: string; title: string }[]> {
    if (codes.length === 0) return [];
    const { items } = await this.deps.frameworks.listPathways({ lang });
    const titles = new Map(items.map((p) => [p.code, p.title]));
    return codes.flatMap((code) => {
      const title = titles.get(code);
      return title ? [{ code, title }] : [];
    });
  }
}
