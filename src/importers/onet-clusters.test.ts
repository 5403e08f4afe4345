import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/shared-data.ts';
import { PathwayNameIndex, splitMultiValue } from '../domain/occupation/framework-names.ts';

describe('O*NET cluster crosswalk names', () => {
  // The fixture keeps one crosswalk row for each distinct cluster/pathway field of the full file.
  it('matches every cluster/pathway pair of the O*NET crosswalk to the official 16/79 titles (73 pairs)', () => {
    const rows = fs
      .readFileSync(fixture('framework-16-79.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const positions = new Map<string, number>();
    const pathways = rows.map((line) => {
      const [cluster = '', clusterTitle = '', title = ''] = line.split('\t');
      const n = (positions.get(cluster) ?? 0) + 1;
      positions.set(cluster, n);
      return {
        code: `${cluster}-${String(n).padStart(2, '0')}`,
        clusterCode: cluster,
        clusterTitle,
        title,
      };
    });
    const index = new PathwayNameIndex(pathways);
    const csv = fs.readFileSync(fixture('onet-career-clusters-16/All_Career_Clusters.csv'), 'utf8');
    const pairs = new Set<string>();
    for (const line of csv.trim().split('\n').slice(1)) {
      const fields = line
        .match(/("([^"]*)"|[^,]*)(,|$)/g)!
        .map((f) => f.replace(/,$/, '').replace(/^"|"$/g, ''));
      const clusters = splitMultiValue(fields[0]!);
      const names = splitMultiValue(fields[1]!);
      clusters.forEach((cluster, i) => {
        const found = index.find(cluster, names[i]!);
        expect(found, `${cluster} / ${names[i]}`).toBeDefined();
        pairs.add(found!.code);
      });
    }
    expect(pairs.size).toBe(73);
  });
});
