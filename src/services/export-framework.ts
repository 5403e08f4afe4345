/** Exports a whole framework, in every language, as JSON or CSV. */
import { writeCsv } from '../importers/csv-writer.ts';
import { notFound } from '../domain/errors.ts';
import type { FrameworkData } from '../domain/framework.ts';
import type { FrameworkRepository } from '../db/framework-repository.ts';

export type FrameworkExportFormat = 'json' | 'csv';

export async function loadFrameworkData(
  repo: FrameworkRepository,
  id?: string,
): Promise<FrameworkData> {
  const frameworkId = id ?? (await repo.findDefaultFrameworkId());
  const framework = (await repo.listFrameworks()).find((f) => f.id === frameworkId);
  if (!framework || frameworkId === undefined) {
    throw notFound(
      id ? `No framework with id "${id}".` : 'No framework is loaded yet: run `wayfinder seed`.',
      'framework',
    );
  }
  const [clusters, pathways] = await Promise.all([
    repo.listClusters(frameworkId),
    repo.listPathways(frameworkId),
  ]);
  return {
    id: framework.id,
    version: framework.version,
    title: framework.title,
    description: framework.description,
    source: framework.source,
    clusters: clusters.map((c) => ({
      code: c.code,
      title: c.title,
      description: c.description,
      pathways: pathways
        .filter((p) => p.clusterCode === c.code)
        .map((p) => ({ code: p.code, title: p.title, description: p.description })),
    })),
  };
}

export const CSV_COLUMNS = [
  'framework_id',
  'framework_version',
  'cluster_code',
  'cluster_title_en',
  'cluster_title_es',
  'pathway_code',
  'pathway_title_en',
  'pathway_title_es',
  'pathway_description_en',
  'pathway_description_es',
] as const;

/** One row per pathway, with its cluster, ready for a spreadsheet. */
export function frameworkToCsv(framework: FrameworkData): string {
  const rows = framework.clusters.flatMap((c) =>
    c.pathways.map((p) => [
      framework.id,
      framework.version,
      c.code,
      c.title.en,
      c.title.es,
      p.code,
      p.title.en,
      p.title.es,
      p.description.en,
      p.description.es,
    ]),
  );
  return writeCsv(CSV_COLUMNS, rows, { bom: true });
}

export function formatFramework(framework: FrameworkData, format: FrameworkExportFormat): string {
  return format === 'json' ? `${JSON.stringify(framework, null, 2)}\n` : frameworkToCsv(framework);
}
