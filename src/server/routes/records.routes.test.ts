import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { countRows, postBody, useRouteApp } from '../../../test/route-app.ts';
import { csv, ROSTER_HEADER, TRANSCRIPT_HEADER } from '../../services/records/test-world.ts';

const ROSTER = csv(ROSTER_HEADER, [
  'L1,da-high,Ana,Lopez,ana@da.test,9,2029',
  'L2,da-high,Ben,Ng,ben@da.test,10,2028',
]);
const TRANSCRIPT = csv(TRANSCRIPT_HEADER, [
  'L1,da-high,2025-26,fall,01001,English 9,01001,0.5,0.5,A,pass',
]);

describe.each(testEngines())('roster and transcript import routes on $name', (engine) => {
  const s = useRouteApp(engine);

  const post = (url: string, body: string, headers: Record<string, string>) =>
    postBody(s.app, url, body, headers);
  const attempts = () => countRows(s.runtime, 'course_attempt');

  it('imports a roster then a transcript as a district admin, dry run first', async () => {
    const dry = await post('/api/v1/districts/da/students/import?dryRun=true', ROSTER, s.admin);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, inserted: 2 });
    const res = await post('/api/v1/districts/da/students/import', ROSTER, s.admin);
    expect(res.json()).toMatchObject({ kind: 'students', inserted: 2, unchanged: 0 });
    const t = await post('/api/v1/districts/da/transcripts/import', TRANSCRIPT, s.admin);
    expect(t.statusCode, t.body).toBe(200);
    expect(t.json()).toMatchObject({ inserted: 1, unknownCourses: [{ code: '01001', rows: 1 }] });
  });

  it('answers a bad row with 400 naming file:line:column, and changes nothing', async () => {
    const before = await attempts();
    const bad = `${TRANSCRIPT}L2,da-high,2025-26,fall,01001,English 9,01001,0.5,0.5,A,maybe\n`;
    const res = await post('/api/v1/districts/da/transcripts/import', bad, s.admin);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid', field: 'transcripts.csv:3:11' });
    expect(await attempts()).toBe(before);
  });

  it('tells a refused file in Spanish by Accept-Language or ?lang=es, keeping line and column', async () => {
    const bad = `${TRANSCRIPT}L2,da-high,2025-26,fall,01001,English 9,01001,0.5,0.7,A,fail\nL2,da-high,2025-26,fall,01002,Art,01002,0.5,0.5,A,maybe\n`;
    const url = '/api/v1/districts/da/transcripts/import';
    const english = await post(url, bad, s.admin);
    expect(english.json().error).toEqual({
      lang: 'en',
      code: 'invalid',
      field: 'transcripts.csv:3:9',
      message:
        'transcripts.csv:3:9: credits_earned: must be 0 when the result is fail (and 1 more problem); nothing was imported.',
    });
    const spanish = {
      lang: 'es',
      code: 'invalid',
      field: 'transcripts.csv:3:9',
      message:
        'transcripts.csv:3:9: credits_earned: debe ser 0 cuando el resultado es fail (y 1 problema más); no se importó nada.',
    };
    const byHeader = await post(url, bad, { ...s.admin, 'accept-language': 'es-MX,es;q=0.9' });
    expect(byHeader.statusCode).toBe(400);
    expect(byHeader.json().error).toEqual(spanish);
    expect((await post(`${url}?lang=es`, bad, s.admin)).json().error).toEqual(spanish);
    // The query wins over the header; a problem found once the district is known, too.
    const unknown = csv(TRANSCRIPT_HEADER, [
      'L9,da-high,2025-26,fall,01001,English 9,01001,0.5,0.5,A,pass',
    ]);
    const res = await post(`${url}?lang=es&dryRun=true`, unknown, {
      ...s.admin,
      'accept-language': 'en',
    });
    expect(res.json().error.message).toBe(
      'transcripts.csv:2:1: student_id: no hay ningún estudiante L9 en el distrito da: importa primero la lista de estudiantes; no se importó nada.',
    );
  });

  it('tells a refused roster in Spanish by Accept-Language or ?lang=es, keeping line and column', async () => {
    const bad = csv(ROSTER_HEADER, [
      'L1,da-high,Ana,Lopez,ana@da.test,9,2029',
      'L3,da-high,Eva,Diaz,eva@da.test,5,2032',
    ]);
    const url = '/api/v1/districts/da/students/import';
    const english = await post(url, bad, s.admin);
    expect(english.statusCode).toBe(400);
    expect(english.json().error).toEqual({
      lang: 'en',
      code: 'invalid',
      field: 'students.csv:3:6',
      message:
        'students.csv:3:6: grade_level: must be a grade from 6 to 12, not 5; nothing was imported.',
    });
    const spanish = {
      lang: 'es',
      code: 'invalid',
      field: 'students.csv:3:6',
      message:
        'students.csv:3:6: grade_level: debe ser un grado del 6 al 12, no 5; no se importó nada.',
    };
    const byHeader = await post(url, bad, { ...s.admin, 'accept-language': 'es-US,es;q=0.9' });
    expect(byHeader.json().error).toEqual(spanish);
    expect((await post(`${url}?lang=es`, bad, s.admin)).json().error).toEqual(spanish);
  });

  it("reads a D or a 65 that earned nothing by the district's lowest pass, given in the query", async () => {
    // No result column: the mark and credits tell the result.
    const header = TRANSCRIPT_HEADER.replace(',result', '');
    const text = csv(header, [
      'L2,da-high,2025-26,spring,03001,Biology,03001,0.5,0,D',
      'L2,da-high,2025-26,spring,03002,Chemistry,03002,0.5,0,65',
      'L2,da-high,2025-26,spring,03003,Physics,03003,0.5,0.5,72',
    ]);
    const url = '/api/v1/districts/da/transcripts/import';
    const refused = await post(url, text, s.admin);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain(
      "or give the district's lowest passing letter (--lowest-pass-letter; lowestPassLetter in the API)",
    );
    const bad = await post(`${url}?lowestPassLetter=F&lowestPassPercent=70`, text, s.admin);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid', field: 'lowestPassLetter' });
    const res = await post(`${url}?lowestPassLetter=D-&lowestPassPercent=70`, text, s.admin);
    expect(res.statusCode, res.body).toBe(200);
    const rows = await s.runtime.database.db
      .selectFrom('course_attempt')
      .select(['course_code', 'result'])
      .where('course_code', 'in', ['03001', '03002', '03003'])
      .orderBy('course_code')
      .execute();
    expect(rows.map((r) => [r.course_code, r.result])).toEqual([
      ['03001', 'pass'],
      ['03002', 'fail'],
      ['03003', 'pass'],
    ]);
  });

  it('reads a college Banner history by the term mapping given in the query', async () => {
    const text = csv(
      'Student ID,Banner ID,School Code,Term Code,Subject,Course Number,Course Title,Final Grade,Credit Hours,Quality Points',
      ['L1,A00917311,da-high,202510,ENGL,1301,Composition I,B,3,9'],
    );
    const url = '/api/v1/districts/da/transcripts/import';
    const refused = await post(url, text, s.admin);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('--banner-terms (bannerTerms)');
    const bad = await post(`${url}?bannerTerms=10%3Dautumnal`, text, s.admin);
    expect(bad.json().error).toMatchObject({ code: 'invalid', field: 'bannerTerms' });
    const res = await post(`${url}?bannerTerms=10%3Dfall%2C20%3Dspring`, text, s.admin);
    expect(res.statusCode, res.body).toBe(200);
    const row = await s.runtime.database.db
      .selectFrom('course_attempt')
      .select(['school_year', 'term', 'result', 'course_flags'])
      .where('course_code', '=', 'ENGL 1301')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ school_year: 2025, term: 'fall', result: 'pass', course_flags: 'DE' });
  });

  it('reads a Windows-1252 or UTF-16 export as its accents, not as replacement characters', async () => {
    const rows = [
      'L2,da-high,2025-26,fall,05001,Español I,,1,1,A,pass',
      'L2,da-high,2025-26,spring,05002,Español II – Conversación,,1,1,B,pass',
    ];
    const text = csv(TRANSCRIPT_HEADER, rows);
    const cp1252 = Buffer.from([...text].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const [payload, type] of [
      [cp1252, 'application/vnd.ms-excel'],
      [utf16, 'text/csv'],
    ] as const) {
      await s.runtime.database.db
        .deleteFrom('course_attempt')
        .where('course_code', 'in', ['05001', '05002'])
        .execute();
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/v1/districts/da/transcripts/import',
        headers: { ...s.admin, 'content-type': type },
        payload,
      });
      expect(res.statusCode, res.body).toBe(200);
      const titles = await s.runtime.database.db
        .selectFrom('course_attempt')
        .select('course_title')
        .where('course_code', 'in', ['05001', '05002'])
        .orderBy('course_code')
        .execute();
      expect(titles.map((t) => t.course_title)).toEqual(['Español I', 'Español II – Conversación']);
    }
  });

  it('refuses another district, and roles that may not import', async () => {
    const other = await post('/api/v1/districts/db/students/import', ROSTER, s.admin);
    expect(other.statusCode).toBe(403);
    const counselor = await sessionHeaders(s.runtime, s.world.districts[0].users.counselor);
    expect((await post('/api/v1/districts/da/students/import', ROSTER, counselor)).statusCode).toBe(
      403,
    );
    expect((await post('/api/v1/districts/da/students/import', ROSTER, {})).statusCode).toBe(401);
  });

  it('answers 404 naming the field for a district nobody has, in English or Spanish', async () => {
    const state = await sessionHeaders(s.runtime, s.world.stateAdmin);
    const url = '/api/v1/districts/nowhere/students/import';
    const en = await post(url, ROSTER, state);
    expect(en.statusCode, en.body).toBe(404);
    expect(en.json().error).toEqual({
      lang: 'en',
      code: 'not_found',
      message: 'No district has the id nowhere.',
      field: 'district',
    });
    const es = await post(`${url}?lang=es`, ROSTER, state);
    expect(es.json().error).toEqual({
      lang: 'es',
      code: 'not_found',
      message: 'Ningún distrito tiene el identificador nowhere.',
      field: 'district',
    });
  });

  it('never answers 5xx to any body (fuzz), and a refused import changes nothing', async () => {
    const line = fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.constantFrom('L1', 'L2', 'da-high', 'db-high', '2025-26', '1', '0.5', 'pass', 'fail'),
        ),
        { minLength: 1, maxLength: 12 },
      )
      .map((fields) => fields.join(','));
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(line, { maxLength: 5 }).map((lines) => [ROSTER_HEADER, ...lines].join('\n')),
      fc.array(line, { maxLength: 5 }).map((lines) => [TRANSCRIPT_HEADER, ...lines].join('\n')),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('students', 'transcripts'), body, async (kind, text) => {
        const before = await attempts();
        const res = await post(`/api/v1/districts/da/${kind}/import`, text, s.admin);
        expect(res.statusCode, `${res.statusCode} ${res.body}`).toBeLessThan(500);
        if (res.statusCode === 400) expect(await attempts()).toBe(before);
      }),
      { numRuns: engine.name === 'pglite' ? 150 : 60, seed: 20261126 },
    );
  });
});
