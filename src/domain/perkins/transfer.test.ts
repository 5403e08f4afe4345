import { describe, expect, it } from 'vitest';
import { transferCredit } from '../../../test/transfer-credit.ts';
import type { TransferCredit } from '../requirements/transfer.ts';
import { courseMap, scedRows, type CatalogCourse } from './course-map.ts';
import { perkinsProfile } from './profiles.ts';
import { studentStatuses } from './status.ts';
import { perkinsCode, perkinsTransferAttempts } from './transfer.ts';

const federal = perkinsProfile('federal')!;
const course = (code: string, scedCode: string | null): CatalogCourse => ({
  districtId: 'd1',
  courseId: code.toLowerCase(),
  code,
  levelName: null,
  pathways: [],
  dualCredit: false,
  scedCode,
});
const map = courseMap(
  federal,
  [
    course('WLD-1', '13203'),
    course('WLD-2', '13204'),
    course('WLD-2B', '13204'),
    course('CAD-1', '13999'),
    // The same code at a second school, with the same SCED code: still one course.
    course('WLD-1', '13203'),
  ],
  [{ id: 'welding', title: { en: 'Welding' }, courseIds: ['wld-1', 'wld-2', 'cad-1'] }],
);
const sced = map.scedCodes.get('d1')!;
const credit = (over: Partial<TransferCredit>): TransferCredit =>
  transferCredit('t', 's', {
    districtId: 'd1',
    earnedAt: { name: 'Lakeview HS', state: null, institutionId: null },
    course: { title: 'Welding I', code: null, scedCode: '13203' },
    countsAs: { kind: 'sced', scedCode: '13203' },
    ...over,
  });

describe('transfer credit as Perkins counts it', () => {
  it('maps a SCED code to the one course code (its key) of the district that has it', () => {
    expect([...sced]).toEqual([
      ['13203', 'WLD1'],
      ['13999', 'CAD1'],
    ]);
    expect(scedRows(map)).toContainEqual({ districtId: 'd1', scedCode: '13203', code: 'WLD1' });
  });

  it('counts a credit standing for our course as that course, whatever its kind but exam', () => {
    for (const kind of ['transfer', 'summer', 'dual_credit', 'online'] as const)
      for (const code of ['wld-2', 'WLD 2', 'wld2', ' WLD_2'])
        expect(perkinsCode(credit({ kind, countsAs: { kind: 'course', code } }), sced)).toBe(
          'WLD2',
        );
    expect(
      perkinsCode(credit({ kind: 'exam', countsAs: { kind: 'course', code: 'WLD-2' } }), sced),
    ).toBeNull();
  });

  it('counts by SCED code only when one of our courses has it; never an elective', () => {
    expect(perkinsCode(credit({}), sced)).toBe('WLD1');
    expect(perkinsCode(credit({ countsAs: { kind: 'sced', scedCode: '13204' } }), sced)).toBeNull();
    expect(perkinsCode(credit({ countsAs: { kind: 'sced', scedCode: '02052' } }), sced)).toBeNull();
    expect(perkinsCode(credit({ countsAs: { kind: 'elective' } }), sced)).toBeNull();
  });

  it('makes a concentrator with a course here, and counts a course taken in both places once', () => {
    const here = {
      code: 'CAD-1',
      schoolYear: 2026,
      result: 'pass' as const,
      creditsAttempted: 1,
      creditsEarned: 1,
    };
    const facts = map.facts.get('d1')!;
    const status = (credits: TransferCredit[]) =>
      studentStatuses(federal, [here, ...perkinsTransferAttempts(credits, sced)], facts, 2026).get(
        'welding',
      );
    expect(status([credit({})])).toBe('concentrator');
    expect(status([credit({ countsAs: { kind: 'course', code: 'CAD-1' } })])).toBe('participant');
    expect(status([credit({ countsAs: { kind: 'course', code: 'cad 1' } })])).toBe('participant');
    expect(status([credit({ countsAs: { kind: 'course', code: 'wld 2' } })])).toBe('concentrator');
    expect(status([credit({ result: 'fail', creditsEarned: 0 })])).toBe('participant');
    expect(status([credit({ schoolYear: 2027 })])).toBe('participant');
  });
});
