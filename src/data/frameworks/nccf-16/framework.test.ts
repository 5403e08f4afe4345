import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../test/shared-data.ts';
import { checkFramework } from '../../../domain/framework.ts';
import { nccf16 } from './framework.ts';

/** The official titles (test/fixtures/README.md says where they come from). */
const tsv = fixture('framework-16-79.tsv');

describe('nccf-16 framework data', () => {
  it('is well-formed: codes, both languages, no empty text', () => {
    expect(checkFramework(nccf16)).toEqual([]);
  });

  it('has the official 16 clusters and 79 pathways with their exact titles, in order', () => {
    const rows = fs
      .readFileSync(tsv, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'));
    const ours = nccf16.clusters.flatMap((c) =>
      c.pathways.map((p) => [c.code, c.title.en, p.title.en]),
    );
    expect(ours).toEqual(rows);
    expect(nccf16.clusters.map((c) => c.code)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    nccf16.clusters.forEach((c) =>
      c.pathways.forEach((p, i) =>
        expect(p.code).toBe(`${c.code}-${String(i + 1).padStart(2, '0')}`),
      ),
    );
  });

  it('has Spanish titles and descriptions of its own', () => {
    const items = [...nccf16.clusters, ...nccf16.clusters.flatMap((c) => c.pathways)];
    const untranslated = items
      .filter((item) => item.title.es === item.title.en)
      .map((item) => item.title.en);
    // A few titles read the same in both languages.
    expect(untranslated.length).toBeLessThanOrEqual(3);
    for (const lang of ['en', 'es'] as const) {
      const descriptions = items.map((item) => item.description[lang]);
      expect(new Set(descriptions).size, `${lang} descriptions are unique`).toBe(
        descriptions.length,
      );
      for (const d of descriptions) expect(d.length, d).toBeGreaterThan(60);
    }
  });

  it('writes Spanish titles in sentence case, with no word twice (the glossary style)', () => {
    const items = [nccf16, ...nccf16.clusters, ...nccf16.clusters.flatMap((c) => c.pathways)];
    for (const item of items) {
      const { title } = item;
      const words = title.es.split(/[^\p{L}]+/u).filter(Boolean);
      const capitalised = words.slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
      expect(capitalised, title.es).toEqual([]);
      const long = words.map((w) => w.toLowerCase()).filter((w) => w.length > 3);
      if (item !== nccf16) expect(new Set(long).size, title.es).toBe(long.length);
    }
  });
});
