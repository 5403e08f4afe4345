import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { countRows } from '../../../test/route-app.ts';
import type { Runtime } from '../../runtime.ts';

const FILES: Record<string, string> = {
  'manifest.csv':
    'propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\nfile.users,bulk\n',
  'orgs.csv':
    'sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\no1,,,High,school,da-high,\n',
  'users.csv': [
    'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades',
    'u1,,,true,o1,student,,,Ola,Ray,,OR1,ola@da.test,,,p1,09',
    'p1,,,true,o1,parent,,,Pat,Ray,,,pat.ray@home.test,,,u1,',
    'c1,,,true,o1,counselor,,,Cam,Lee,,,cam.lee@da.test,,,u1,',
  ].join('\n'),
};
const zip = (files: Record<string, string>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));

describe.each(testEngines())('OneRoster import route on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let admin: Record<string, string>;

  beforeAll(async () => {
    runtime = await engine.open();
    world = await buildWorld(runtime);
    app = await buildTestApp(runtime);
    admin = await sessionHeaders(runtime, world.districts[0].users.district_admin);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const post = (
    url: string,
    body: Buffer | string,
    headers: Record<string, string>,
    type = 'application/zip',
  ) =>
    app.inject({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': type },
      payload: body,
    });
  const users = () => countRows(runtime, 'app_user');

  it('imports a zip package (dry run first) and refuses a bad one naming file:line:column', async () => {
    const before = await users();
    const dry = await post('/api/v1/districts/da/oneroster/import?dryRun=true', zip(FILES), admin);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(await users()).toBe(before);
    const res = await post('/api/v1/districts/da/oneroster/import', zip(FILES), admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().results.map((r: { inserted: number }) => r.inserted)).toEqual([
      1, 2, 1, 1, 0,
    ]);
    const bad = { ...FILES, 'users.csv': FILES['users.csv']!.replace('ola@da.test', 'ola') };
    const refused = await post('/api/v1/districts/da/oneroster/import', zip(bad), admin);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('package.zip/users.csv:2:13');
    expect(
      (await post('/api/v1/districts/da/oneroster/import', 'x', admin, 'text/plain')).statusCode,
    ).toBe(400);
  });

  it('tells a refused package in Spanish by Accept-Language or ?lang=es, keeping line and column', async () => {
    const url = '/api/v1/districts/da/oneroster/import';
    const bad = { ...FILES, 'users.csv': FILES['users.csv']!.replace(',09', ',05') };
    const english = await post(url, zip(bad), admin);
    expect(english.json().error).toEqual({
      lang: 'en',
      code: 'invalid',
      field: 'package.zip/users.csv:2:17',
      message:
        'package.zip/users.csv:2:17: grades: must be a grade from 06 to 12, not "05" (and 2 more problems); nothing was imported.',
    });
    const spanish = {
      lang: 'es',
      code: 'invalid',
      field: 'package.zip/users.csv:2:17',
      message:
        'package.zip/users.csv:2:17: grades: debe ser un grado del 06 al 12, no "05" (y 2 problemas más); no se importó nada.',
    };
    const byHeader = await post(url, zip(bad), { ...admin, 'accept-language': 'es-MX,es;q=0.9' });
    expect(byHeader.statusCode).toBe(400);
    expect(byHeader.json().error).toEqual(spanish);
    expect((await post(`${url}?lang=es`, zip(bad), admin)).json().error).toEqual(spanish);
    // What is not a zip archive, or not sent as one, is told in Spanish too.
    const notZip = await post(`${url}?lang=es`, Buffer.from('not a zip'), admin);
    expect(notZip.json().error.message).toMatch(/^package\.zip: no es un archivo zip \(/);
    const asText = await post(`${url}?lang=es`, 'x', admin, 'text/plain');
    expect(asText.json().error.message).toBe(
      'Envía el paquete OneRoster como archivo zip (Content-Type: application/zip).',
    );
  });

  it('refuses other districts and roles that may not import', async () => {
    expect(
      (await post('/api/v1/districts/db/oneroster/import', zip(FILES), admin)).statusCode,
    ).toBe(403);
    const counselor = await sessionHeaders(runtime, world.districts[0].users.counselor);
    expect(
      (await post('/api/v1/districts/da/oneroster/import', zip(FILES), counselor)).statusCode,
    ).toBe(403);
  });

  it('never answers 5xx to any body (fuzz), and a refused import changes nothing', async () => {
    const line = fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom(
            'u1',
            'p1',
            'o1',
            'student',
            'parent',
            'counselor',
            '09',
            'da-high',
            'x@da.test',
          ),
        ),
        { minLength: 1, maxLength: 17 },
      )
      .map((f) => f.join(','));
    const edited = fc
      .tuple(fc.constantFrom(...Object.keys(FILES)), fc.array(line, { maxLength: 4 }), fc.boolean())
      .map(([name, lines, keepHeader]) => {
        const header = FILES[name]!.split('\n')[0]!;
        return zip({ ...FILES, [name]: [...(keepHeader ? [header] : []), ...lines].join('\n') });
      });
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
      edited,
    );
    await fc.assert(
      fc.asyncProperty(body, async (bytes) => {
        const before = await users();
        const res = await post('/api/v1/districts/da/oneroster/import', bytes, admin);
        expect(res.statusCode, `${res.statusCode} ${res.body}`).toBeLessThan(500);
        if (res.statusCode === 400) expect(await users()).toBe(before);
      }),
      { numRuns: engine.name === 'pglite' ? 150 : 60, seed: 20261126 },
    );
  });
});
