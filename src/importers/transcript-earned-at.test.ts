import { describe, expect, it } from 'vitest';
import { formatIssue } from './tabular.ts';
import { parseTransferKind } from './transcript-earned-at.ts';
import { parseTranscriptCsv } from './transcript-csv.ts';

const parse = (header: string, lines: string[]) =>
  parseTranscriptCsv({ name: 't.csv', text: `${[header, ...lines].join('\n')}\n` });

describe('transcript rows earned elsewhere', () => {
  // PowerSchool's historical grades: "School Name" is where the credit was earned (a school in the
  // United States or outside it), "Course Number" the local course most like it, "Course Name"
  // the title on the original transcript (Newark Public Schools, "Editing Historical Grades FAQs";
  // PowerSchool data dictionary, StoredGrades). ALTSCHOOLID: the school id for a course taken in
  // another district (PowerSchool Virginia, Student Grade table import layout).
  it('reads PowerSchool stored grades with the school where the credit was earned', () => {
    const header =
      'Student_Number,SchoolID,SchoolName,ALTSCHOOLID,TermID,StoreCode,Course_Number,Course_Name,Grade,EarnedCrHrs,PotentialCrHrs,Year';
    const parsed = parse(header, [
      '1234,rhs,Lincoln High School,480000000001,3300,S1,02052,Algebra 1 Honors,B+,0.5,0.5,2024-2025',
    ]);
    expect(parsed.issues.map(formatIssue)).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({
      localId: '1234',
      schoolId: 'rhs',
      term: 's1',
      courseCode: '02052',
      courseTitle: 'Algebra 1 Honors',
      earnedAt: {
        name: 'Lincoln High School',
        state: null,
        institutionId: '480000000001',
        kind: 'transfer',
        countsAs: null,
      },
    });
  });

  it('reads the place, its state, kind and what it counts as; a school id may be empty then', () => {
    const header =
      'student_id,school_id,school_year,term,course_code,course_title,sced_code,credits_attempted,credits_earned,letter_grade,earned_at,earned_at_state,transfer_kind,counts_as';
    const parsed = parse(header, [
      'S1,,2025,Summer,MTH-S,Summer Geometry,02072,1,1,A,Valley Summer Academy,ca,Summer School,',
      'S1,,2026,FY,,AP Calculus AB Exam,,1,1,P,College Board,,credit by exam,elective',
      'S1,rhs,2026,S2,ENG 101,Composition I,,0.5,0.5,A,Riverside Community College,CA,dual enrollment,01004',
      'S1,rhs,2026,S1,01001,English 9,01001,1,1,A,,,,',
    ]);
    expect(parsed.issues.map(formatIssue)).toEqual([]);
    expect(
      parsed.rows.map((r) => [
        r.schoolId,
        r.earnedAt?.kind,
        r.earnedAt?.state,
        r.earnedAt?.countsAs,
      ]),
    ).toEqual([
      ['', 'summer', 'CA', null],
      ['', 'exam', null, 'elective'],
      ['rhs', 'dual_credit', 'CA', '01004'],
      ['rhs', undefined, undefined, undefined],
    ]);
    expect(parsed.rows[3]!.earnedAt).toBeNull();
  });

  it('names the line and field of a bad place, state, id, kind or counts-as', () => {
    const header =
      'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade,earned_at,earned_at_state,earned_at_id,transfer_kind,counts_as';
    const parsed = parse(header, [
      'S1,,2025,S1,C1,A,1,1,A,Lakeview,Texas,,,',
      'S1,,2025,S1,C2,A,1,1,A,Lakeview,,12 34,,',
      'S1,,2025,S1,C3,A,1,1,A,Lakeview,,,correspondence,',
      'S1,,2025,S1,C4,A,1,1,A,Lakeview,,,,two words',
      'S1,,2025,S1,C5,A,1,1,A,,,,,',
    ]);
    expect(parsed.issues.map(formatIssue)).toEqual([
      't.csv:2:11: earned_at_state: must be a two-letter state code such as TX, or empty',
      't.csv:3:12: earned_at_id: must be an NCES id or CEEB code (letters, digits, -), or empty',
      't.csv:4:13: transfer_kind: must be one of transfer, exam, summer, dual_credit, online (or credit by exam, summer school, dual enrollment), or empty',
      't.csv:5:14: counts_as: must be a course code of our catalog, "elective", or empty',
      't.csv:6:2: school_id: is empty',
    ]);
    expect(parsed.rows).toEqual([]);
  });

  it('keeps one course in one term at two places apart, and refuses it twice at one', () => {
    const header =
      'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade,earned_at';
    const parsed = parse(header, [
      'S1,rhs,2025,S1,C1,A,1,1,A,Lakeview HS',
      'S1,rhs,2025,S1,C1,A,1,1,A,Hillcrest Academy',
      'S1,rhs,2025,S1,C1,A,1,1,A,lakeview  hs',
    ]);
    expect(parsed.issues.map(formatIssue)).toEqual([
      't.csv:4:5: course_code: repeats the attempt on line 2 (same student, school, year and term)',
    ]);
  });

  it('reads kinds of credit as registrars write them', () => {
    expect(
      ['Transfer', 'Out of State', 'CBE', 'Concurrent Enrollment', 'Virtual School', 'x'].map(
        parseTransferKind,
      ),
    ).toEqual(['transfer', 'transfer', 'exam', 'dual_credit', 'online', undefined]);
    expect(parseTransferKind('constructor')).toBeUndefined();
  });
});
