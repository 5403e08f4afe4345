/**
 * One course code written three ways in one file ("ENG 101", "ENG-101", "eng101"; "Algebra I",
 * "ALGEBRA 1") is one course in every transcript format: a second attempt in the same term is a
 * repeat that names its line, and a progress mark under another spelling of the semester's course
 * is left out. Codes compare by their key (domain/requirements/course-code-key.ts).
 */
import { describe, expect, it } from 'vitest';
import { lines, parse, problems } from '../../test/transcript-text.ts';
import { readEdfiSources } from './edfi/edfi-sources.ts';
import { edfiTranscripts } from './edfi/edfi-transcripts.ts';

const REPEAT = 'repeats the attempt on line';

describe('one course code, spelled three ways in one file', () => {
  it('SIS CSV: the same term twice is a repeat; Q1 under S1 is a progress mark', () => {
    const header =
      'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade';
    expect(
      problems(
        lines(header, [
          'S1,rhs,2025,S1,ENG 101,English,0.5,0.5,A',
          'S1,rhs,2025,S1,eng101,English,0.5,0.5,A',
          'S1,rhs,2025,S1,ALGEBRA 1,Algebra,0.5,0.5,B',
          'S1,rhs,2025,S1,Algebra I,Algebra,0.5,0.5,B',
        ]),
      ),
    ).toEqual([
      expect.stringMatching(/^t\.csv:3:5: .*repeats the attempt on line 2/),
      expect.stringMatching(/^t\.csv:5:5: .*repeats the attempt on line 4/),
    ]);
    const parsed = parse(
      lines(header, [
        'S1,rhs,2025,Q1,ENG-101,English,0,0,B',
        'S1,rhs,2025,S1,ENG 101,English,0.5,0.5,A',
        'S1,rhs,2025,S2,eng101,English,0.5,0.5,A',
      ]),
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.progressMarks).toEqual([2]);
    expect(parsed.rows.map((r) => r.term)).toEqual(['s1', 's2']);
  });

  it('paper transcript: the same year twice is a repeat', () => {
    const text = lines('Student ID,School,Course Code,Course,Grade,Credit', [
      'Grade 9 — 2022-2023,,,,,',
      '1001,rhs,ENG 101,English 9,A,1',
      '1001,rhs,MATH 1,Algebra I,B,1',
      '1001,rhs,eng-101,English 9,A,1',
    ]);
    expect(problems(text)).toEqual([expect.stringMatching(new RegExp(`^t\\.csv:5:.*${REPEAT} 3`))]);
  });

  it('college transcript: the same term twice is a repeat', () => {
    const header = 'Student ID,Institution,Term,Course,Course Title,Grade,Units';
    expect(
      problems(
        lines(header, [
          '1,Valley College,Fall 2024,COM SCI 31,Intro,A,4',
          '1,Valley College,Fall 2024,COMSCI-31,Intro,A,4',
        ]),
      ),
    ).toEqual([expect.stringMatching(new RegExp(`^t\\.csv:3:.*${REPEAT} 2`))]);
  });

  it('Ed-Fi: a transcript finds its course by another spelling, and repeats under one', () => {
    const course = {
      courseCode: 'ENG 101',
      courseTitle: 'English I',
      educationOrganizationReference: { educationOrganizationId: 255901 },
      identificationCodes: [
        {
          courseIdentificationSystemDescriptor:
            'uri://ed-fi.org/CourseIdentificationSystemDescriptor#SCED',
          identificationCode: '01001',
        },
      ],
    };
    const attempt = (code: string) => ({
      studentAcademicRecordReference: {
        studentUniqueId: '604822',
        educationOrganizationId: 255901001,
        schoolYear: 2025,
        termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
      },
      courseReference: { courseCode: code, educationOrganizationId: 255901 },
      courseAttemptResultDescriptor: 'uri://ed-fi.org/CourseAttemptResultDescriptor#Pass',
      earnedCredits: 0.5,
      finalLetterGradeEarned: 'A',
    });
    const sources = readEdfiSources([
      { name: 'courses.json', text: JSON.stringify([course]) },
      {
        name: 'courseTranscripts.json',
        text: JSON.stringify([attempt('eng-101'), attempt('ENG101')]),
      },
    ]);
    const { rows, issues } = edfiTranscripts(sources);
    expect(rows.map((r) => [r.courseCode, r.scedCode, r.courseTitle])).toEqual([
      ['ENG-101', '01001', 'English I'],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('repeats the attempt at courseTranscripts[0]'),
    ]);
  });
});
