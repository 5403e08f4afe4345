import { describe, expect, it } from 'vitest';
import { lines, problems, rowsOf } from '../../test/transcript-text.ts';
import { formatIssue } from './tabular.ts';
import { parseTranscriptCsv } from './transcript-csv.ts';

const HEADER =
  'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade';
const result = (rows: ReturnType<typeof rowsOf>) =>
  rows.map((r) => [r.letterGrade, r.result, r.creditsAttempted, r.creditsEarned]);

describe('a passing mark with no credit', () => {
  it('a course that carries no credit passes, earning none', () => {
    const rows = rowsOf(
      lines(HEADER, ['1,rhs,2025,S1,ADV,Advisory,0,0,P', '1,rhs,2025,S1,SEM,Seminar,0,0,A']),
    );
    expect(result(rows)).toEqual([
      ['P', 'pass', 0, 0],
      ['A', 'pass', 0, 0],
    ]);
  });

  it("credit withheld: passes at the district's lowest pass with 0 earned, refused without it", () => {
    const text = lines(HEADER, ['1,rhs,2025,S1,C1,Biology,0.5,0,B', '1,rhs,2025,S1,C2,Art,1,,C']);
    const given = parseTranscriptCsv({ name: 't.csv', text }, { lowest: { letter: 'D' } });
    // The empty credits earned of the second row may be a course under way: still refused.
    expect(given.issues.map((i) => i.line)).toEqual([3]);
    expect(result(given.rows)).toEqual([['B', 'pass', 0.5, 0]]);
    expect(problems(text)[0]).toContain('grade B with no credit earned does not tell');
  });

  it('LC and LOC marks, and loss of credit as a result, are fails; a pass with them is refused', () => {
    const rows = rowsOf(
      lines(`${HEADER},result`, [
        '1,rhs,2025,S1,C1,Biology,0.5,0,LC,',
        '1,rhs,2025,S1,C2,Art,0.5,0,LOC,',
        '1,rhs,2025,S1,C3,Music,0.5,0,B,Loss of Credit',
        '1,rhs,2025,S1,C4,Health,0.5,0,B,Credit Denied',
      ]),
    );
    expect(rows.map((r) => r.result)).toEqual(['fail', 'fail', 'fail', 'fail']);
    expect(problems(lines(`${HEADER},result`, ['1,rhs,2025,S1,C1,Biology,0.5,0,LC,pass']))).toEqual(
      ['t.csv:2:9: letter_grade: LC is a failing grade, but the result is pass'],
    );
  });

  it('a credit status column makes a passing row a fail (LC, NC) or withdrawn (W)', () => {
    const header = `${HEADER},result,Credit Status`;
    const rows = rowsOf(
      lines(header, [
        '1,rhs,2025,S1,C1,Biology,0.5,0,B,,LC',
        '1,rhs,2025,S1,C2,Art,0.5,,A-,,Loss of Credit',
        '1,rhs,2025,S1,C3,Music,0.5,0,C,pass,NC',
        '1,rhs,2025,S1,C4,Health,0.5,,B+,,W',
        '1,rhs,2025,S1,C5,Chemistry,0.5,0.5,B,,CR',
        '1,rhs,2025,S1,C6,Spanish,0.5,0.5,A,,',
        // A row already failed or under way keeps its result.
        '1,rhs,2025,S1,C7,Physics,0.5,0,F,,LC',
        '1,rhs,2025,S2,C8,Dance,0.5,,IP,,W',
      ]),
    );
    expect(result(rows)).toEqual([
      ['B', 'fail', 0.5, 0],
      ['A-', 'fail', 0.5, 0],
      ['C', 'fail', 0.5, 0],
      ['B+', 'withdrawn', 0.5, 0],
      ['B', 'pass', 0.5, 0.5],
      ['A', 'pass', 0.5, 0.5],
      ['F', 'fail', 0.5, 0],
      ['IP', 'in_progress', 0.5, 0],
    ]);
  });

  it('a yes/no Loss of Credit column; credit earned beside a lost credit, or a bad value, is refused', () => {
    const header = `${HEADER},Loss of Credit`;
    expect(
      result(
        rowsOf(lines(header, ['1,rhs,2025,S1,C1,Bio,1,0,B,Y', '1,rhs,2025,S1,C2,Art,1,1,B,N'])),
      ),
    ).toEqual([
      ['B', 'fail', 1, 0],
      ['B', 'pass', 1, 1],
    ]);
    const bad = parseTranscriptCsv({
      name: 't.csv',
      text: lines(`${HEADER},Credit Flag,Loss of Credit`, [
        '1,rhs,2025,S1,C1,Bio,1,1,B,LC,',
        '1,rhs,2025,S1,C2,Art,1,1,B,,1',
        '1,rhs,2025,S1,C3,Music,1,1,B,maybe,',
        '1,rhs,2025,S1,C4,Health,1,1,B,,perhaps',
      ]),
    });
    expect(bad.issues.map(formatIssue)).toEqual([
      't.csv:2:8: credits_earned: must be 0 when the credit status is LC',
      't.csv:3:8: credits_earned: must be 0 when the credit status is loss of credit',
      't.csv:4:10: Credit Flag: must be a credit status such as LC (loss of credit), NC (no credit), W (withdrawn) or CR (credit), or empty',
      't.csv:5:11: Loss of Credit: must be 1 or 0 (Y or N), or empty',
    ]);
    expect(bad.rows).toEqual([]);
  });
});
