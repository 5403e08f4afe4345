/**
 * Rows written as real student information systems export transcripts and stored grades, each
 * test naming its source. The rows are made up; the column names, codes and conventions are the
 * publishers'.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from './tabular.ts';
import { parseTranscriptCsv, schoolYearOfTermId } from './transcript-csv.ts';

const parse = (header: string, lines: string[]) =>
  parseTranscriptCsv({ name: 't.csv', text: `${[header, ...lines].join('\n')}\n` });
const rowsOf = (header: string, lines: string[]) => {
  const parsed = parse(header, lines);
  expect(parsed.issues.map(formatIssue)).toEqual([]);
  return parsed.rows;
};

describe('SIS transcript exports', () => {
  // PowerSchool SIS data dictionary, StoredGrades and Terms: TermID is the year id (first year
  // less 1990) × 100 plus the term's number; StoreCode the grade's store code (Q1–Q4, S1, S2, Y1).
  it('PowerSchool StoredGrades: the school year from TermID when no year column is there', () => {
    expect(['3300', '3301', '3402', '2400'].map(schoolYearOfTermId)).toEqual([
      2024, 2024, 2025, 2015,
    ]);
    expect(['33', '99999', 'S1'].map(schoolYearOfTermId)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const header =
      'Student_Number,SchoolID,TermID,StoreCode,Course_Number,Course_Name,Grade,Percent,EarnedCrHrs,PotentialCrHrs,Grade_Level';
    const rows = rowsOf(header, [
      '10045,rhs,3301,S1,02052,Algebra I,B+,88,0.5,0.5,9',
      '10045,rhs,3300,Y1,01001,English 9,A-,91,1,1,9',
    ]);
    expect(rows.map((r) => [r.schoolYear, r.term, r.letterGrade])).toEqual([
      [2024, 's1', 'B+'],
      [2024, 'year', 'A-'],
    ]);
    expect(
      parse(header, ['10045,rhs,S1,S1,02052,Algebra I,B,85,0.5,0.5,9']).issues.map(formatIssue),
    ).toEqual(['t.csv:2:3: TermID: must be a PowerSchool term id such as 3300 (2023–24) or 3301']);
  });

  // Infinite Campus transcript fields (NC DPI, "Adding Transcript Grades"): Course Number, Actual
  // Term, Score (the mark), Percent, Credits Earned, Credits Attempted; its Grade is the grade level.
  it('Infinite Campus: the Score is the mark, not the Grade (a grade level)', () => {
    const header =
      'Student Number,School Number,End Year,Grade,Course Number,Course Name,Actual Term,Score,Percent,Credits Earned,Credits Attempted';
    const [row] = rowsOf(header, ['20077,rhs,2025,10,03051,Biology,2,B,85,0.5,0.5']);
    expect(row).toMatchObject({ letterGrade: 'B', term: '2', schoolYear: 2025, result: 'pass' });
  });

  // PCR Educator, "Importing New Records – Historical Marks": School_Year written 2000/2001,
  // Short_Course_Name (a code such as MAT104), External_Course 1 for a course taken at another
  // school with School_Name naming it, Final_Mark.
  it('PCR Educator historical marks: External_Course marks a course taken elsewhere', () => {
    const header =
      'Student_Id,School_Id,School_Year,Term,Short_Course_Name,Course_Name,External_Course,School_Name,Final_Mark,Credits_Attempted,Credits_Earned';
    const rows = rowsOf(header, [
      '3001,rhs,2023/2024,FY,MAT104,Algebra I,1,Northside Middle School,A,1,1',
      '3001,rhs,2024/2025,FY,ENG201,English 10,0,Riverside High School,B,1,1',
    ]);
    expect(rows.map((r) => [r.schoolYear, r.courseCode, r.letterGrade, r.earnedAt])).toEqual([
      [
        2024,
        'MAT104',
        'A',
        {
          name: 'Northside Middle School',
          state: null,
          institutionId: null,
          kind: 'transfer',
          countsAs: null,
          flagged: true,
          plainSchoolName: true,
        },
      ],
      [2025, 'ENG201', 'B', null],
    ]);
    expect(
      parse(header, [
        '3001,rhs,2023/2024,FY,MAT104,Algebra I,1,,A,1,1',
        '3001,rhs,2023/2024,FY,MAT105,Geometry,maybe,,A,1,1',
      ]).issues.map(formatIssue),
    ).toEqual([
      't.csv:2:7: External_Course: marks a course taken at another school: write where in the column School_Name',
      't.csv:3:7: External_Course: must be 1 or 0 (Y or N, yes or no, true or false)',
    ]);
  });

  // Aeries: credits attempted and completed (STU.CA, STU.CC: "CreditsAttempted",
  // "CreditsCompleted" in its API, Student GPAs end point).
  it('Aeries: credits completed are the credits earned', () => {
    const header =
      'Student ID,School Code,School Year,Term,Course ID,Course Title,Mark,CreditsAttempted,CreditsCompleted';
    const [row] = rowsOf(header, ['99400001,rhs,2024-2025,S2,0303,World History,C+,5,5']);
    expect(row).toMatchObject({ creditsAttempted: 5, creditsEarned: 5, term: 's2' });
  });

  // Aeries grade history, the HIS table's field codes as a query of it writes them: PID, SCH, YR,
  // TE, GR (grade level), CN, CO, MK, CR (credit attempted), CC (credit completed), and ST, SQ.
  it('Aeries HIS field codes: read by their meaning when the header is that table', () => {
    const header = 'PID,SQ,SCH,YR,GR,TE,CN,CO,MK,CR,CC,ST';
    const rows = rowsOf(header, [
      '99400001,1,994,2023-2024,10,1,0362,Chemistry,B+,5,5,2',
      '99400001,2,994,2023-2024,10,2,0362,Chemistry,C,5,5,2',
      '99400001,3,994,2023-2024,10,1,1105,Spanish 2,F,5,0,2',
      '99400001,4,994,2023-2024,10,2,1106,Ceramics,W,5,0,',
    ]);
    expect(
      rows.map((r) => [
        r.localId,
        r.schoolId,
        r.schoolYear,
        r.term,
        r.courseCode,
        r.courseTitle,
        r.letterGrade,
        r.creditsAttempted,
        r.creditsEarned,
        r.result,
      ]),
    ).toEqual([
      ['99400001', '994', 2024, 's1', '0362', 'Chemistry', 'B+', 5, 5, 'pass'],
      ['99400001', '994', 2024, 's2', '0362', 'Chemistry', 'C', 5, 5, 'pass'],
      ['99400001', '994', 2024, 's1', '1105', 'Spanish 2', 'F', 5, 0, 'fail'],
      ['99400001', '994', 2024, 's2', '1106', 'Ceramics', 'W', 5, 0, 'withdrawn'],
    ]);
    // A problem names the file's own code.
    expect(
      parse(header, ['99400001,1,994,2023-2024,10,1,0362,Chemistry,B,5,6,2']).issues.map(
        formatIssue,
      ),
    ).toEqual(['t.csv:2:11: CC: is more than the credits attempted']);
    // Short codes in another file are not read as these fields: CR there is no credit.
    const other = parse('student_id,school_id,school_year,term,course_code,CO,MK,CR', [
      '1,rhs,2025,S1,C1,Biology,A,Y',
    ]);
    const missing = other.issues.map((i) => /missing column "(\w+)"/.exec(i.message)?.[1]);
    expect(missing).toEqual(['credits_attempted', 'credits_earned', 'letter_grade']);
  });

  // Synergy SIS course history, as a district's query writes it: SIS Number (the student
  // number), School Code, School Year, Term, Course ID, Course Title, Mark, Credit Attempted,
  // Credit Completed, Grade (the grade level).
  it('Synergy course history: SIS Number, Course ID, Mark, Credit Completed', () => {
    const header =
      'SIS Number,School Code,School Year,Term,Grade,Course ID,Course Title,Mark,Credit Attempted,Credit Completed';
    const rows = rowsOf(header, [
      '300123,350,2024-2025,S1,11,MA3001,Algebra II,A-,0.5,0.5',
      '300123,350,2024-2025,S2,11,MA3002,Algebra II,NC,0.5,0',
    ]);
    expect(
      rows.map((r) => [r.localId, r.courseCode, r.letterGrade, r.creditsEarned, r.result]),
    ).toEqual([
      ['300123', 'MA3001', 'A-', 0.5, 'pass'],
      ['300123', 'MA3002', 'NC', 0, 'fail'],
    ]);
  });

  // Skyward's electronic transcript course (SkywardSDK, ElectronicTranscriptCourseV1):
  // CourseNumber, CourseTitle, CourseAcademicGrade, CourseCreditEarned.
  it('Skyward: CourseAcademicGrade and CourseCreditEarned', () => {
    const header =
      'Student ID,School ID,School Year,Term,CourseNumber,CourseTitle,CourseAcademicGrade,CourseCreditEarned,Credits Attempted';
    const [row] = rowsOf(header, ['S1,rhs,2025-2026,Sem 1,1101,Spanish I,A,0.5,0.5']);
    expect(row).toMatchObject({ letterGrade: 'A', creditsEarned: 0.5, courseCode: '1101' });
  });

  it('terms as schedules write them: the school year itself, halves, Full Yr', () => {
    const header =
      'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade';
    const rows = rowsOf(header, [
      'S1,rhs,2023-2024,2023-2024,C1,A,1,1,A',
      'S1,rhs,2023-2024,H2,C2,A,0.5,0.5,A',
      'S1,rhs,2023-2024,Full Yr,C3,A,1,1,A',
      'S1,rhs,2024-2025,2023-2024,C4,A,1,1,A',
    ]);
    expect(rows.map((r) => r.term)).toEqual(['year', 's2', 'year', '2023-2024']);
  });

  it('marks: E and NCR fail; P and CR pass; NP, NC, WF fail; I incomplete; W withdrawn', () => {
    const header =
      'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade';
    const marks: Array<[string, number, string]> = [
      ['E', 0, 'fail'],
      ['NCR', 0, 'fail'],
      ['P', 0.5, 'pass'],
      ['CR', 0.5, 'pass'],
      ['NP', 0, 'fail'],
      ['NC', 0, 'fail'],
      ['WF', 0, 'fail'],
      ['I', 0, 'incomplete'],
      ['W', 0, 'withdrawn'],
    ];
    const rows = rowsOf(
      header,
      marks.map(([mark, earned], i) => `S1,rhs,2025,S1,C${i},X,0.5,${earned},${mark}`),
    );
    expect(rows.map((r) => [r.letterGrade, r.result])).toEqual(
      marks.map(([mark, , result]) => [mark, result]),
    );
    expect(parse(header, ['S1,rhs,2025,S1,C1,X,0.5,0.5,E']).issues.map(formatIssue)).toEqual([
      't.csv:2:8: credits_earned: must be 0 when the result is fail',
    ]);
  });

  // PowerSchool Virginia, Student Grade (SG) table import layout: AP, IB, HON, DE are 1 when the
  // course is Advanced Placement, International Baccalaureate, honors or dual enrollment, else 0.
  it('PowerSchool AP, IB, HON and DE flags, and a course level column', () => {
    const header =
      'Student_Number,SchoolID,Year,StoreCode,Course_Number,Course_Name,Grade,EarnedCrHrs,PotentialCrHrs,AP,IB,HON,DE';
    const rows = rowsOf(header, [
      '10045,rhs,2025,S1,X-APUSH,AP US History,A,0.5,0.5,1,0,0,0',
      '10045,rhs,2025,S1,X-ENG,English 10 Honors,B,0.5,0.5,0,0,1,1',
      '10045,rhs,2025,S1,X-ART,Art,B,0.5,0.5,0,0,0,0',
    ]);
    expect(rows.map((r) => r.courseFlags ?? null)).toEqual(['AP', 'H,DE', null]);
    const levels = rowsOf(
      'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade,course_level',
      [
        'S1,rhs,2025,S1,C1,A,1,1,A,Honors',
        'S1,rhs,2025,S1,C2,A,1,1,A,CP',
        'S1,rhs,2025,S1,C3,A,1,1,A,Dual Enrollment',
      ],
    );
    expect(levels.map((r) => r.courseFlags ?? null)).toEqual(['H', null, 'DE']);
    expect(
      parse(header, ['10045,rhs,2025,S1,X,X,A,0.5,0.5,maybe,0,0,0']).issues.map(formatIssue),
    ).toEqual(['t.csv:2:10: AP: must be 1 or 0 (Y or N), or empty']);
  });
});
