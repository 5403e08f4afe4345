/**
 * O*NET OnLine's "All Career Clusters" export: occupation → cluster / pathway of the 16/79
 * framework. Names are matched after normalising ("and" ≡ "&", "Audio/Video" ≡ "A/V"); an
 * occupation in two clusters lists both, joined by "; ", and the first is its primary pathway.
 */
import { isOnetSocCode } from '../domain/occupation/codes.ts';
import {
  PathwayNameIndex,
  splitMultiValue,
  type NamedPathway,
} from '../domain/occupation/framework-names.ts';
import type {
  DataSourceInfo,
  OccupationStub,
  PathwayLinkRecord,
} from '../domain/occupation/import-records.ts';
import type { ImportPlan, SourceFile } from './import-plan.ts';
import { parseTabular } from './tabular.ts';

export const ONET_CLUSTERS_SOURCE: DataSourceInfo = {
  id: 'onet-career-clusters@2023',
  kind: 'onet-career-clusters',
  version: '2023',
  title: 'O*NET OnLine — occupations by Career Cluster and Career Pathway',
  publisher: 'National Center for O*NET Development, for USDOL/ETA',
  url: 'https://www.onetonline.org/find/career',
  license: 'CC BY 4.0',
  attribution:
    'This product includes information from O*NET OnLine by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. National Career Clusters® is a registered mark of Advance CTE.',
};

export function planClustersImport(
  file: SourceFile,
  frameworkId: string,
  pathways: readonly NamedPathway[],
): ImportPlan {
  const table = parseTabular(file.name, file.text, { delimiter: ',' });
  const [clusterCol, pathwayCol, codeCol, titleCol] = [
    table.column('Career Cluster'),
    table.column('Career Pathway'),
    table.column('Code'),
    table.column('Occupation'),
  ];
  const index = new PathwayNameIndex(pathways);
  const links = new Map<string, PathwayLinkRecord>();
  const stubs = new Map<string, OccupationStub>();
  for (const row of table.issues.length ? [] : table.rows) {
    const code = table.required(row, codeCol);
    const title = table.required(row, titleCol);
    if (code === undefined || title === undefined) continue;
    if (!isOnetSocCode(code)) {
      table.fail(row, codeCol, `"${code}" is not an O*NET-SOC code such as 15-1252.00`);
      continue;
    }
    const clusters = splitMultiValue(table.get(row, clusterCol));
    const names = splitMultiValue(table.get(row, pathwayCol));
    if (clusters.length === 0 || clusters.length !== names.length) {
      table.fail(
        row,
        pathwayCol,
        `needs one pathway per cluster (${clusters.length} cluster(s), ${names.length} pathway(s))`,
      );
      continue;
    }
    stubs.set(code, { code, title });
    clusters.forEach((cluster, i) => {
      const pathway = index.find(cluster, names[i]!);
      if (!pathway) {
        table.fail(
          row,
          pathwayCol,
          `no pathway "${names[i]}" in cluster "${cluster}" of framework ${frameworkId}`,
        );
        return;
      }
      const key = `${pathway.code}|${code}`;
      if (!links.has(key))
        links.set(key, {
          frameworkId,
          pathwayCode: pathway.code,
          occupationCode: code,
          isPrimary: i === 0,
        });
    });
  }
  return {
    kind: 'clusters',
    source: ONET_CLUSTERS_SOURCE,
    data: { occupationStubs: [...stubs.values()], pathwayLinks: [...links.values()] },
    files: [file.name],
    rowsRead: table.rows.length,
    skipped: 0,
    issues: table.issues,
  };
}
