/** Loads the embedded default data set. Safe to run any number of times. */
import { AppError } from '../domain/errors.ts';
import { checkFramework, type FrameworkData } from '../domain/framework.ts';
import type { FrameworkRepository, SeedCounts } from '../db/framework-repository.ts';

export interface SeedOptions {
  repo: FrameworkRepository;
  frameworks: FrameworkData[];
  defaultFrameworkId: string;
}

export async function seedFrameworks({
  repo,
  frameworks,
  defaultFrameworkId,
}: SeedOptions): Promise<SeedCounts> {
  const total: SeedCounts = { frameworks: 0, clusters: 0, pathways: 0 };
  for (const framework of frameworks) {
    const problems = checkFramework(framework);
    if (problems.length > 0) {
      const first = problems[0]!;
      throw new AppError(
        'invalid',
        `Framework ${framework.id} is not valid at ${first.path}: ${first.message}`,
        first.path,
      );
    }
  }
  for (const framework of frameworks) {
    const counts = await repo.upsertFramework(framework, framework.id === defaultFrameworkId);
    total.frameworks += counts.frameworks;
    total.clusters += counts.clusters;
    total.pathways += counts.pathways;
  }
  return total;
}
