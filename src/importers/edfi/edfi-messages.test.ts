import { describe, expect, it } from 'vitest';
import { expectSpanish } from '../../../test/issue-spanish.ts';
import type { ImportIssue } from '../tabular.ts';
import { edfiMessagesEn } from './edfi-messages.ts';
import { readEdfiSources } from './edfi-sources.ts';
import { edfiRoster } from './edfi-students.ts';
import { edfiTranscripts } from './edfi-transcripts.ts';

const grade = (g: string) => `uri://ed-fi.org/GradeLevelDescriptor#${g}`;
const enrol = (id: unknown, level: string) => ({
  studentReference: { studentUniqueId: id },
  schoolReference: { schoolId: 'hs' },
  entryGradeLevelDescriptor: grade(level),
});
const mail = (id: string, address: string) => ({
  studentReference: { studentUniqueId: id },
  educationOrganizationReference: { educationOrganizationId: 'da' },
  hispanicLatinoEthnicity: 'yes',
  cohortYears: [],
  studentCharacteristics: [
    {
      studentCharacteristicDescriptor: 'uri://ed-fi.org/StudentCharacteristicDescriptor#Homeless',
      periods: [{ beginDate: 'May 1' }],
    },
  ],
  electronicMails: [{ electronicMailAddress: address }],
});
const transcript = (extra: Record<string, unknown>) => ({
  courseReference: { courseCode: 'C1', educationOrganizationId: 'da' },
  studentAcademicRecordReference: {
    educationOrganizationId: 'hs',
    schoolYear: 2026,
    studentUniqueId: 'S1',
    termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
  },
  courseAttemptResultDescriptor: 'uri://ed-fi.org/CourseAttemptResultDescriptor#Pass',
  earnedCredits: 1,
  ...extra,
});
const BUNDLE = {
  students: [
    { studentUniqueId: 'S1', firstName: 'Ana', lastSurname: 'Lee', birthDate: '2010-01-02' },
    { studentUniqueId: 'S1', firstName: 7, lastSurname: '', birthDate: '2010-01-02' },
    { studentUniqueId: 'S 2', firstName: 'Bo\u202e', lastSurname: 'X'.repeat(101) },
    { studentUniqueId: 'S3', firstName: 'Cy', lastSurname: 'Li', birthDate: '2010-01-02' },
    { studentUniqueId: 'S4', firstName: 'Di', lastSurname: 'Li', birthDate: '2010-01-02' },
    'S5',
  ],
  studentSchoolAssociations: [
    enrol('S1', 'Ninth grade'),
    enrol('S4', 'Fifth grade'),
    enrol('S3', '#'),
  ],
  studentEducationOrganizationAssociations: [
    mail('S1', 'ana@da.test'),
    mail('S3', 'not-mail'),
    mail('S4', 'ana@da.test'),
  ],
  courses: [
    {
      courseCode: 'C1',
      educationOrganizationReference: { educationOrganizationId: 'da' },
      courseTitle: 'Bio\u0001',
      identificationCodes: [
        {
          courseIdentificationSystemDescriptor: 'uri://ed-fi.org/X#SCED',
          identificationCode: 'ABCDE',
        },
      ],
    },
  ],
  studentAcademicRecords: [
    {
      studentReference: { studentUniqueId: 'S1' },
      educationOrganizationReference: { educationOrganizationId: 'hs' },
      schoolYearTypeReference: { schoolYear: 2026 },
      termDescriptor: 'uri://ed-fi.org/TermDescriptor#Spring Semester',
    },
  ],
  courseTranscripts: [
    transcript({ courseAttemptResultDescriptor: 'uri://ed-fi.org/X#Maybe' }),
    transcript({ courseAttemptResultDescriptor: 'uri://ed-fi.org/X#Fail', earnedCredits: 1 }),
    transcript({ attemptedCredits: 0.5, earnedCredits: 1 }),
    transcript({ earnedCredits: 11 }),
    transcript({ earnedCredits: [1] }),
  ],
};

const problems = (files: Array<{ name: string; text: string }>): ImportIssue[] => {
  const sources = readEdfiSources(files);
  return [
    ...sources.issues,
    ...edfiRoster(sources, { today: '2026-01-01' }).issues,
    ...edfiTranscripts(sources).issues,
  ];
};

describe('Ed-Fi problems in English and Spanish', () => {
  it('keys every problem, kept at its line, column and JSON path', () => {
    const issues = problems([
      { name: 'bundle.json', text: JSON.stringify(BUNDLE, null, 2) },
      { name: 'broken.json', text: '{"students": [' },
      { name: 'nul.json', text: '{"students": [{"firstName": "A\\u0000"}]}' },
      { name: 'half.json', text: '{"students": [{"firstName": "\\ud800"}]}' },
      { name: 'list.json', text: '[]' },
      { name: 'number.json', text: '3' },
      { name: 'none.json', text: '{"people": []}' },
      { name: 'flat.json', text: '{"students": {}}' },
      { name: 'students.json', text: '[7]' },
    ]);
    expectSpanish(issues);
    const found = new Set(issues.map((i) => i.key));
    const missing = Object.keys(edfiMessagesEn).filter((key) => !found.has(key as never));
    expect(missing).toEqual([]);
  });
});
