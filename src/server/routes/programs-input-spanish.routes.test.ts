/** The programs API refuses a program's bad fields in the reader's language, naming the field. */
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { programsApi } from '../../../test/programs-api.ts';
import { modify, softwareProgram } from '../../domain/program/test-factories.ts';

describe.each(testEngines())('programs API, schema problems in Spanish, on $name', (engine) => {
  const api = programsApi(engine);

  const badSced = () => {
    const file = modify(softwareProgram(), (draft) => {
      const course = draft.catalog.courses.find((c) => c.level === 'secondary');
      if (course?.level !== 'secondary') throw new Error('the factory has a high school course');
      course.scedCode = '1001';
    });
    return { id: 'broken', program: file.program, catalog: file.catalog };
  };

  it('says a schema’s own message (the SCED course code) in Spanish: lang=es, Accept-Language es', async () => {
    const body = badSced();
    const index = body.catalog.courses.findIndex((c) => c.level === 'secondary');
    const en = await api.send('POST', '/api/v1/programs', body);
    expect(en.statusCode).toBe(400);
    expect(en.json().error).toEqual({
      lang: 'en',
      code: 'invalid',
      field: `catalog.courses.${index}.scedCode`,
      message: `Invalid body parameter "catalog.courses.${index}.scedCode": must be a five-digit SCED course code`,
    });
    const es = await api.send('POST', '/api/v1/programs?lang=es', body);
    expect(es.json().error).toEqual({
      lang: 'es',
      code: 'invalid',
      field: `catalog.courses.${index}.scedCode`,
      message: `Parámetro «catalog.courses.${index}.scedCode» no válido en el cuerpo: debe ser un código de curso SCED de cinco dígitos`,
    });
    const accepted = await api.send('POST', '/api/v1/programs', body, {
      'accept-language': 'es-MX,es;q=0.9,en;q=0.5',
    });
    expect(accepted.json().error.message).toBe(es.json().error.message);
  });

  it('says the library’s own problems and a missing field in Spanish too', async () => {
    const file = softwareProgram();
    const wrong = await api.send('POST', '/api/v1/programs?lang=es', {
      id: 'broken',
      program: { ...file.program, title: { en: 5 } },
      catalog: file.catalog,
    });
    expect(wrong.json().error.message).toBe(
      'Parámetro «program.title.en» no válido en el cuerpo: debe ser un texto (string), no un número (number)',
    );
    const { title: _, ...untitled } = file.program;
    const missing = await api.send('POST', '/api/v1/programs?lang=es', {
      id: 'broken',
      program: untitled,
      catalog: file.catalog,
    });
    expect(missing.json().error).toMatchObject({
      field: 'program.title',
      message:
        'Parámetro «program.title» no válido en el cuerpo: es obligatorio y debe ser un objeto (object)',
    });
  });

  it('names a field with a NUL character in Spanish', async () => {
    const file = softwareProgram();
    const nul = await api.send('POST', '/api/v1/programs?lang=es', {
      id: 'broken',
      program: { ...file.program, title: { en: 'Nursing\u0000' } },
      catalog: file.catalog,
    });
    expect(nul.json().error).toMatchObject({
      field: 'program.title.en',
      message: 'Campo «program.title.en» no válido: no debe contener un carácter NUL (\\u0000).',
    });
  });
});
