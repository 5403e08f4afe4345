import { describe, expect, it } from 'vitest';
import { classifyAttempts } from './attempts.ts';
import { attempt } from './test-factories.ts';
import {
  courseKeyThere,
  institutionKey,
  transferAttempt,
  type TransferCredit,
} from './transfer.ts';

const credit = (over: Partial<TransferCredit> = {}): TransferCredit => ({
  id: 't1',
  districtId: 'd',
  studentId: 's',
  kind: 'transfer',
  earnedAt: { name: 'Lakeview High School', state: 'TX', institutionId: null },
  course: { title: 'Welding I', code: 'AG 110', scedCode: '13203' },
  schoolYear: 2025,
  term: 's1',
  creditsAttempted: 0.5,
  creditsEarned: 0.5,
  grade: 'B',
  result: 'pass',
  countsAs: { kind: 'sced', scedCode: '13203' },
  flags: null,
  createdBy: null,
  createdAt: new Date(0),
  ...over,
});

describe('transfer credit as the progress check counts it', () => {
  it('keys the course as written there as every importer keys a course code', () => {
    const there = (code: string | null, title = 'Data Structures') =>
      courseKeyThere({ code, title, scedCode: null });
    expect(there('c s 312')).toBe(there('CS 312'));
    expect(there('CS-312')).toBe(there('cs312'));
    expect(there(null, 'Algebra I')).toBe(there(null, 'algebra 1'));
    // What tells courses apart stays apart.
    expect(there('CS 312')).not.toBe(there('CS 312L'));
    expect(there('413-520')).not.toBe(there('413520'));
    // One course there, so one retake: the progress check's code for it is the same.
    const a = transferAttempt(
      credit({ course: { title: 'Welding', code: 'a g 110', scedCode: null } }),
      new Map(),
    );
    const b = transferAttempt(
      credit({ id: 't2', course: { title: 'Welding', code: 'AG 110', scedCode: null } }),
      new Map(),
    );
    expect(a.code).toBe(b.code);
  });

  it('folds two spellings of one school', () => {
    expect(institutionKey('  Lakeview H.S. ')).toBe(institutionKey('lakeview h s'));
    expect(institutionKey('Colegio Bilingüe')).toBe('colegio bilingue');
  });

  it('counts by SCED code: CTE by its subject area, never a local code', () => {
    const a = transferAttempt(credit(), new Map());
    expect(a).toMatchObject({ scedCode: '13203', cte: true, key: 'transfer:t1' });
    expect(a.code).not.toBe('AG 110');
    expect(a.transfer).toEqual({
      earnedAt: 'Lakeview High School',
      kind: 'transfer',
      code: 'AG 110',
    });
  });

  it('keeps the flags it was given there: AP, IB or honors advanced, DE dual credit, whatever it counts as', () => {
    const local = new Map([
      // Keyed by courseCodeKey, as the repository's catalog facts are.
      ['BIO1', { titleEs: null, cte: false, pathways: [], dualCredit: false, advanced: false }],
    ]);
    const asLocal = transferAttempt(
      credit({ flags: 'AP', countsAs: { kind: 'course', code: 'bio-1' } }),
      local,
    );
    expect(asLocal).toMatchObject({ code: 'BIO-1', advanced: true, dualCredit: false });
    const bySced = transferAttempt(credit({ flags: 'H,DE' }), new Map());
    expect(bySced).toMatchObject({ advanced: true, dualCredit: true });
    const elective = transferAttempt(
      credit({ flags: 'IB', countsAs: { kind: 'elective' } }),
      local,
    );
    expect(elective).toMatchObject({ advanced: true, dualCredit: false });
    expect(transferAttempt(credit(), new Map())).toMatchObject({
      advanced: false,
      dualCredit: false,
    });
  });

  it('as an elective has no SCED code, and a college course is dual credit', () => {
    const a = transferAttempt(
      credit({ kind: 'dual_credit', countsAs: { kind: 'elective' } }),
      new Map(),
    );
    expect(a).toMatchObject({ scedCode: null, cte: false, dualCredit: true });
  });

  it('standing for a local course takes its code and the catalog facts (found by code key)', () => {
    const facts = new Map([
      [
        'WLD1',
        {
          titleEs: 'Soldadura I',
          scedCode: '13207',
          cte: true,
          pathways: ['13-04'],
          dualCredit: false,
          advanced: false,
        },
      ],
    ]);
    const a = transferAttempt(credit({ countsAs: { kind: 'course', code: 'wld-1' } }), facts);
    expect(a).toMatchObject({
      code: 'WLD-1',
      titleEs: 'Soldadura I',
      scedCode: '13207',
      pathways: ['13-04'],
    });
    for (const code of ['WLD 1', 'wld1', 'WLD_1'])
      expect(transferAttempt(credit({ countsAs: { kind: 'course', code } }), facts)).toMatchObject({
        titleEs: 'Soldadura I',
        pathways: ['13-04'],
      });
  });

  it('one course twice at one place is a retake; the same code at two places is two courses', () => {
    const here = transferAttempt(credit(), new Map());
    const again = transferAttempt(credit({ id: 't2', schoolYear: 2026, grade: 'A' }), new Map());
    const elsewhere = transferAttempt(
      credit({
        id: 't3',
        earnedAt: { name: 'Hillcrest Academy', state: null, institutionId: null },
      }),
      new Map(),
    );
    const { countable, notCounted } = classifyAttempts([here, again, elsewhere]);
    expect(countable.map((c) => c.attempt.key).sort()).toEqual(['transfer:t2', 'transfer:t3']);
    expect(notCounted).toEqual([{ attempt: here, reason: 'retake' }]);
  });

  it('and a local course taken here and elsewhere counts once', () => {
    const local = attempt('WLD-1', { creditsAttempted: 0.5, creditsEarned: 0.5, schoolYear: 2026 });
    const moved = transferAttempt(
      credit({ countsAs: { kind: 'course', code: 'WLD-1' } }),
      new Map(),
    );
    expect(classifyAttempts([local, moved]).notCounted).toHaveLength(1);
  });
});
