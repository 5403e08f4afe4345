import { describe, expect, it } from 'vitest';
import type {
  ClusterRecord,
  FrameworkRecord,
  FrameworkRepository,
  PathwayRecord,
} from '../db/framework-repository.ts';
import { FrameworkCatalog } from './framework-catalog.ts';

const t = (en: string) => ({ en, es: `${en} (es)` });

function fakeRepo(title: () => string) {
  const calls = { frameworks: 0, clusters: 0 };
  const framework = (): FrameworkRecord => ({
    id: 'f',
    version: '1',
    title: t(title()),
    description: t('d'),
    source: 's',
    isDefault: true,
    clusterCount: 1,
    pathwayCount: 1,
  });
  const clusters: ClusterRecord[] = [
    { frameworkId: 'f', code: '01', title: t('C'), description: t('c'), pathwayCount: 1 },
  ];
  const pathways: PathwayRecord[] = [
    {
      frameworkId: 'f',
      code: '01-01',
      clusterCode: '01',
      title: t('P'),
      description: t('p'),
      clusterTitle: t('C'),
    },
  ];
  const repo = {
    listFrameworks: async () => (calls.frameworks++, [framework()]),
    findDefaultFrameworkId: async () => 'f',
    listClusters: async () => (calls.clusters++, clusters),
    listPathways: async () => pathways,
  } as unknown as FrameworkRepository;
  return { repo, calls };
}

describe('FrameworkCatalog', () => {
  it('loads a framework once and answers from memory', async () => {
    const { repo, calls } = fakeRepo(() => 'One');
    const catalog = new FrameworkCatalog({ repo, now: () => 0 });
    await catalog.listClusters({ lang: 'en' });
    await catalog.getPathway({ lang: 'es', code: '01-01' });
    expect(calls.clusters).toBe(1);
    expect((await catalog.getCluster({ lang: 'es', code: '01' })).title).toBe('C (es)');
  });

  it('serves the old snapshot while it refreshes one that is too old', async () => {
    let title = 'Old';
    let now = 0;
    const { repo, calls } = fakeRepo(() => title);
    const catalog = new FrameworkCatalog({ repo, now: () => now, ttlMs: 1000 });
    expect((await catalog.listClusters({ lang: 'en' })).framework.title).toBe('Old');
    title = 'New';
    now = 5000;
    expect((await catalog.listClusters({ lang: 'en' })).framework.title).toBe('Old');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await catalog.listClusters({ lang: 'en' })).framework.title).toBe('New');
    expect(calls.clusters).toBe(2);
  });

  it('changes its generation when a snapshot is loaded, refreshed or dropped, not when read', async () => {
    let now = 0;
    const { repo } = fakeRepo(() => 'One');
    const catalog = new FrameworkCatalog({ repo, now: () => now, ttlMs: 1000 });
    const start = catalog.generation;
    await catalog.listPathways({ lang: 'en' });
    const loaded = catalog.generation;
    expect(loaded).not.toBe(start);
    await catalog.listPathways({ lang: 'es' });
    expect(catalog.generation).toBe(loaded);
    now = 5000;
    await catalog.listPathways({ lang: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const refreshed = catalog.generation;
    expect(refreshed).not.toBe(loaded);
    catalog.invalidate();
    expect(catalog.generation).not.toBe(refreshed);
  });

  it('says which code is unknown', async () => {
    const { repo } = fakeRepo(() => 'One');
    const catalog = new FrameworkCatalog({ repo });
    await expect(catalog.getPathway({ lang: 'en', code: '01-09' })).rejects.toMatchObject({
      code: 'not_found',
      field: 'code',
    });
    await expect(catalog.listPathways({ lang: 'en', cluster: '02' })).rejects.toMatchObject({
      field: 'cluster',
    });
  });
});
