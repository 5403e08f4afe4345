import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { createOrg } from '../accounts/manage-orgs.ts';
import { importEdfi } from './import-edfi.ts';
import { recordsWorld, countInDistrict } from './test-world.ts';

const DIR = path.resolve(import.meta.dirname, '../../../examples/edfi');
const RESOURCES = [
  'students',
  'studentSchoolAssociations',
  'studentEducationOrganizationAssociations',
  'courses',
  'studentAcademicRecords',
  'courseTranscripts',
  'studentSpecialEducationProgramAssociations',
];
const example = (): SourceFile[] =>
  RESOURCES.map((r) => ({
    name: `${r}.json`,
    text: fs.readFileSync(path.join(DIR, `${r}.json`), 'utf8'),
  }));
/** A resource as a test edits it (loosely typed JSON). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
/** The example with one resource changed. */
function edited(resource: string, edit: (items: Loose[]) => void): SourceFile[] {
  return example().map((f) => {
    if (f.name !== `${resource}.json`) return f;
    const items = JSON.parse(f.text) as Loose[];
    edit(items);
    return { name: f.name, text: JSON.stringify(items, null, 2) };
  });
}

describe.each(testEngines())('Ed-Fi import on $name', (engine) => {
  let runtime: Runtime;
  const district = { districtId: 'rusd' };
  const count = (table: 'student' | 'course_attempt') => countInDistrict(runtime, table);

  beforeAll(async () => {
    runtime = await engine.open();
    await recordsWorld(runtime);
    await createOrg(runtime.accounts.deps, CLI, {
      id: '255901001',
      kind: 'school',
      name: 'Grand Bend High School',
      parentId: 'rusd',
    });
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses a bad resource naming file:line:column and JSON path, and writes nothing', async () => {
    const files = edited('courseTranscripts', (items) => {
      items[3]!.courseAttemptResultDescriptor =
        'uri://ed-fi.org/CourseAttemptResultDescriptor#Audit';
    });
    const error = await importEdfi(runtime.records, CLI, files, district).catch((e) => e);
    expect(error).toMatchObject({ code: 'invalid' });
    const text = files.find((f) => f.name === 'courseTranscripts.json')!.text;
    const line = text.split('\n').findIndex((l) => l.includes('#Audit')) + 1;
    expect(error.field).toMatch(new RegExp(`^courseTranscripts\\.json:${line}:\\d+$`));
    expect(error.message).toContain('courseTranscripts[3].courseAttemptResultDescriptor');
    expect(error.message).toContain('not Audit');
    expect(await count('student')).toBe(0);
    expect(await count('course_attempt')).toBe(0);
  });

  it('refuses a student without an email, a school outside the district and a stray record', async () => {
    const noMail = edited('studentEducationOrganizationAssociations', (items) => {
      items[1]!.electronicMails = [];
    });
    await expect(importEdfi(runtime.records, CLI, noMail, district)).rejects.toMatchObject({
      message: expect.stringContaining('students[1].studentUniqueId: has no email'),
    });
    const elsewhere = edited('studentSchoolAssociations', (items) => {
      items[0]!.schoolReference.schoolId = 255901999;
    });
    await expect(importEdfi(runtime.records, CLI, elsewhere, district)).rejects.toMatchObject({
      message: expect.stringContaining(
        'studentSchoolAssociations[0].schoolReference.schoolId: no school 255901999',
      ),
    });
    const stray = edited('courseTranscripts', (items) => {
      items[0]!.studentAcademicRecordReference.schoolYear = 2019;
    });
    await expect(importEdfi(runtime.records, CLI, stray, district)).rejects.toMatchObject({
      message: expect.stringContaining('names no studentAcademicRecords resource'),
    });
    const transcriptsOnly = example().filter((f) => f.name === 'courseTranscripts.json');
    await expect(importEdfi(runtime.records, CLI, transcriptsOnly, district)).rejects.toMatchObject(
      { message: expect.stringContaining('import the roster first') },
    );
    const broken = [{ name: 'students.json', text: '[{"studentUniqueId": "1",}]' }];
    await expect(importEdfi(runtime.records, CLI, broken, district)).rejects.toMatchObject({
      field: 'students.json:1:26',
    });
    expect(await count('student')).toBe(0);
  });

  it('imports students and transcripts together: dry run, once, then nothing changes', async () => {
    const dry = await importEdfi(runtime.records, CLI, example(), { ...district, dryRun: true });
    expect(dry.results.map((r) => [r.kind, r.inserted])).toEqual([
      ['students', 3],
      ['transcripts', 5],
    ]);
    expect(await count('student')).toBe(0);
    const first = await importEdfi(runtime.records, CLI, example(), district);
    expect(first.results[1]).toMatchObject({ inserted: 5, updated: 0 });
    expect(first.results[1]!.unknownCourses.map((c) => c.code)).toEqual(
      expect.arrayContaining(['ROBO-1']),
    );
    const again = await importEdfi(runtime.records, CLI, example(), district);
    expect(again.results.map((r) => r.unchanged)).toEqual([3, 5]);
    expect(again.results[0]!.unmappedDescriptors).toEqual([]);

    const ben = await runtime.database.db
      .selectFrom('student')
      .innerJoin('app_user', 'app_user.id', 'student.user_id')
      .select([
        'school_id',
        'grade',
        'graduation_year',
        'email',
        'name',
        'given_name',
        'family_name',
      ])
      .where('local_id', '=', '604822')
      .executeTakeFirstOrThrow();
    expect(ben).toEqual({
      school_id: '255901001',
      grade: 10,
      graduation_year: 2028,
      email: 'ben.ng@rusd.test',
      name: 'Ben Ng',
      given_name: 'Ben',
      family_name: 'Ng',
    });
    const attempts = await runtime.database.db
      .selectFrom('course_attempt')
      .select(['course_code', 'course_title', 'sced_code', 'term', 'school_year', 'result'])
      .where('district_id', '=', 'rusd')
      .orderBy('school_year')
      .orderBy('term')
      .orderBy('course_code')
      .execute();
    expect(attempts).toContainEqual({
      course_code: '02052',
      course_title: 'Algebra I',
      sced_code: '02052',
      term: 'fall',
      school_year: 2025,
      result: 'fail',
    });
    expect(attempts).toContainEqual(
      expect.objectContaining({ course_code: 'ROBO-1', sced_code: '21009', term: 'year' }),
    );

    // The special-population groups, stored as the roster CSV's columns would store them.
    const facts = async (localId: string) =>
      Object.fromEntries(
        (
          await runtime.database.db
            .selectFrom('student_fact')
            .innerJoin('student', (j) =>
              j
                .onRef('student.user_id', '=', 'student_fact.student_id')
                .onRef('student.district_id', '=', 'student_fact.district_id'),
            )
            .select(['student_fact.name', 'student_fact.value'])
            .where('student.local_id', '=', localId)
            .execute()
        ).map((f) => [f.name, f.value]),
      );
    expect(await facts('604822')).toEqual({
      gender: 'M',
      race_ethnicity: 'MU',
      english_learner: 'N',
      disability: 'Y',
      homeless: 'N',
    });
    // A value no group code stands for is reported, and the group is no longer recorded.
    const unknownSex = edited('studentEducationOrganizationAssociations', (items) => {
      items[1]!.sexDescriptor = 'uri://state.example/SexDescriptor#Unspecified';
    });
    const reported = await importEdfi(runtime.records, CLI, unknownSex, district);
    expect(reported.results[0]).toMatchObject({
      updated: 1,
      unmappedDescriptors: [
        {
          field: 'sexDescriptor',
          value: 'uri://state.example/SexDescriptor#Unspecified',
          rows: 1,
        },
      ],
    });
    expect((await facts('604822')).gender).toBeUndefined();
    await importEdfi(runtime.records, CLI, example(), district);
    expect((await facts('604822')).gender).toBe('M');

    const regraded = edited('courseTranscripts', (items) => {
      items[2]!.finalLetterGradeEarned = 'B';
    });
    const changed = await importEdfi(runtime.records, CLI, regraded, district);
    expect(changed.results[1]).toMatchObject({ updated: 1, unchanged: 4 });
    // A numeric grade stands in for a missing letter grade.
    const numeric = edited('courseTranscripts', (items) => {
      items[2]!.finalLetterGradeEarned = null;
      items[2]!.finalNumericGradeEarned = 87.5;
    });
    const graded = await importEdfi(runtime.records, CLI, numeric, district);
    expect(graded.results[1]).toMatchObject({ updated: 1, unchanged: 4 });
    const grades = await runtime.database.db
      .selectFrom('course_attempt')
      .select('letter_grade')
      .where('letter_grade', '=', '87.5')
      .execute();
    expect(grades).toHaveLength(1);
    await importEdfi(runtime.records, CLI, regraded, district);
  });

  it('reads one bundle object of resource arrays the same way', async () => {
    const bundle = Object.fromEntries(
      example().map((f) => [f.name.replace('.json', ''), JSON.parse(f.text)]),
    );
    const text = JSON.stringify(bundle, null, 1);
    const result = await importEdfi(runtime.records, CLI, [{ name: 'body', text }], district);
    // The grade changed by the test before comes back: one update, nothing new.
    expect(result.results.map((r) => [r.inserted, r.updated])).toEqual([
      [0, 0],
      [0, 1],
    ]);
    bundle.students[2].firstName = 42;
    await expect(
      importEdfi(runtime.records, CLI, [{ name: 'body', text: JSON.stringify(bundle) }], district),
    ).rejects.toMatchObject({
      message: expect.stringContaining('students[2].firstName: must be a string, not a number'),
    });
  });

  // Ed-Fi Data Standard: CourseTranscript.externalEducationOrganizationNameOfInstitution ("name of
  // the external institution where the student completed the course") and
  // MethodCreditEarnedDescriptor ("Transfer credit", "Credit by examination", "Online credit", …).
  it('keeps a course completed at an external institution as transfer credit', async () => {
    const files = edited('courseTranscripts', (items) => {
      items[0]!.externalEducationOrganizationNameOfInstitution = 'Lakeview High School';
      items[0]!.methodCreditEarnedDescriptor =
        'uri://ed-fi.org/MethodCreditEarnedDescriptor#Credit by examination';
    });
    const summary = await importEdfi(runtime.records, CLI, files, district);
    expect(summary.results[1]!.transferCredits).toEqual({
      inserted: 1,
      updated: 0,
      unchanged: 0,
      places: [{ name: 'Lakeview High School', rows: 1 }],
    });
    const stored = await runtime.database.db
      .selectFrom('transfer_credit')
      .select(['kind', 'earned_at_name', 'counts_as'])
      .where('district_id', '=', 'rusd')
      .execute();
    expect(stored).toEqual([
      { kind: 'exam', earned_at_name: 'Lakeview High School', counts_as: expect.any(String) },
    ]);
    const again = await importEdfi(runtime.records, CLI, files, district);
    expect(again.results[1]!.transferCredits).toMatchObject({ inserted: 0, unchanged: 1 });
  });

  // Ed-Fi Data Standard: Course.levelCharacteristics (CourseLevelCharacteristicDescriptor:
  // Advanced Placement, International Baccalaureate, Honors, Dual Credit) and
  // CourseTranscript.earnedAdditionalCredits (AdditionalCreditTypeDescriptor).
  it('keeps AP, IB, honors and dual credit flags on attempts and on transfer credit', async () => {
    const files = example().map((f) => {
      const items = JSON.parse(f.text) as Loose[];
      if (f.name === 'courses.json')
        items
          .find((c) => c.courseCode === 'ENG-09')!
          .levelCharacteristics.push({
            courseLevelCharacteristicDescriptor:
              'uri://ed-fi.org/CourseLevelCharacteristicDescriptor#Honors',
          });
      else if (f.name === 'courseTranscripts.json') {
        items[0]!.externalEducationOrganizationNameOfInstitution = 'Lakeview High School';
        items[0]!.methodCreditEarnedDescriptor =
          'uri://ed-fi.org/MethodCreditEarnedDescriptor#Credit by examination';
        items[0]!.earnedAdditionalCredits = [
          {
            additionalCreditTypeDescriptor:
              'uri://ed-fi.org/AdditionalCreditTypeDescriptor#Advanced Placement',
            credits: 1,
          },
        ];
      } else return f;
      return { name: f.name, text: JSON.stringify(items) };
    });
    const summary = await importEdfi(runtime.records, CLI, files, district);
    expect(summary.results[1]!.transferCredits).toMatchObject({ updated: 1 });
    const transfer = await runtime.database.db
      .selectFrom('transfer_credit')
      .select('course_flags')
      .where('district_id', '=', 'rusd')
      .execute();
    expect(transfer).toEqual([{ course_flags: 'AP,H' }]);
    const attempts = await runtime.database.db
      .selectFrom('course_attempt')
      .select(['course_code', 'course_flags'])
      .where('district_id', '=', 'rusd')
      .where('course_code', 'in', ['01001', '02052'])
      .execute();
    // The other student's English 9, taken here (the first student's earlier row stays as it was).
    expect(attempts.filter((a) => a.course_code === '01001').map((a) => a.course_flags)).toContain(
      'H',
    );
    expect(
      attempts.filter((a) => a.course_code === '02052').every((a) => a.course_flags === null),
    ).toBe(true);
    const [credit] = await runtime.records.transfers.ofStudent(
      'rusd',
      (await runtime.records.roster.byLocalIds('rusd', ['604822'])).get('604822')!.userId,
    );
    expect(credit!.flags).toBe('AP,H');
  });
});
