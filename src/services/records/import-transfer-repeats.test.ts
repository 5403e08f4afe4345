/**
 * One import naming one transfer credit twice (one student, place, school year, term and course
 * there by courseKeyThere) in every format that writes transfer credit: two spellings of the
 * course, or of the place, are refused naming both lines, in English and Spanish, and nothing is
 * stored; the very same credit repeated, every field equal, is stored once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { createOrg } from '../accounts/manage-orgs.ts';
import { importEdfi } from './import-edfi.ts';
import { importStudents } from './import-students.ts';
import { importTranscripts } from './import-transcripts.ts';
import { countInDistrict, csv, recordsWorld, ROSTER_HEADER } from './test-world.ts';

const EDFI = path.resolve(import.meta.dirname, '../../../examples/edfi');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** The Ed-Fi example with its first transcript, taken at Lakeview, given again under another SAR. */
function edfiTwice(edit: (copy: Loose) => void): SourceFile[] {
  const read = (name: string) =>
    JSON.parse(fs.readFileSync(path.join(EDFI, `${name}.json`), 'utf8')) as Loose[];
  const names = fs.readdirSync(EDFI).filter((f) => f.endsWith('.json'));
  return names.map((name) => {
    const resource = name.replace(/\.json$/, '');
    const items = read(resource);
    if (resource === 'courseTranscripts') {
      items[0]!.externalEducationOrganizationNameOfInstitution = 'Lakeview High School';
      const copy = structuredClone(items[0]!);
      copy.studentAcademicRecordReference.educationOrganizationId = 255901;
      edit(copy);
      items.push(copy);
    }
    if (resource === 'studentAcademicRecords') {
      const copy = structuredClone(items[0]!);
      copy.educationOrganizationReference.educationOrganizationId = 255901;
      items.push(copy);
    }
    return { name, text: JSON.stringify(items, null, 2) };
  });
}

describe.each(testEngines())('one transfer credit twice in one import on $name', (engine) => {
  let runtime: Runtime;
  const district = { districtId: 'rusd' };
  const stored = () => countInDistrict(runtime, 'transfer_credit');
  const load = (name: string, text: string) =>
    importTranscripts(runtime.records, CLI, { name, text }, district);
  /** The refusal, in English and Spanish, and that nothing was stored. */
  const refused = async (run: Promise<unknown>, en: RegExp, es: RegExp) => {
    const before = await countInDistrict(runtime, 'course_attempt');
    const transfers = await stored();
    const error = await run.then(
      () => undefined,
      (e: unknown) => e as { code: string; message: string; messages?: { es?: string } },
    );
    expect(error).toMatchObject({ code: 'invalid' });
    expect(error!.message).toMatch(en);
    expect(JSON.stringify(error)).toMatch(es);
    expect(await stored()).toBe(transfers);
    expect(await countInDistrict(runtime, 'course_attempt')).toBe(before);
  };

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    await recordsWorld(runtime);
    await createOrg(runtime.accounts.deps, CLI, {
      id: '255901001',
      kind: 'school',
      name: 'Grand Bend High School',
      parentId: 'rusd',
    });
    const roster = csv(ROSTER_HEADER, [
      'R1,rhs,Rae,Park,rae@rusd.test,11,2027',
      'R2,rhs,Ren,Ito,ren@rusd.test,11,2027',
    ]);
    await importStudents(runtime.records, CLI, { name: 's.csv', text: roster }, district);
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('SIS CSV: two titles of one course there, without codes', async () => {
    const header =
      'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade,earned_at';
    const text = csv(header, [
      'R1,rhs,2025,S1,ENG 101,English,0.5,0.5,A,',
      'R1,,2025,S1,,U.S. History,0.5,0.5,A,Lincoln HS',
      'R1,,2025,S1,,US History,0.5,0.5,B,Lincoln HS',
    ]);
    await refused(
      load('sis.csv', text),
      /sis\.csv:4:6: course_title: repeats the transfer credit at sis\.csv:3: U\.S\. History from Lincoln HS and US History from Lincoln HS are one course from one place/,
      /repite el crédito transferido de sis\.csv:3: U\.S\. History de Lincoln HS y US History de Lincoln HS son un mismo curso/,
    );
  });

  it('college transcript: one institution written two ways, one course', async () => {
    const header = 'Student ID,Institution,Term,Course,Course Title,Grade,Units';
    const text = csv(header, [
      'R1,Valley College,Fall 2024,AG 110,Soils,A,3',
      'R1,VALLEY COLLEGE,Fall 2024,a g 110,Soils,A,3',
    ]);
    await refused(
      load('cc.csv', text),
      /cc\.csv:3:4: course_code: repeats the transfer credit at cc\.csv:2: AG 110 from Valley College and A G 110 from VALLEY COLLEGE are one course/,
      /repite el crédito transferido de cc\.csv:2: AG 110 de Valley College y A G 110 de VALLEY COLLEGE/,
    );
  });

  it('paper transcript: one course there written two ways on two transfer lines', async () => {
    const above = ['Official Transcript', 'Student ID: R1', 'School: rhs', 'Grade 11 — 2025-2026'];
    const text = csv(above.join('\n'), [
      'Course,Grade,Credit',
      'English 9,A,1',
      'Transfer credit: Lincoln High School 2025-26 U.S. History 1.0 TR',
      'Transfer credit: Lincoln High School 2025-26 US History 1.0 TR',
    ]);
    await refused(
      load('paper.csv', text),
      /paper\.csv:8:.*repeats the transfer credit at paper\.csv:7: U\.S\. History from Lincoln High School and US History from Lincoln High School/,
      /repite el crédito transferido de paper\.csv:7: U\.S\. History de Lincoln High School y US History/,
    );
  });

  it('Ed-Fi: one course at one external institution under two academic records', async () => {
    const files = edfiTwice((copy) => {
      copy.finalLetterGradeEarned = 'A';
    });
    await refused(
      importEdfi(runtime.records, CLI, files, district),
      /courseTranscripts\.json:\d+:\d+: .*repeats the transfer credit at courseTranscripts\.json:\d+: 01001 from Lakeview High School twice, with another title, grade, credit or flag/,
      /repite el crédito transferido de courseTranscripts\.json:\d+: 01001 de Lakeview High School dos veces/,
    );
  });

  it('Ed-Fi: the very same credit under two academic records is stored once', async () => {
    const summary = await importEdfi(
      runtime.records,
      CLI,
      edfiTwice(() => undefined),
      district,
    );
    expect(summary.results[1]!.transferCredits).toEqual({
      inserted: 1,
      updated: 0,
      unchanged: 1,
      places: [{ name: 'Lakeview High School', rows: 2 }],
    });
    expect(await stored()).toBe(1);
    const again = await importEdfi(
      runtime.records,
      CLI,
      edfiTwice(() => undefined),
      district,
    );
    expect(again.results[1]!.transferCredits).toMatchObject({ inserted: 0, unchanged: 2 });
  });
});
