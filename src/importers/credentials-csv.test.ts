import { describe, expect, it } from 'vitest';
import { expectSpanish } from '../../test/issue-spanish.ts';
import { earnedDay, parseCredentialsCsv } from './credentials-csv.ts';

const parse = (text: string) =>
  parseCredentialsCsv({ name: 'c.csv', text }, { today: '2026-11-27' });

describe('credentials CSV', () => {
  it('reads a student, a credential and the day earned under the names exports use', () => {
    const parsed = parse(
      'Student Number,Industry Credential,Date Earned\nP1,CompTIA A+,5/4/2026\nP2,cna,2026-06-01\n',
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, localId: 'P1', credential: 'CompTIA A+', earnedOn: '2026-05-04' },
      { line: 3, localId: 'P2', credential: 'cna', earnedOn: '2026-06-01' },
    ]);
    expect(parse('student_id,Certification,certification_date\nP1,CNA,2026-01-02\n').rows).toEqual([
      { line: 2, localId: 'P1', credential: 'CNA', earnedOn: '2026-01-02' },
    ]);
  });

  it('refuses a bad, impossible or future date and an empty credential, naming line and column', () => {
    const parsed = parse(
      'student_id,credential,date_earned\nP1,CNA,May 2026\nP2,CNA,2026-02-30\nP3,CNA,2027-01-01\nP4,,2026-01-01\n',
    );
    expect(parsed.rows).toEqual([]);
    expect(parsed.issues.map((i) => [i.line, i.column, i.columnName, i.key])).toEqual([
      [2, 3, 'date_earned', 'credential_bad_date'],
      [3, 3, 'date_earned', 'credential_bad_date'],
      [4, 3, 'date_earned', 'credential_future_date'],
      [5, 2, 'credential', 'empty'],
    ]);
    expect(parsed.issues[0]!.message).toBe(
      'must be a date such as 2026-05-14 or 5/14/2026, not "May 2026"',
    );
    expectSpanish(parsed.issues);
  });

  it('names the missing column', () => {
    const parsed = parse('student_id,date_earned\nP1,2026-01-01\n');
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        line: 1,
        key: 'missing_column',
        params: expect.objectContaining({ name: 'credential' }),
      }),
    ]);
  });

  it('reads days as written, and no other', () => {
    expect(earnedDay('2024-02-29')).toBe('2024-02-29');
    expect(earnedDay('2025-02-29')).toBeUndefined();
    expect(earnedDay('12/31/2025')).toBe('2025-12-31');
    expect(earnedDay('31/12/2025')).toBeUndefined();
    expect(earnedDay('2025-1-5')).toBeUndefined();
  });
});
