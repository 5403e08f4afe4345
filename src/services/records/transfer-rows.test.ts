import { describe, expect, it } from 'vitest';
import type { TranscriptRow } from '../../importers/transcript-csv.ts';
import { splitEarnedElsewhere } from './transfer-rows.ts';

const row = (
  line: number,
  schoolId: string,
  earnedAt: TranscriptRow['earnedAt'],
): TranscriptRow => ({
  line,
  localId: 'S1',
  schoolId,
  earnedAt,
  schoolYear: 2025,
  term: 's1',
  courseCode: `C${line}`,
  courseTitle: 'X',
  scedCode: null,
  creditsAttempted: 1,
  creditsEarned: 1,
  letterGrade: 'A',
  result: 'pass',
});
const at = (name: string, flagged?: boolean) => ({
  name,
  state: null,
  institutionId: null,
  kind: 'transfer' as const,
  countsAs: null,
  ...(flagged ? { flagged } : {}),
});

describe('which rows were earned elsewhere', () => {
  const schools = new Map([
    ['rhs', 'Riverside High School'],
    ['cvhs', 'Cedar Valley High School'],
  ]);

  it("keeps rows naming one of the district's schools (HS for High School, any case) as taken here", () => {
    const { here, elsewhere } = splitEarnedElsewhere(
      [
        row(2, 'rhs', null),
        row(3, 'rhs', at('RIVERSIDE HS')),
        row(4, '', at('the Cedar Valley High School')),
        row(5, 'rhs', at('Lincoln High School')),
      ],
      schools,
    );
    expect(here.map((r) => [r.line, r.schoolId])).toEqual([
      [2, 'rhs'],
      [3, 'rhs'],
      [4, 'cvhs'],
    ]);
    expect(elsewhere.map((r) => r.line)).toEqual([5]);
  });

  it('takes a row the export marks as external as earned elsewhere, whatever its name', () => {
    const { elsewhere } = splitEarnedElsewhere(
      [row(2, 'rhs', at('Riverside High School', true))],
      schools,
    );
    expect(elsewhere).toHaveLength(1);
  });
});

describe('a plain School Name column', () => {
  const schools = new Map([['rhs', 'Riverside High School']]);
  const plain = (name: string, institutionId: string | null = null) => ({
    ...at(name),
    institutionId,
    plainSchoolName: true,
  });

  it("names a place elsewhere only beside another school's id, or no school of ours", () => {
    const { here, elsewhere } = splitEarnedElsewhere(
      [
        row(2, 'rhs', plain('Riverside Sr. High')),
        row(3, 'rhs', plain('Lincoln High School', '310000000001')),
        row(4, 'lhs', plain('Lincoln High School')),
      ],
      schools,
    );
    expect(here.map((r) => r.line)).toEqual([2]);
    expect(elsewhere.map((r) => r.line)).toEqual([3, 4]);
  });
});
