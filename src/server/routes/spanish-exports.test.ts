/**
 * No English in what a Spanish reader downloads or reads from the API: every demo program of
 * study (?lang=es), its CSV and the texts drawn in its PDF are checked against the English
 * catalogue (test/english-catalogue.ts), proper names aside.
 */
import type { FastifyInstance } from 'fastify';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { englishIn } from '../../../test/english-catalogue.ts';
import type { TProgramDetail } from '../../contracts/program-api.ts';
import { demoPrograms } from '../../data/demo/index.ts';
import { createRuntime, type Runtime } from '../../runtime.ts';

/** Keys whose values are codes for machines (status "approved", kind "cte"), not text. */
const CODES = new Set([
  'id',
  'status',
  'kind',
  'subject',
  'type',
  'level',
  'term',
  'creditUnit',
  'point',
  'rule',
  'severity',
  'path',
  'role',
  'lang',
  'stepLevel',
  'courseId',
  'updatedAt',
  'soc',
  'code',
  'cipCode',
  // Enum codes and BLS's own wording used only to work out exit points; pages show neither.
  'kind',
  'entryEducation',
]);

/** The strings of an API answer that a page shows. */
function shownTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return CODES.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => shownTexts(item, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'document' ? [] : shownTexts(v, k)));
  return [];
}

describe('Spanish program exports and API', () => {
  let runtime: Runtime;
  let app: FastifyInstance;
  beforeAll(async () => {
    runtime = await createRuntime({ memory: true });
    await runtime.migrate();
    await runtime.seed();
    await runtime.seedDemoRegion();
    app = await buildTestApp(runtime);
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });
  /** Names the product does not translate: institutions, issuers, employers, exam names. */
  const properNames = (p: TProgramDetail) => [
    ...p.document.catalog.institutions.map((i) => i.name),
    ...p.document.catalog.credentials.flatMap((c) => (c.issuer ? [c.issuer] : [])),
    ...p.steps.flatMap((s) => s.courses.flatMap((c) => c.earlyCredit.flatMap((e) => e.exam ?? []))),
  ];

  it.each(demoPrograms.map((p) => p.id))(
    '%s reads in Spanish: page data, CSV and PDF',
    async (id) => {
      const detail = (await get(`/api/v1/programs/${id}?lang=es`)).json<TProgramDetail>();
      const names = properNames(detail);
      expect(englishIn(shownTexts(detail).join('\n'), names)).toEqual([]);
      for (const o of detail.occupations)
        expect(o.title, `${id}: occupation ${o.soc}`).not.toMatch(
          /\b(and|Workers|Nurses|Welders)\b/,
        );

      const csv = (await get(`/api/v1/programs/${id}/export?format=csv&lang=es`)).body;
      expect(csv.split('\n')[0]).toContain('Estado');
      expect(englishIn(csv, names)).toEqual([]);

      const drawn: string[] = [];
      const spy = vi.spyOn(PDFDocument.prototype, 'text').mockImplementation(function (
        this: PDFKit.PDFDocument,
        ...args: unknown[]
      ) {
        if (typeof args[0] === 'string') drawn.push(args[0]);
        return this;
      });
      try {
        const pdf = await get(`/api/v1/programs/${id}/export?format=pdf&lang=es`);
        expect(pdf.statusCode).toBe(200);
      } finally {
        spy.mockRestore();
      }
      expect(drawn.join('\n')).toContain('Estado: Aprobado');
      expect(englishIn(drawn.join('\n'), names)).toEqual([]);
    },
  );

  it('catches English when it is there', async () => {
    const detail = (
      await get(`/api/v1/programs/${demoPrograms[0]!.id}?lang=en`)
    ).json<TProgramDetail>();
    expect(englishIn(shownTexts(detail).join('\n'), properNames(detail)).length).toBeGreaterThan(0);
  });
});
