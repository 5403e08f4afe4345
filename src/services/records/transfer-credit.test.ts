import { describe, expect, it } from 'vitest';
import { ZTransferCreate } from '../../contracts/transfer.ts';
import { transferFrom } from './transfer-credit.ts';

const ids = { id: 't1', districtId: 'd', studentId: 's', createdBy: null, at: new Date(0) };
const catalog = new Map<string, string | null>([
  ['ENGL 101', null],
  ['CTE-IT-100', '10011'],
]);
const request = (code: string) =>
  ZTransferCreate.parse({
    earnedAt: { name: 'Lakeside High School' },
    course: { title: 'English I' },
    schoolYear: 2026,
    term: 'year',
    creditsEarned: 1,
    countsAs: { kind: 'course', code },
  });

describe('transferFrom', () => {
  it('finds the catalog course by its code key and stores it as the catalog writes it', () => {
    for (const code of ['ENGL 101', 'engl101', 'ENGL-101', ' engl_101'])
      expect(transferFrom(request(code), ids, catalog).countsAs).toEqual({
        kind: 'course',
        code: 'ENGL 101',
      });
    // Letter groups however spaced (course-code-key.ts).
    for (const code of ['cte-it100', 'CTE IT 100', 'CTEIT-100'])
      expect(transferFrom(request(code), ids, catalog).countsAs).toEqual({
        kind: 'course',
        code: 'CTE-IT-100',
      });
  });

  it('refuses a course the catalog does not have, naming the field', () => {
    for (const code of ['ENGL 1010', 'ENGL 101L', 'CTE IS 100', 'CTE-IT-10-0'])
      expect(() => transferFrom(request(code), ids, catalog)).toThrow(
        expect.objectContaining({ field: 'countsAs.code' }),
      );
  });
});
