/**
 * The published programs of study (examples/programs/published/) saved through the API: their
 * choices of courses reach the stored catalog (the courses to choose from are resolved like the
 * listed ones), the detail in English and Spanish carries the choices, variable credit and
 * renewable credentials, the exports answer, and an edit of the program keeps its choices.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { signedInAs } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TProgramDetail, TProgramSaved } from '../../contracts/program-api.ts';
import { parseProgramText } from '../../importers/program-file.ts';
import type { Runtime } from '../../runtime.ts';

const dir = path.resolve(import.meta.dirname, '../../../examples/programs/published');
const files = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const parsed = parseProgramText(fs.readFileSync(path.join(dir, name), 'utf8'));
    if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
    return parsed.file;
  });

describe.each(testEngines())('published programs saved through the API, on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let admin: Record<string, string>;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    app = await buildTestApp(runtime);
    admin = await signedInAs(runtime, 'state_admin');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url, headers: admin });

  it('takes postsecondary years written as grades 13 and 14, and keeps them as years 1 and 2', async () => {
    const file = files.find((f) => f.id === 'ky-pre-nursing-practical-nursing')!;
    const steps = file.program.steps.map((step) => ({
      ...step,
      level: step.level.replace(/^postsecondary-(\d)$/, (_, n: string) => `grade-${12 + +n}`),
    }));
    expect(steps.map((s) => s.level)).toContain('grade-13');
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/programs',
      headers: admin,
      payload: {
        id: 'ky-grades-13-14',
        program: { ...file.program, steps },
        catalog: file.catalog,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const detail = created.json<TProgramSaved>().program;
    expect(detail.steps.map((s) => s.level)).toEqual(file.program.steps.map((s) => s.level));
    expect(detail.document.program.steps).toEqual(file.program.steps);
  });

  it.each(files.map((file) => ({ id: file.id!, file })))(
    '$id: saved, read back with its choices, ranges and renewals, exported, edited',
    async ({ id, file }) => {
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/programs',
        headers: admin,
        payload: { id, program: file.program, catalog: file.catalog },
      });
      expect(created.statusCode, created.body).toBe(201);
      const saved = created.json<TProgramSaved>();
      expect(saved.ignoredCatalog).toEqual([]);
      // Every course of every choice was found in the catalog.
      expect(saved.findings.filter((f) => f.rule === 'pos.references-resolve')).toEqual([]);

      for (const lang of ['en', 'es'] as const) {
        const detail = (await get(`/api/v1/programs/${id}?lang=${lang}`)).json<TProgramDetail>();
        file.program.steps.forEach((step, s) => {
          const view = detail.steps[s]!;
          expect(view.courses.map((c) => c.id)).toEqual(step.courses);
          expect(view.choices?.map((c) => [c.choose, c.courses.map((x) => x.id)])).toEqual(
            step.choices?.map((c) => [c.choose, c.courses]),
          );
        });
        const views = detail.steps.flatMap((s) => [
          ...s.courses,
          ...(s.choices ?? []).flatMap((c) => c.courses),
        ]);
        for (const course of file.catalog.courses) {
          const min =
            course.level === 'secondary' ? course.carnegieUnitsMin : course.creditHoursMin;
          const view = views.find((v) => v.id === course.id);
          if (view) expect(view.creditsMin).toBe(min);
        }
        for (const credential of file.catalog.credentials) {
          const view = detail.steps
            .flatMap((s) => s.credentials)
            .find((c) => c.id === credential.id);
          if (view) expect(view.validYears).toBe(credential.validYears);
        }
        if (lang === 'es') {
          const choice = detail.steps.flatMap((s) => s.choices ?? []).find((c) => c.note);
          if (choice)
            expect(choice.note).toBe(
              file.program.steps.flatMap((s) => s.choices ?? []).find((c) => c.note)!.note!.es,
            );
        }
      }

      // A course's own page gives its variable credit too.
      for (const course of file.catalog.courses) {
        const min = course.level === 'secondary' ? course.carnegieUnitsMin : course.creditHoursMin;
        if (min === undefined) continue;
        const page = await get(`/api/v1/courses/${course.id}`);
        expect(page.statusCode, page.body).toBe(200);
        expect(page.json<{ creditsMin?: number }>().creditsMin).toBe(min);
      }

      for (const format of ['pdf', 'csv', 'json']) {
        const res = await get(`/api/v1/programs/${id}/export?format=${format}`);
        expect(res.statusCode, `${format}: ${res.body.slice(0, 200)}`).toBe(200);
      }
      const json = JSON.parse((await get(`/api/v1/programs/${id}/export?format=json`)).body);
      expect(json.program.steps).toEqual(file.program.steps);

      // An edit that does not touch the choices keeps them.
      const edited = await app.inject({
        method: 'PUT',
        url: `/api/v1/programs/${id}`,
        headers: admin,
        payload: {
          program: {
            ...file.program,
            title: { ...file.program.title, en: `${file.program.title.en} (2027)` },
          },
        },
      });
      expect(edited.statusCode, edited.body).toBe(200);
      const after = edited.json<TProgramSaved>().program;
      expect(after.document.program.steps).toEqual(file.program.steps);
      expect(after.findings.filter((f) => f.rule === 'pos.references-resolve')).toEqual([]);
    },
  );
});
