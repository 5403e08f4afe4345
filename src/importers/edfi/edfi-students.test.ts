import { describe, expect, it } from 'vitest';
import { formatIssue } from '../tabular.ts';
import { readEdfiSources } from './edfi-sources.ts';
import { edfiRoster } from './edfi-students.ts';

const ED = 'uri://ed-fi.org/';

/** Ed-Fi students as the API returns them, each enrolled in grade 10 with a school email. */
function roster(students: Record<string, unknown>[]) {
  const ids = students.map((s) => s.studentUniqueId as string);
  const bundle = {
    students,
    studentSchoolAssociations: ids.map((id) => ({
      schoolReference: { schoolId: 255901001 },
      studentReference: { studentUniqueId: id },
      entryDate: '2025-08-20',
      entryGradeLevelDescriptor: `${ED}GradeLevelDescriptor#Tenth grade`,
    })),
    studentEducationOrganizationAssociations: ids.map((id) => ({
      educationOrganizationReference: { educationOrganizationId: 255901 },
      studentReference: { studentUniqueId: id },
      electronicMails: [
        {
          electronicMailAddress: `s${id}@rusd.test`,
          electronicMailTypeDescriptor: `${ED}ElectronicMailTypeDescriptor#Organization`,
        },
      ],
    })),
  };
  const sources = readEdfiSources([{ name: 'bundle.json', text: JSON.stringify(bundle) }]);
  const result = edfiRoster(sources, { today: '2026-03-01' });
  return { rows: result.rows, issues: [...sources.issues, ...result.issues].map(formatIssue) };
}

describe('Ed-Fi student names', () => {
  it('keeps names as written, tidied as roster CSV names are, a suffix with the last name', () => {
    const { rows, issues } = roster([
      { studentUniqueId: '1', firstName: 'Jose\u0301', lastSurname: 'Ramírez' },
      { studentUniqueId: '2', firstName: ' Ana\u00a0 Sofía ', lastSurname: 'De La  Cruz' },
      {
        studentUniqueId: '3',
        firstName: 'Marcus',
        lastSurname: 'Lee',
        generationCodeSuffix: 'Jr.',
      },
      { studentUniqueId: '4', firstName: 'Tom', lastSurname: 'Hart', generationCodeSuffix: null },
    ]);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.firstName, r.lastName])).toEqual([
      ['Jos\u00e9', 'Ramírez'],
      ['Ana Sofía', 'De La Cruz'],
      ['Marcus', 'Lee Jr.'],
      ['Tom', 'Hart'],
    ]);
  });

  it('refuses control characters and invisible direction overrides, as the CSV paths do', () => {
    const { rows, issues } = roster([
      { studentUniqueId: '1', firstName: 'Ana\u202egnp.exe', lastSurname: 'Lopez' },
      { studentUniqueId: '2', firstName: 'Ben', lastSurname: 'Ng\u2066' },
      { studentUniqueId: '3', firstName: 'Cy\u0007', lastSurname: 'Roe' },
      { studentUniqueId: '4', firstName: '   ', lastSurname: 'Roe' },
      {
        studentUniqueId: '5',
        firstName: 'Di',
        lastSurname: 'Roe',
        generationCodeSuffix: 'I\u202eI',
      },
    ]);
    expect(rows).toEqual([]);
    expect(issues.map((issue) => issue.replace(/^bundle\.json:\d+:\d+: /, ''))).toEqual([
      'students[0].firstName: contains an invisible character that reorders text (a bidirectional override)',
      'students[1].lastSurname: contains an invisible character that reorders text (a bidirectional override)',
      'students[2].firstName: contains a control character (a line break, a tab or NUL)',
      'students[3].firstName: is required',
      'students[4].generationCodeSuffix: contains an invisible character that reorders text (a bidirectional override)',
    ]);
  });
});
