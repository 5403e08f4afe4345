/**
 * Transcript files as state collections and standards write them, each test naming its public
 * source. The students and marks are made up.
 */
import { describe, expect, it } from 'vitest';
import { lines, problems, rowsOf } from '../../test/transcript-text.ts';

describe('state and standard transcript files', () => {
  // CALPADS Student Course Section Completion (SCSC), field names as the eSchoolPlus "Student
  // Courses File Layout" lists them: School of Course Delivery, Academic Year ID, Local Student
  // ID, Local Course ID, Academic Term Code, Student Credits Attempted/Earned, Student Course
  // Final Grade. The file has no course title (the course file, CRSC, carries it).
  it('CALPADS SCSC: the state file names, and the code for a title', () => {
    const header =
      'Record Type Code,Reporting LEA,School of Course Delivery,Academic Year ID,SSID,Local Student ID,Local Course ID,Course Section ID,Academic Term Code,Student Credits Attempted,Student Credits Earned,Student Course Final Grade';
    const rows = rowsOf(
      lines(
        header,
        [
          'SCSC,1964733,1930080,2024-2025,1234567890,100200,2130,2130-01,S1,5.00,5.00,B+',
          'SCSC,1964733,1930080,2024-2025,1234567890,100200,9500,9500-03,FY,10.00,0.00,F',
        ],
        '\r\n',
      ),
    );
    expect(rows.map((r) => [r.schoolId, r.courseCode, r.courseTitle, r.term, r.result])).toEqual([
      ['1930080', '2130', '2130', 's1', 'pass'],
      ['1930080', '9500', '9500', 'year', 'fail'],
    ]);
  });

  // Ed-Fi CourseTranscript as Texas TSDS names its elements: StudentUniqueId, LocalCourseCode,
  // CourseAttemptResult, FinalLetterGradeEarned, FinalNumericGradeEarned, AttemptedCredits,
  // EarnedCredits, SchoolYear (the ending year), Term ("Fall Semester").
  it('Ed-Fi / TSDS course transcript names', () => {
    const header =
      'StudentUniqueId,SchoolId,SchoolYear,Term,LocalCourseCode,CourseTitle,CourseAttemptResult,FinalLetterGradeEarned,FinalNumericGradeEarned,AttemptedCredits,EarnedCredits';
    const rows = rowsOf(
      lines(header, [
        '1000001,255901001,2025,Fall Semester,ENG1A,English I,Pass,B,86,0.5,0.5',
        '1000001,255901001,2025,Spring Semester,ENG1B,English I,Fail,,64,0.5,0',
      ]),
    );
    expect(rows.map((r) => [r.term, r.letterGrade, r.result])).toEqual([
      ['fall', 'B', 'pass'],
      ['spring', '64', 'fail'],
    ]);
  });

  // PESC High School Transcript (XML, flattened by a reporting tool): SessionSchoolYear,
  // SessionName, CourseNumber, CourseTitle, CourseAcademicGrade, CourseCreditValue (the credit
  // the course carries) and CourseCreditEarned.
  it('PESC high school transcript fields, a session named with its year', () => {
    const header =
      'StudentID,SchoolCode,SessionSchoolYear,SessionName,CourseNumber,CourseTitle,CourseAcademicGrade,CourseCreditValue,CourseCreditEarned';
    const rows = rowsOf(
      lines(header, [
        'A77,rhs,2024-2025,Fall 2024,MA201,Geometry,A-,0.5,0.5',
        'A77,rhs,2024-2025,Spring 2025,MA201,Geometry,B,0.5,0.5',
        'A77,rhs,2024-2025,Summer 2025,HE100,Health,P,0.5,0.5',
      ]),
    );
    expect(rows.map((r) => [r.schoolYear, r.term])).toEqual([
      [2025, 'fall'],
      [2025, 'spring'],
      [2025, 'summer'],
    ]);
    expect(
      problems(
        lines(header, [
          'A77,rhs,2024-2025,Fall 2023,MA201,Geometry,A-,0.5,0.5',
          'A77,rhs,2024-2025,S1 2023-24,MA202,Geometry,A-,0.5,0.5',
        ]),
      ),
    ).toEqual([
      "t.csv:2:4: SessionName: Fall 2023 is not in the row's school year (2024-25)",
      "t.csv:3:4: SessionName: S1 2023-24 names the school year 2023-24, not the row's (2024-25)",
    ]);
  });

  // NY SIRS Student Class Grade Detail (eSchoolPlus "Student Class Grade Detail File Layout",
  // NYSED's outcome codes): LOCATION CODE, COURSE CODE, SCHOOL YEAR DATE (June 30 of the school
  // year), STUDENT ID, MARKING PERIOD CODE, DISPLAY GRADE, a course outcome of P, F or N (not
  // complete), credits attempted and earned; no course title.
  it('NY SIRS class grade detail: the year by its last day, outcomes P, F and N', () => {
    const header =
      'DISTRICT CODE,LOCATION CODE,COURSE CODE,SCHOOL YEAR DATE,SUPPLEMENTARY COURSE DIFFERENTIATOR,SECTION CODE,STUDENT ID,MARKING PERIOD CODE,DISPLAY GRADE,COURSE OUTCOME,CREDITS ATTEMPTED,CREDITS EARNED';
    const rows = rowsOf(
      lines(header, [
        'NY662001,800000055555,02002,2025-06-30,N/A,02002-1,100777,S1,85,P,0.5,0.5',
        'NY662001,800000055555,03051,2025-06-30,N/A,03051-2,100777,S2,58,F,0.5,0',
        'NY662001,800000055555,04051,2025-06-30,N/A,04051-1,100777,S2,,N,0.5,0',
      ]),
    );
    expect(rows.map((r) => [r.schoolYear, r.courseTitle, r.letterGrade, r.result])).toEqual([
      [2025, '02002', '85', 'pass'],
      [2025, '03051', '58', 'fail'],
      [2025, '04051', null, 'incomplete'],
    ]);
  });
});
