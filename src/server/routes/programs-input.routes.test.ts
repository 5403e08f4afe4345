/** What authors send the programs API: what it takes as typed, and what it refuses saving nothing. */
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { programsApi } from '../../../test/programs-api.ts';
import type { TProgramDetail } from '../../contracts/program-api.ts';
import { modify, softwareProgram } from '../../domain/program/test-factories.ts';

describe.each(testEngines())('programs API, authored input, on $name', (engine) => {
  const api = programsApi(engine);
  const send = api.send;

  it('rejects bad input naming the field, and saves nothing', async () => {
    const file = softwareProgram();
    const bad = await send('POST', '/api/v1/programs', {
      id: 'broken',
      program: { ...file.program, pathwayCode: 'eleven' },
      catalog: file.catalog,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('program.pathwayCode');

    const unknownPathway = await send('POST', '/api/v1/programs', {
      id: 'broken',
      program: { ...file.program, pathwayCode: '11-09' },
      catalog: { ...file.catalog, courses: [] },
    });
    expect(unknownPathway.statusCode).toBe(400);
    expect(unknownPathway.json().error.field).toBe('program.pathwayCode');

    // A catalog entry that breaks a database constraint rolls back the whole save.
    const orphan = {
      id: 'broken',
      program: file.program,
      catalog: {
        ...file.catalog,
        courses: [{ ...file.catalog.courses[0]!, id: 'orphan', institutionId: 'no-such-school' }],
      },
    };
    const dangling = await send('POST', '/api/v1/programs', orphan);
    expect(dangling.statusCode, dangling.body).toBe(400);
    expect(dangling.json().error.field).toBe('catalog.courses.0.institutionId');
    const danglingEs = await send('POST', '/api/v1/programs?lang=es', orphan);
    expect(danglingEs.json().error).toMatchObject({
      field: 'catalog.courses.0.institutionId',
      message:
        'catalog.courses.0.institutionId: no existe la organización «no-such-school»; indica un id que exista o envía la entrada en este catálogo.',
    });
    const unknownOwner = await send('POST', '/api/v1/programs', {
      id: 'broken',
      program: { ...file.program, ownerId: 'no-such-district' },
      catalog: file.catalog,
    });
    expect(unknownOwner.statusCode, unknownOwner.body).toBe(400);
    expect(unknownOwner.json().error.field).toBe('program.ownerId');
    const nul = await send('POST', '/api/v1/programs', {
      id: 'broken',
      program: { ...file.program, title: { en: 'Nursing\u0000' } },
      catalog: file.catalog,
    });
    expect(nul.statusCode, nul.body).toBe(400);
    expect(nul.json().error.field).toBe('program.title.en');
    expect((await send('GET', '/api/v1/programs/broken')).statusCode).toBe(404);
    const courses = await api.runtime.programs.catalog.listCourses();
    expect(courses.some((c) => c.id === 'orphan')).toBe(false);
  });

  it('refuses a framework that is not loaded, naming the field, at once and saving nothing', async () => {
    // On the embedded database this once waited inside the save's transaction until it gave up: a
    // 500 a minute later (found by the write-endpoint fuzz with frameworkId "%00").
    const file = softwareProgram();
    const sent = { program: { ...file.program, frameworkId: '%00' }, catalog: file.catalog };
    const created = await send('POST', '/api/v1/programs', { id: 'no-framework', ...sent });
    expect(created.statusCode, created.body).toBe(400);
    expect(created.json().error).toMatchObject({
      field: 'program.frameworkId',
      message:
        'program.frameworkId: no framework with id "%00" is loaded; the loaded ones are "nccf-16".',
    });
    const put = await send('PUT', '/api/v1/programs/3--.71_.?lang=es', sent);
    expect(put.statusCode, put.body).toBe(400);
    expect(put.json().error).toMatchObject({
      field: 'program.frameworkId',
      message:
        'program.frameworkId: no hay ningún marco cargado con el id «%00»; los cargados son "nccf-16".',
    });
    for (const id of ['no-framework', '3--.71_.'])
      expect((await send('GET', `/api/v1/programs/${id}`)).statusCode).toBe(404);
  });

  it('takes what authors really type: quarters, Washington course numbers, blank Spanish', async () => {
    const file = modify(softwareProgram(), (draft) => {
      draft.program.title = { en: '  Software Development & Cybersecurity ', es: '' };
      draft.program.steps[5]!.term = 'winter';
      const math = draft.catalog.courses.find((c) => c.id === 'mth-111')!;
      if (math.level === 'postsecondary') Object.assign(math, { prefix: 'math&', number: '141' });
    });
    const created = await send('POST', '/api/v1/programs', {
      id: 'quarters',
      program: file.program,
      catalog: file.catalog,
    });
    expect(created.statusCode, created.body).toBe(201);
    const es = (await send('GET', '/api/v1/programs/quarters?lang=es')).json<TProgramDetail>();
    expect(es.title).toBe('Software Development & Cybersecurity');
    expect(es.document.program.title).toEqual({ en: 'Software Development & Cybersecurity' });
    expect(es.steps[5]).toMatchObject({ level: 'postsecondary-1', term: 'winter' });
    expect(es.steps[5]!.label).toContain('invierno');
    const codes = es.steps.flatMap((s) => s.courses.map((c) => c.code));
    expect(codes).toContain('MATH& 141');
  });

  it('refuses a blank title and an agreement that ends before it starts, saving nothing', async () => {
    const file = softwareProgram();
    const blank = await send('POST', '/api/v1/programs', {
      id: 'blank-title',
      program: { ...file.program, title: { en: '   ', es: 'Desarrollo' } },
      catalog: file.catalog,
    });
    expect(blank.statusCode, blank.body).toBe(400);
    expect(blank.json().error).toMatchObject({ code: 'invalid', field: 'program.title.en' });
    const reversed = modify(file, (draft) => {
      draft.catalog.courses = draft.catalog.courses.map((c) => ({ ...c, id: `r-${c.id}` }));
      draft.catalog.creditAgreements = [
        {
          ...draft.catalog.creditAgreements[0]!,
          id: 'reversed',
          secondaryCourseId: `r-${draft.catalog.creditAgreements[0]!.secondaryCourseId}`,
          postsecondaryCourseId: `r-${draft.catalog.creditAgreements[0]!.postsecondaryCourseId}`,
          effectiveFrom: '2025-08-01',
          effectiveTo: '2024-06-30',
        },
      ];
    });
    const dates = await send('POST', '/api/v1/programs', {
      id: 'reversed-dates',
      program: file.program,
      catalog: reversed.catalog,
    });
    expect(dates.statusCode, dates.body).toBe(400);
    expect(dates.json().error.field).toBe('catalog.creditAgreements.0.effectiveTo');
    const datesEs = await send('POST', '/api/v1/programs?lang=es', {
      id: 'reversed-dates',
      program: file.program,
      catalog: reversed.catalog,
    });
    expect(datesEs.json().error.message).toBe(
      'catalog.creditAgreements.0.effectiveTo: no debe ser anterior a effectiveFrom (2025-08-01): el acuerdo terminaría antes de empezar.',
    );
    // Fields are named as the rest of the API names them: dots between the parts.
    const unknownCourse = await send('POST', '/api/v1/programs', {
      id: 'unknown-course',
      program: file.program,
      catalog: {
        ...reversed.catalog,
        creditAgreements: [
          {
            ...reversed.catalog.creditAgreements[0]!,
            effectiveTo: undefined,
            postsecondaryCourseId: 'no-such-course',
          },
        ],
      },
    });
    expect(unknownCourse.statusCode, unknownCourse.body).toBe(400);
    expect(unknownCourse.json().error.field).toBe(
      'catalog.creditAgreements.0.postsecondaryCourseId',
    );
    for (const id of ['blank-title', 'reversed-dates', 'unknown-course'])
      expect((await send('GET', `/api/v1/programs/${id}`)).statusCode).toBe(404);
    const courses = await api.runtime.programs.catalog.listCourses();
    expect(courses.some((c) => c.id.startsWith('r-'))).toBe(false);
  });
});
