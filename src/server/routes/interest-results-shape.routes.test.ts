/**
 * POST /interest-profiler/results is sent as the profiler builds it, without a parse by its
 * response schema on each request: the answer must already be exactly what the schema's parse
 * would make of it (its fields only, in its order). Checked on the shipped occupation data, for
 * varied answers, both languages, narrowing and limits.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  ZProfilerResults,
  type TProfilerForm,
  type TResultsRequest,
} from '../../contracts/interests.ts';
import type { Runtime } from '../../runtime.ts';

describe.each(testEngines())('results in the shape of their schema, on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let form: TProfilerForm;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    app = await buildTestApp(runtime);
    form = (await app.inject({ url: '/api/v1/interest-profiler?form=60' })).json();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  it('sends exactly what ZProfilerResults makes of it', async () => {
    let seed = 11;
    const rnd = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    const extras = [{}, { jobZone: 3 }, { entryLevel: 'high' }, { limit: 5 }, { limit: 200 }];
    let matched = 0;
    for (let i = 0; i < 40; i++) {
      const answers = Object.fromEntries(form.items.map((item) => [item.id, 1 + rnd(5)]));
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/interest-profiler/results?lang=${i % 2 ? 'es' : 'en'}`,
        payload: { form: 60, answers, ...extras[i % extras.length] },
      });
      expect(res.statusCode, res.body).toBe(200);
      const parsed = ZProfilerResults.parse(JSON.parse(res.body));
      expect(res.body).toBe(JSON.stringify(parsed));
      // The bytes put together from pieces (results-view.ts) are the object's own JSON.
      const request = { form: 60, answers, ...extras[i % extras.length] } as TResultsRequest;
      const object = await runtime.interests.profiler.results(request, i % 2 ? 'es' : 'en');
      expect(res.body).toBe(JSON.stringify(object));
      if (parsed.occupations.length > 0 && parsed.sources.length > 0) matched++;
    }
    // Most answer sets match occupations, with their data sources: the check saw full answers.
    expect(matched).toBeGreaterThan(20);
  }, 120_000);

  it('returns 10 occupations unless the request names a limit', async () => {
    const lean: Record<string, number> = { R: 5, I: 4, A: 2, S: 1, E: 2, C: 3 };
    const answers = Object.fromEntries(form.items.map((item) => [item.id, lean[item.area]!]));
    const post = async (extra: object) =>
      ZProfilerResults.parse(
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/interest-profiler/results',
            payload: { form: 60, answers, ...extra },
          })
        ).json(),
      ).occupations.map((o) => o.code);
    const byDefault = await post({});
    const twenty = await post({ limit: 20 });
    expect(byDefault).toHaveLength(10);
    expect(twenty).toHaveLength(20);
    expect(twenty.slice(0, 10)).toEqual(byDefault);
  }, 120_000);

  it('never answers from the cache with another language, form or narrowing', async () => {
    const lean: Record<string, number> = { R: 5, I: 4, A: 2, S: 1, E: 2, C: 3 };
    const answers = Object.fromEntries(form.items.map((item) => [item.id, lean[item.area]!]));
    const variants = [
      { lang: 'en', extra: {} },
      { lang: 'es', extra: {} },
      { lang: 'en', extra: { jobZone: 2 } },
      { lang: 'es', extra: { jobZone: 2 } },
      { lang: 'en', extra: { entryLevel: 'high' } },
      { lang: 'en', extra: { limit: 3 } },
    ];
    const bodies: string[] = [];
    for (const round of [0, 1]) {
      for (const [v, { lang, extra }] of variants.entries()) {
        const res = await app.inject({
          method: 'POST',
          url: `/api/v1/interest-profiler/results?lang=${lang}`,
          payload: { form: 60, answers, ...extra },
        });
        const body = ZProfilerResults.parse(res.json());
        expect(body.lang).toBe(lang);
        expect(body.jobZones).toEqual(
          'jobZone' in extra ? [extra.jobZone] : 'entryLevel' in extra ? [4, 5] : [1, 2, 3, 4, 5],
        );
        if ('limit' in extra) expect(body.occupations.length).toBeLessThanOrEqual(3);
        if (round === 0) bodies.push(res.body);
        else expect(res.body).toBe(bodies[v]);
      }
    }
    expect(new Set(bodies).size).toBe(variants.length);
  }, 120_000);
});
