import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../tabular.ts';
import { edfiDemographics } from './edfi-demographics.ts';
import { readEdfiSources } from './edfi-sources.ts';
import { edfiRoster } from './edfi-students.ts';

const ED = 'uri://ed-fi.org/';
const TODAY = '2026-03-01';

/** A Data Standard v5 studentEducationOrganizationAssociation as the API returns one. */
const seoa = (student: string, fields: Record<string, unknown> = {}, orgId = 255901) => ({
  id: `seoa-${student}-${orgId}`,
  educationOrganizationReference: { educationOrganizationId: orgId },
  studentReference: { studentUniqueId: student },
  addresses: [],
  disabilities: [],
  electronicMails: [],
  races: [],
  studentCharacteristics: [],
  ...fields,
});
const characteristic = (code: string, periods: object[] = []) => ({
  studentCharacteristicDescriptor: `${ED}StudentCharacteristicDescriptor#${code}`,
  periods,
});
const race = (code: string) => ({ raceDescriptor: `${ED}RaceDescriptor#${code}` });

function read(bundle: Record<string, unknown[]>, schools: Record<string, string> = {}) {
  const sources = readEdfiSources([{ name: 'bundle.json', text: JSON.stringify(bundle, null, 2) }]);
  const issues: ImportIssue[] = [...sources.issues];
  const result = edfiDemographics(sources, issues, {
    today: TODAY,
    schoolOf: (s) => schools[s],
  });
  return { ...result, issues };
}

describe('Ed-Fi special-population groups', () => {
  it('maps sex, race and ethnicity, English learner and characteristics to the roster codes', () => {
    const { facts, unmapped, issues } = read({
      studentEducationOrganizationAssociations: [
        seoa('1', {
          sexDescriptor: `${ED}SexDescriptor#Female`,
          hispanicLatinoEthnicity: true,
          races: [race('White')],
          limitedEnglishProficiencyDescriptor: `${ED}LimitedEnglishProficiencyDescriptor#Limited`,
          studentCharacteristics: [
            characteristic('Economic Disadvantaged', [{ beginDate: '2025-08-20' }]),
            characteristic('Homeless', [{ beginDate: '2024-01-01', endDate: '2024-06-01' }]),
            characteristic('Immigrant'),
          ],
        }),
        seoa('2', {
          sexDescriptor: `${ED}SexDescriptor#Male`,
          hispanicLatinoEthnicity: false,
          races: [race('Asian'), race('Black - African American')],
          limitedEnglishProficiencyDescriptor: `${ED}LimitedEnglishProficiencyDescriptor#Limited Monitored 1`,
          disabilities: [{ disabilityDescriptor: `${ED}DisabilityDescriptor#Autism` }],
          supporterMilitaryConnectionDescriptor: `${ED}SupporterMilitaryConnectionDescriptor#Active duty`,
        }),
        // Data Standard 6 names: "Black or African American"; "Choose Not to Respond" says nothing.
        seoa('3', { races: [race('Black or African American')] }),
        seoa('4', {
          sexDescriptor: `${ED}SexDescriptor#Not Selected`,
          races: [race('Choose Not to Respond')],
        }),
        seoa('5'),
      ],
    });
    expect(issues).toEqual([]);
    expect(unmapped).toEqual([]);
    expect(facts.get('1')).toMatchObject({
      gender: 'F',
      race_ethnicity: 'HI',
      english_learner: 'Y',
      economically_disadvantaged: 'Y',
      homeless: 'N',
      disability: null,
      migrant: null,
    });
    expect(facts.get('2')).toMatchObject({
      gender: 'M',
      race_ethnicity: 'MU',
      english_learner: 'N',
      disability: 'Y',
      military_family: 'Y',
      economically_disadvantaged: null,
    });
    expect(facts.get('3')).toMatchObject({ race_ethnicity: 'BL', gender: null });
    expect(facts.get('4')).toMatchObject({ gender: 'X', race_ethnicity: null });
    expect(Object.values(facts.get('5')!).every((v) => v === null)).toBe(true);
  });

  it('reports descriptor values it has no code for, keeping the value as given', () => {
    const { facts, unmapped } = read({
      studentEducationOrganizationAssociations: [
        seoa('1', {
          sexDescriptor: 'uri://state.example/SexDescriptor#Two-Spirit',
          races: [race('Other'), race('White')],
          studentCharacteristics: [characteristic('Gifted')],
        }),
        seoa('2', { races: [race('Other')] }),
      ],
    });
    expect(facts.get('1')).toMatchObject({ gender: null, race_ethnicity: 'WH' });
    expect(facts.get('2')!.race_ethnicity).toBeNull();
    expect(unmapped).toEqual([
      { field: 'sexDescriptor', value: 'uri://state.example/SexDescriptor#Two-Spirit', rows: 1 },
      { field: 'races.raceDescriptor', value: `${ED}RaceDescriptor#Other`, rows: 2 },
      {
        field: 'studentCharacteristics.studentCharacteristicDescriptor',
        value: `${ED}StudentCharacteristicDescriptor#Gifted`,
        rows: 1,
      },
    ]);
  });

  it('takes the enrolled school’s record first, and a disability from program records', () => {
    const { facts } = read(
      {
        studentEducationOrganizationAssociations: [
          seoa('1', { sexDescriptor: `${ED}SexDescriptor#Male` }, 255901),
          seoa('1', { sexDescriptor: `${ED}SexDescriptor#Female` }, 255901001),
          seoa('2'),
          seoa('3'),
        ],
        studentSpecialEducationProgramAssociations: [
          { studentReference: { studentUniqueId: '2' }, beginDate: '2024-08-21' },
        ],
        studentProgramAssociations: [
          {
            studentReference: { studentUniqueId: '3' },
            programReference: {
              programTypeDescriptor: `${ED}ProgramTypeDescriptor#Section 504 Placement`,
            },
            beginDate: '2023-08-21',
            endDate: '2024-06-01',
          },
          {
            studentReference: { studentUniqueId: '3' },
            programReference: { programTypeDescriptor: `${ED}ProgramTypeDescriptor#Bilingual` },
            beginDate: '2025-08-21',
          },
        ],
      },
      { '1': '255901001' },
    );
    expect(facts.get('1')!.gender).toBe('F');
    expect(facts.get('2')!.disability).toBe('Y');
    expect(facts.get('3')!.disability).toBe('N');
  });

  it('names the file, line, column and JSON path of a malformed field', () => {
    const { issues } = read({
      studentEducationOrganizationAssociations: [
        seoa('1', {
          hispanicLatinoEthnicity: 'yes',
          studentCharacteristics: [characteristic('Homeless', [{ endDate: '06/01/2024' }])],
          races: [{}],
        }),
      ],
    });
    expect(issues.map((i) => [i.columnName, i.message])).toEqual([
      [
        'studentEducationOrganizationAssociations[0].hispanicLatinoEthnicity',
        'must be true or false',
      ],
      ['studentEducationOrganizationAssociations[0].races[0].raceDescriptor', 'is required'],
      [
        'studentEducationOrganizationAssociations[0].studentCharacteristics[0].periods[0].endDate',
        'must be a date such as 2025-08-20',
      ],
    ]);
    expect(issues.every((i) => i.file === 'bundle.json' && i.line > 1)).toBe(true);
  });

  it('gives the example export’s students their groups', () => {
    const dir = path.resolve(import.meta.dirname, '../../../examples/edfi');
    const files = fs
      .readdirSync(dir)
      .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
    const roster = edfiRoster(readEdfiSources(files), { today: TODAY });
    expect(roster.issues).toEqual([]);
    expect(roster.unmapped).toEqual([]);
    const byId = new Map(roster.rows.map((r) => [r.localId, r.facts]));
    expect(byId.get('604821')).toMatchObject({
      gender: 'F',
      race_ethnicity: 'HI',
      english_learner: 'Y',
      economically_disadvantaged: 'Y',
    });
    expect(byId.get('604822')).toMatchObject({
      gender: 'M',
      race_ethnicity: 'MU',
      homeless: 'N',
      disability: 'Y',
    });
    expect(byId.get('604823')).toMatchObject({
      gender: 'X',
      race_ethnicity: 'WH',
      military_family: 'Y',
    });
  });
});
