import type { Lang } from '../../domain/framework.ts';
import { invalid } from '../../domain/errors.ts';
import { AppError } from '../../domain/errors.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';
import type { FrameworkTitles } from './present-program.ts';

/** The pathway and cluster titles of a program, or an error naming the unknown pathway. */
export async function frameworkTitles(
  frameworks: FrameworkCatalog,
  frameworkId: string,
  pathwayCode: string,
  lang: Lang,
): Promise<FrameworkTitles> {
  try {
    const pathway = await frameworks.getPathway({
      framework: frameworkId,
      code: pathwayCode,
      lang,
    });
    return { pathway: { code: pathway.code, title: pathway.title }, cluster: pathway.cluster };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      throw invalid(
        `program.pathwayCode: no pathway "${pathwayCode}" in framework ${frameworkId}.`,
        'program.pathwayCode',
      );
    }
    throw error;
  }
}

export async function knownPathways(
  frameworks: FrameworkCatalog,
  frameworkId: string,
): Promise<string[]> {
  const list = await frameworks.listPathways({ framework: frameworkId, lang: 'en' });
  return list.items.map((p) => p.code);
}

/** The framework's pathway titles in English and Spanish, by code (for findings that name them). */
export async function pathwayTitles(
  frameworks: FrameworkCatalog,
  frameworkId: string,
): Promise<Map<string, { en: string; es: string }>> {
  const [en, es] = await Promise.all(
    (['en', 'es'] as const).map((lang) =>
      frameworks.listPathways({ framework: frameworkId, lang }),
    ),
  );
  const spanish = new Map(es!.items.map((p) => [p.code, p.title]));
  return new Map(
    en!.items.map((p) => [p.code, { en: p.title, es: spanish.get(p.code) ?? p.title }]),
  );
}
