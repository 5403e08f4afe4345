import { describe, expect, it } from 'vitest';
import {
  checkedVersion,
  importKind,
  importUrl,
  pageOf,
  problemPlace,
  sameBytes,
  type ImportRequest,
} from './imports.ts';

const request = (over: Partial<ImportRequest> = {}): ImportRequest => ({
  kind: 'transcripts',
  districtId: 'riverside unified',
  source: { text: 'student_id\nL1\n' },
  pass: { lowestPassPercent: ' 65 ', lowestPassLetter: 'D-' },
  ...over,
});

describe('the imports page helpers', () => {
  it('reads the kind from the address, students when unknown', () => {
    expect(importKind('transcripts')).toBe('transcripts');
    expect(importKind('credentials')).toBe('credentials');
    expect(importKind('accounts')).toBe('students');
    expect(importKind(null)).toBe('students');
  });

  it('sends the passing settings with transcripts only, trimmed, and the language', () => {
    expect(importUrl(request(), true, 'es')).toBe(
      '/api/v1/districts/riverside%20unified/transcripts/import?dryRun=true&lang=es&lowestPassPercent=65&lowestPassLetter=D-',
    );
    expect(importUrl(request({ kind: 'students' }), false, 'en')).toBe(
      '/api/v1/districts/riverside%20unified/students/import?dryRun=false&lang=en',
    );
    const blank = request({ pass: { lowestPassPercent: ' ', lowestPassLetter: '' } });
    expect(importUrl(blank, true, 'en')).toBe(
      '/api/v1/districts/riverside%20unified/transcripts/import?dryRun=true&lang=en',
    );
  });

  it('tells a changed file, kind, district or setting from the one checked', () => {
    const checked = checkedVersion(request());
    expect(checkedVersion(request())).toBe(checked);
    expect(checkedVersion(request({ source: { text: 'student_id\nL2\n' } }))).not.toBe(checked);
    expect(checkedVersion(request({ kind: 'credentials' }))).not.toBe(checked);
    expect(checkedVersion(request({ districtId: 'lakeview' }))).not.toBe(checked);
    expect(
      checkedVersion(request({ pass: { lowestPassPercent: '70', lowestPassLetter: 'D-' } })),
    ).not.toBe(checked);
    const file = (revision: number) => ({ name: 'a.csv', bytes: new ArrayBuffer(4), revision });
    expect(checkedVersion(request({ source: file(1) }))).toBe(
      checkedVersion(request({ source: file(1) })),
    );
    expect(checkedVersion(request({ source: file(2) }))).not.toBe(
      checkedVersion(request({ source: file(1) })),
    );
    // Settings a roster does not take do not make it a different check.
    const roster = request({ kind: 'students' });
    expect(
      checkedVersion({ ...roster, pass: { lowestPassPercent: '70', lowestPassLetter: '' } }),
    ).toBe(checkedVersion(roster));
  });

  it('reads the line and column of a problem, or the setting at fault', () => {
    expect(problemPlace('transcripts.csv:4:6')).toEqual({ line: 4, column: 6 });
    expect(problemPlace('lowestPassLetter')).toEqual({ parameter: 'lowestPassLetter' });
    expect(problemPlace(undefined)).toBeNull();
  });

  it('pages a long list, keeping the page in range', () => {
    const items = Array.from({ length: 205 }, (_, i) => i);
    expect(pageOf(items, 1, 100)).toMatchObject({ page: 1, pages: 3, first: 0 });
    expect(pageOf(items, 3, 100).items).toEqual([200, 201, 202, 203, 204]);
    expect(pageOf(items, 9, 100)).toMatchObject({ page: 3, first: 200 });
    expect(pageOf(items, 0, 100).page).toBe(1);
    expect(pageOf([], 1, 100)).toMatchObject({ items: [], page: 1, pages: 1 });
  });

  it('tells a file read again from the one checked, byte for byte', () => {
    const bytes = (...values: number[]) => new Uint8Array(values).buffer;
    expect(sameBytes(bytes(1, 2, 3), bytes(1, 2, 3))).toBe(true);
    expect(sameBytes(bytes(1, 2, 3), bytes(1, 2, 4))).toBe(false);
    expect(sameBytes(bytes(1, 2, 3), bytes(1, 2))).toBe(false);
  });
});
