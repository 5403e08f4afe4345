import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from './roster-csv.ts';

const HEADER = 'student_id,school_id,first_name,last_name,email,grade_level,graduation_year';

describe('roster group and outcome columns', () => {
  it('are optional, read as codes, and an empty field is "not recorded"', () => {
    const plain = parseRosterCsv({
      name: 's.csv',
      text: `${HEADER}\nS1,rhs,A,B,a@x.test,9,2029\n`,
    });
    expect(plain.rows[0]!.facts).toEqual({});
    const text = `${HEADER},Gender,english_learner,race_ethnicity,credential_earned\nS1,rhs,A,B,a@x.test,9,2029,f,yes,HI,\n`;
    const parsed = parseRosterCsv({ name: 's.csv', text });
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows[0]!.facts).toEqual({
      gender: 'F',
      english_learner: 'Y',
      race_ethnicity: 'HI',
      credential_earned: null,
    });
  });
  it('refuses a code the column does not know, naming line and column', () => {
    const text = `${HEADER},race_ethnicity\nS1,rhs,A,B,a@x.test,9,2029,Martian\n`;
    const parsed = parseRosterCsv({ name: 's.csv', text });
    expect(parsed.rows).toEqual([]);
    expect(parsed.issues[0]).toMatchObject({
      line: 2,
      column: 8,
      columnName: 'race_ethnicity',
      message: 'must be one of AI, AS, BL, HI, PI, WH, MU, or empty',
    });
  });
});
