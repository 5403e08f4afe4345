import { describe, expect, it } from 'vitest';
import type { TranscriptRow } from '../../importers/transcript-csv.ts';
import type { TransferCredit } from '../../domain/requirements/transfer.ts';
import type { RecordRepos } from './deps.ts';
import { splitEarnedElsewhere, writeTransferRows } from './transfer-rows.ts';

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

describe('a transfer course given by title alone', () => {
  const catalog = [
    { code: '03051', titles: ['Biology', 'Biología'] },
    { code: '02056', titles: ['Algebra II'] },
    { code: 'HALL-1', titles: ['Study Hall'] },
    { code: 'HALL-2', titles: ['Study  Hall'] },
  ];
  const written: TransferCredit[] = [];
  const repos = {
    roster: { byLocalIds: async () => new Map([['S1', { userId: 'u1' }]]) },
    transcripts: {
      catalogCodes: async () => new Map(catalog.map((c) => [c.code, null])),
      catalogTitles: async () => catalog,
    },
    transfers: {
      upsertMany: async (_district: string, credits: TransferCredit[]) => {
        written.push(...credits);
        return { inserted: credits.length, updated: 0, unchanged: 0 };
      },
    },
  } as unknown as RecordRepos;
  const titled = (line: number, title: string): TranscriptRow => ({
    ...row(line, 'rhs', at('Lincoln HS', true)),
    courseCode: '',
    courseTitle: title,
  });

  it("counts as the catalog's one course of that title; as an elective, told, when none or two are", async () => {
    let n = 0;
    const summary = await writeTransferRows(
      repos,
      'rusd',
      {
        rows: [
          titled(2, 'BIOLOGÍA'),
          titled(3, 'Algebra 2'),
          titled(4, 'Study Hall'),
          titled(5, 'Robotics'),
          { ...titled(6, 'Physics'), scedCode: '03151' },
        ],
        issue: () => {
          throw new Error('no problem expected');
        },
      },
      { newId: () => `t${++n}`, now: new Date(0) },
    );
    expect(written.map((c) => [c.course.title, c.countsAs])).toEqual([
      ['BIOLOGÍA', { kind: 'course', code: '03051' }],
      ['Algebra 2', { kind: 'course', code: '02056' }],
      ['Study Hall', { kind: 'elective' }],
      ['Robotics', { kind: 'elective' }],
      // A SCED code counts as it always has.
      ['Physics', { kind: 'sced', scedCode: '03151' }],
    ]);
    expect(summary.electivesByTitle).toEqual([
      { line: 4, title: 'Study Hall', matches: 2 },
      { line: 5, title: 'Robotics', matches: 0 },
    ]);
  });
});
