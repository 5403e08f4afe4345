/**
 * What a program save needs to know of a framework (its pathways, their titles and clusters),
 * read from the framework catalog BEFORE the save's transaction starts and handed to it. Inside
 * the transaction nothing may reach the catalog: on the embedded database the transaction holds the
 * one connection, so a snapshot the catalog had dropped meanwhile (a seed, a framework import)
 * would be loaded from the database there and wait on the transaction itself until it gave up.
 */
import type { Lang, LocalizedText } from '../../domain/framework.ts';
import { AppError, invalid } from '../../domain/errors.ts';
import { authoredText } from '../../domain/program/authored-messages.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';
import type { FrameworkTitles } from './present-program.ts';

interface PathwayFacts {
  title: LocalizedText & { es: string };
  cluster: { code: string; title: LocalizedText & { es: string } };
}

/** One framework's pathways, as a save uses them; answers without asking anything. */
export class FrameworkFacts {
  readonly #pathways: ReadonlyMap<string, PathwayFacts>;

  constructor(
    readonly frameworkId: string,
    pathways: ReadonlyMap<string, PathwayFacts>,
  ) {
    this.#pathways = pathways;
  }

  /** The framework's pathway codes, in its order. */
  get pathwayCodes(): string[] {
    return [...this.#pathways.keys()];
  }

  /** A pathway's title in English and Spanish (for findings that name it). */
  pathwayTitleOf(code: string): { en: string; es: string } | undefined {
    return this.#pathways.get(code)?.title;
  }

  /**
   * The pathway and cluster titles of a program on `pathwayCode`, in `lang`; a pathway the
   * framework does not have is the author's mistake, refused naming program.pathwayCode.
   */
  titlesOf(pathwayCode: string, lang: Lang): FrameworkTitles {
    const pathway = this.#pathways.get(pathwayCode);
    if (!pathway) {
      const field = 'program.pathwayCode';
      const text = authoredText('noSuchPathway', {
        field,
        code: pathwayCode,
        id: this.frameworkId,
      });
      throw invalid(text.en, field, { es: text.es });
    }
    return {
      pathway: { code: pathwayCode, title: pathway.title[lang] },
      cluster: { code: pathway.cluster.code, title: pathway.cluster.title[lang] },
    };
  }
}

/** The facts of each framework a save names, by id. */
export type FrameworkFactsById = ReadonlyMap<string, FrameworkFacts>;

async function factsOf(frameworks: FrameworkCatalog, frameworkId: string) {
  const [en, es] = await Promise.all(
    (['en', 'es'] as const).map((lang) =>
      frameworks.listPathways({ framework: frameworkId, lang }),
    ),
  );
  const spanish = new Map(es!.items.map((p) => [p.code, p]));
  const pathways = new Map<string, PathwayFacts>();
  for (const p of en!.items) {
    const inSpanish = spanish.get(p.code);
    pathways.set(p.code, {
      title: { en: p.title, es: inSpanish?.title ?? p.title },
      cluster: {
        code: p.cluster.code,
        title: { en: p.cluster.title, es: inSpanish?.cluster.title ?? p.cluster.title },
      },
    });
  }
  return new FrameworkFacts(frameworkId, pathways);
}

/**
 * Reads the facts of the frameworks named, before a transaction. A framework that is not loaded
 * is refused here, naming program.frameworkId (and the file, when `source` is given) and the
 * loaded ones, in English and Spanish.
 */
export async function readFrameworkFacts(
  frameworks: FrameworkCatalog,
  wanted: Array<{ frameworkId: string; source?: string | undefined }>,
): Promise<Map<string, FrameworkFacts>> {
  const facts = new Map<string, FrameworkFacts>();
  for (const { frameworkId, source } of wanted) {
    if (facts.has(frameworkId)) continue;
    try {
      facts.set(frameworkId, await factsOf(frameworks, frameworkId));
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
      const known = (await frameworks.listFrameworks('en')).items.map((f) => `"${f.id}"`);
      const text = authoredText('noSuchFramework', {
        field: 'program.frameworkId',
        id: frameworkId,
        known: known.join(', ') || '—',
      });
      const prefix = source ? `${source}: ` : '';
      throw invalid(prefix + text.en, 'program.frameworkId', { es: prefix + text.es });
    }
  }
  return facts;
}
