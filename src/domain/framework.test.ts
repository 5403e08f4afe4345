import { describe, expect, it } from 'vitest';
import { checkFramework, langFromAcceptLanguage, type FrameworkData } from './framework.ts';

const text = (value: string) => ({ en: value, es: `${value} (es)` });

function framework(overrides: Partial<FrameworkData> = {}): FrameworkData {
  return {
    id: 'test-1',
    version: '1',
    title: text('Test'),
    description: text('A test framework'),
    source: 'tests',
    clusters: [
      {
        code: '01',
        title: text('Cluster one'),
        description: text('About cluster one'),
        pathways: [
          { code: '01-01', title: text('Pathway one'), description: text('About pathway one') },
        ],
      },
    ],
    ...overrides,
  };
}

describe('checkFramework', () => {
  it('accepts a well-formed framework', () => {
    expect(checkFramework(framework())).toEqual([]);
  });

  it('names a pathway whose code does not start with its cluster code', () => {
    const bad = framework();
    bad.clusters[0]!.pathways[0]!.code = '02-01';
    expect(checkFramework(bad)).toEqual([
      {
        path: 'clusters[0].pathways[0].code',
        message: 'pathway code "02-01" must start with its cluster code 01',
      },
    ]);
  });

  it('finds duplicate codes, missing translations and empty clusters', () => {
    const bad = framework();
    bad.clusters.push({ ...bad.clusters[0]!, pathways: [] });
    bad.clusters[0]!.title = { en: 'Only English', es: ' ' };
    const paths = checkFramework(bad).map((p) => p.path);
    expect(paths).toEqual(['clusters[0].title.es', 'clusters[1].code', 'clusters[1].pathways']);
  });

  it('rejects a malformed framework id and cluster code', () => {
    const bad = framework({ id: 'Bad Id' });
    bad.clusters[0]!.code = '1';
    const paths = checkFramework(bad).map((p) => p.path);
    expect(paths).toContain('id');
    expect(paths).toContain('clusters[0].code');
  });
});

describe('langFromAcceptLanguage', () => {
  it.each([
    ['es-MX,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR, es;q=0.5, en;q=0.7', 'en'],
    ['fr, de', undefined],
    ['es;q=0, en', 'en'],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, expected) => {
    expect(langFromAcceptLanguage(header)).toBe(expected);
  });
});
