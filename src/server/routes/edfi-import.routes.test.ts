import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { countRows, postBody, useRouteApp } from '../../../test/route-app.ts';

const student = (id: string, first: string) => ({
  studentUniqueId: id,
  firstName: first,
  lastSurname: 'Test',
  birthDate: '2010-01-02',
});
const BUNDLE = {
  students: [student('E1', 'Eva'), student('E2', 'Eli')],
  studentSchoolAssociations: ['E1', 'E2'].map((id) => ({
    studentReference: { studentUniqueId: id },
    schoolReference: { schoolId: 'da-high' },
    entryDate: '2025-08-20',
    entryGradeLevelDescriptor: 'uri://ed-fi.org/GradeLevelDescriptor#Ninth grade',
  })),
  studentEducationOrganizationAssociations: ['E1', 'E2'].map((id) => ({
    studentReference: { studentUniqueId: id },
    educationOrganizationReference: { educationOrganizationId: 'da' },
    electronicMails: [
      {
        electronicMailAddress: `${id.toLowerCase()}@da.test`,
        electronicMailTypeDescriptor: 'uri://ed-fi.org/ElectronicMailTypeDescriptor#Organization',
      },
    ],
  })),
  courseTranscripts: [
    {
      courseReference: { courseCode: '01001', educationOrganizationId: 'da' },
      studentAcademicRecordReference: {
        educationOrganizationId: 'da-high',
        schoolYear: 2026,
        studentUniqueId: 'E1',
        termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
      },
      courseAttemptResultDescriptor: 'uri://ed-fi.org/CourseAttemptResultDescriptor#Pass',
      attemptedCredits: 0.5,
      earnedCredits: 0.5,
      finalLetterGradeEarned: 'A',
    },
  ],
};

describe.each(testEngines())('Ed-Fi import route on $name', (engine) => {
  const s = useRouteApp(engine);

  const post = (url: string, body: string, headers: Record<string, string>) =>
    postBody(s.app, url, body, headers, 'application/json');
  const students = () => countRows(s.runtime, 'student');

  it('imports a bundle (dry run first), then refuses a bad one naming line:column and path', async () => {
    const text = JSON.stringify(BUNDLE, null, 2);
    const before = await students();
    const dry = await post('/api/v1/districts/da/edfi/import?dryRun=true', text, s.admin);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ format: 'edfi', dryRun: true });
    expect(await students()).toBe(before);
    const res = await post('/api/v1/districts/da/edfi/import', text, s.admin);
    expect(res.json().results).toMatchObject([
      { kind: 'students', inserted: 2 },
      { kind: 'transcripts', inserted: 1 },
    ]);
    const bad = JSON.stringify(
      { ...BUNDLE, courseTranscripts: [{ ...BUNDLE.courseTranscripts[0], earnedCredits: '1' }] },
      null,
      2,
    );
    const refused = await post('/api/v1/districts/da/edfi/import', bad, s.admin);
    expect(refused.statusCode).toBe(400);
    const line = bad.split('\n').findIndex((l) => l.includes('"earnedCredits"')) + 1;
    expect(refused.json().error.field).toMatch(new RegExp(`^body:${line}:\\d+$`));
    expect(refused.json().error.message).toContain('courseTranscripts[0].earnedCredits');
  });

  it('tells a refused bundle in Spanish by Accept-Language or ?lang=es, keeping line and column', async () => {
    const url = '/api/v1/districts/da/edfi/import';
    const bad = JSON.stringify(
      { ...BUNDLE, courseTranscripts: [{ ...BUNDLE.courseTranscripts[0], earnedCredits: '1' }] },
      null,
      2,
    );
    const line = bad.split('\n').findIndex((l) => l.includes('"earnedCredits"')) + 1;
    const english = (await post(url, bad, s.admin)).json().error;
    expect(english.field).toMatch(new RegExp(`^body:${line}:\\d+$`));
    expect(english.message).toBe(
      `${english.field}: courseTranscripts[0].earnedCredits: must be a number, not a string; nothing was imported.`,
    );
    const spanish = {
      lang: 'es',
      code: 'invalid',
      field: english.field,
      message: `${english.field}: courseTranscripts[0].earnedCredits: debe ser un número, no un texto (string); no se importó nada.`,
    };
    const byHeader = await post(url, bad, { ...s.admin, 'accept-language': 'es-MX,es;q=0.9' });
    expect(byHeader.statusCode).toBe(400);
    expect(byHeader.json().error).toEqual(spanish);
    expect((await post(`${url}?lang=es`, bad, s.admin)).json().error).toEqual(spanish);
    const nothing = await post(`${url}?lang=es`, JSON.stringify({ courses: [] }), s.admin);
    expect(nothing.json().error.message).toMatch(/^Nada que importar: /);
    // Academic records alone with only a high school diploma: refused plainly, naming them.
    const diplomaOnly = JSON.stringify({
      studentAcademicRecords: [
        {
          educationOrganizationReference: { educationOrganizationId: 'da-high' },
          schoolYearTypeReference: { schoolYear: 2026 },
          studentReference: { studentUniqueId: 'E1' },
          termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
          diplomas: [
            {
              diplomaTypeDescriptor: 'uri://ed-fi.org/DiplomaTypeDescriptor#Regular diploma',
              diplomaAwardDate: '2025-06-01',
            },
          ],
        },
      ],
    });
    const recordsOnly = await post(url, diplomaOnly, s.admin);
    expect(recordsOnly.statusCode).toBe(400);
    expect(recordsOnly.json().error).toMatchObject({
      field: 'studentAcademicRecords',
      message: expect.stringMatching(
        /^Nothing to import: the studentAcademicRecords carry no credential diploma/,
      ),
    });
  });

  it('refuses other districts and roles that may not import', async () => {
    const text = JSON.stringify(BUNDLE);
    expect((await post('/api/v1/districts/db/edfi/import', text, s.admin)).statusCode).toBe(403);
    const counselor = await sessionHeaders(s.runtime, s.world.districts[0].users.counselor);
    expect((await post('/api/v1/districts/da/edfi/import', text, counselor)).statusCode).toBe(403);
    expect((await post('/api/v1/districts/da/edfi/import', text, {})).statusCode).toBe(401);
  });

  it('never answers 5xx to any body (fuzz), and a refused import changes nothing', async () => {
    const scalar = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.integer(),
      fc.double(),
      fc.constant(null),
      fc.constantFrom('E1', 'E3', 'da-high', 'db-high', 'uri://ed-fi.org/X#Pass', '#'),
    );
    const resource = fc.dictionary(
      fc.constantFrom(
        'studentUniqueId',
        'firstName',
        'lastSurname',
        'earnedCredits',
        'courseAttemptResultDescriptor',
        'entryGradeLevelDescriptor',
        'electronicMails',
      ),
      fc.oneof(scalar, fc.array(scalar, { maxLength: 2 })),
    );
    const mutated = fc
      .tuple(
        fc.constantFrom(...(Object.keys(BUNDLE) as Array<keyof typeof BUNDLE>)),
        fc.nat(3),
        resource,
      )
      .map(([key, i, extra]) => {
        const copy = structuredClone(BUNDLE) as Record<string, Array<Record<string, unknown>>>;
        const list = copy[key]!;
        list[i % list.length] = { ...list[i % list.length], ...extra };
        return JSON.stringify(copy);
      });
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 3 }),
      fc
        .dictionary(fc.constantFrom(...Object.keys(BUNDLE)), fc.array(resource, { maxLength: 3 }))
        .map((b) => JSON.stringify(b)),
      mutated,
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const before = await students();
        const res = await post('/api/v1/districts/da/edfi/import', text, s.admin);
        expect(res.statusCode, `${res.statusCode} ${res.body}`).toBeLessThan(500);
        if (res.statusCode === 400) expect(await students()).toBe(before);
      }),
      { numRuns: engine.name === 'pglite' ? 150 : 60, seed: 20261126 },
    );
  });
});
