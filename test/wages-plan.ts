/** A one-row wages import (BLS OEWS shape) for tests that need an occupation import. */
import type { ImportPlan } from '../src/importers/import-plan.ts';

export function wagesPlan(socCode: string, medianAnnualWage: number): ImportPlan {
  return {
    kind: 'wages',
    source: {
      id: 'test-wages',
      kind: 'wages',
      version: '2099',
      title: 'Test wages',
      publisher: 'Test',
      url: 'https://example.test/wages',
      license: 'public domain',
      attribution: 'Test',
    },
    data: {
      wages: [
        { socCode, title: 'Test occupation', employment: 1000, medianAnnualWage, topCoded: false },
      ],
    },
    files: ['wages.csv'],
    rowsRead: 1,
    skipped: 0,
    issues: [],
  };
}
