import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { TCaseloadEntry } from '../contracts/caseload.ts';
import { SIGNAL_LABELS } from '../domain/triage/reasons.ts';
import { SIGNAL_CODES } from '../domain/triage/signals.ts';
import { CASELOAD_CSV_HEADERS, caseloadToCsv } from './caseload-csv.ts';

const entry = (over: Partial<TCaseloadEntry> = {}): TCaseloadEntry => ({
  id: 'u1',
  districtId: 'rusd',
  localId: 'S1',
  name: 'Ana Pérez',
  grade: 10,
  schoolId: 'rhs',
  schoolName: 'Riverside High',
  credits: { earned: 55, required: 220, expected: 60 },
  grade9Gpa: 1.75,
  signals: [],
  concentrator: [],
  ...over,
});

const signal = (code: TCaseloadEntry['signals'][number]['code'], reason: string) => ({
  code,
  label: SIGNAL_LABELS[code].en,
  reason,
  reasonParts: [{ text: reason }],
});

const rows = (csv: string) => parse(csv, { bom: true }) as string[][];

describe('caseload CSV', () => {
  it('starts with the byte-order mark and heads one column per signal the caller may see', () => {
    const csv = caseloadToCsv({ items: [entry()], interestsKnown: false }, 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header] = rows(csv);
    const fixed = Object.values(CASELOAD_CSV_HEADERS.en);
    expect(header!.slice(0, fixed.length)).toEqual(fixed);
    const signals = header!.slice(fixed.length);
    expect(signals).toEqual(
      SIGNAL_CODES.filter((c) => c !== 'no_interest_profile').map((c) => SIGNAL_LABELS[c].en),
    );
    const all = rows(caseloadToCsv({ items: [], interestsKnown: true }, 'en'))[0]!;
    expect(all).toContain('No interest profile');
  });

  it('writes each student in order, with each signal reason under its label', () => {
    const items = [
      entry({
        name: 'Zoë',
        signals: [
          signal('failed_core', 'Failed and not yet made up: Algebra I.'),
          signal('no_plan', 'Has no learning plan yet.'),
        ],
      }),
      entry({ id: 'u2', name: 'Al', localId: null, grade: null, grade9Gpa: null }),
    ];
    const [header, first, second] = rows(caseloadToCsv({ items, interestsKnown: true }, 'en'));
    const cell = (row: string[], heading: string) => row[header!.indexOf(heading)];
    expect(cell(first!, 'Student')).toBe('Zoë');
    expect(cell(first!, 'Signals')).toBe('2');
    expect(cell(first!, 'Failed core course')).toBe('Failed and not yet made up: Algebra I.');
    expect(cell(first!, 'No plan')).toBe('Has no learning plan yet.');
    expect(cell(first!, 'Credits behind')).toBe('');
    expect(cell(first!, 'Grade 9 GPA')).toBe('1.75');
    expect(cell(first!, 'Credits expected by now')).toBe('60');
    expect([
      cell(second!, 'Local ID'),
      cell(second!, 'Grade'),
      cell(second!, 'Grade 9 GPA'),
    ]).toEqual(['', '', '']);
    expect(cell(second!, 'Signals')).toBe('0');
  });

  it('names the programs a student is a CTE concentrator in, in one cell, and none as empty', () => {
    const items = [
      entry({
        concentrator: [
          { key: 'p-health', title: 'Health Science' },
          { key: 'p-welding', title: 'Welding' },
        ],
      }),
      entry({ id: 'u2', name: 'Al' }),
    ];
    const [header, first, second] = rows(caseloadToCsv({ items, interestsKnown: true }, 'en'));
    const at = header!.indexOf('CTE concentrator in');
    expect(at).toBeGreaterThan(-1);
    expect(first![at]).toBe('Health Science; Welding');
    expect(second![at]).toBe('');
    const es = rows(caseloadToCsv({ items, interestsKnown: true }, 'es'));
    expect(es[1]![es[0]!.indexOf('Concentrador de CTE en')]).toBe('Health Science; Welding');
  });

  it('heads the columns in Spanish, signal labels too', () => {
    const [header] = rows(caseloadToCsv({ items: [], interestsKnown: true }, 'es'));
    expect(header).toEqual([
      ...Object.values(CASELOAD_CSV_HEADERS.es),
      ...SIGNAL_CODES.map((c) => SIGNAL_LABELS[c].es),
    ]);
    expect(header).toContain('Estudiante');
    expect(header).toContain('Sin plan');
    // Every Spanish heading differs from its English one (none left untranslated).
    const en = Object.values(CASELOAD_CSV_HEADERS.en);
    Object.values(CASELOAD_CSV_HEADERS.es).forEach((h, i) => expect(h).not.toBe(en[i]));
  });

  it.each([
    '=HYPERLINK("http://evil.test","Click")',
    '+1',
    '@x',
    '-2+3',
    '  =1+2',
    '\t=1',
    '＝1+2',
  ])('neutralises a cell that a spreadsheet would run: %j', (hostile) => {
    const items = [
      entry({
        name: hostile,
        localId: hostile,
        schoolName: hostile,
        signals: [signal('no_plan', hostile)],
      }),
    ];
    const [header, row] = rows(caseloadToCsv({ items, interestsKnown: true }, 'en'));
    for (const heading of ['Student', 'Local ID', 'School', 'No plan'])
      expect(row![header!.indexOf(heading)], heading).toBe(`'${hostile}`);
  });

  it('leaves plain negative numbers and ordinary names alone', () => {
    const items = [
      entry({ name: "Liam O'Brien", credits: { earned: 0, required: 220, expected: -1 } }),
    ];
    const [header, row] = rows(caseloadToCsv({ items, interestsKnown: true }, 'en'));
    expect(row![header!.indexOf('Student')]).toBe("Liam O'Brien");
    expect(row![header!.indexOf('Credits expected by now')]).toBe('-1');
  });
});
