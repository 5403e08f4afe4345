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
