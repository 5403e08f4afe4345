import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { testEngines } from '../../../test/databases.ts';
import { loadInterestOccupations, seedFrameworkOnly } from '../../../test/interest-occupations.ts';
import type { TProfilerForm, TProfilerResults } from '../../contracts/interests.ts';
import type { Runtime } from '../../runtime.ts';

/** Answers for a form: `byArea` gives the answer to every item of an area. */
const answersFor = (form: TProfilerForm, byArea: Record<string, number>) =>
  Object.fromEntries(form.items.map((i) => [i.id, byArea[i.area]!]));

describe.each(testEngines())('Interest Profiler API on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let sf: TProfilerForm;

  beforeAll(async () => {
    runtime = await engine.open();
    await seedFrameworkOnly(runtime);
    await loadInterestOccupations(runtime);
    app = await buildTestApp(runtime);
    sf = (await app.inject({ url: '/api/v1/interest-profiler?form=60' })).json();
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const post = (payload: object, lang = 'en') =>
    app.inject({ method: 'POST', url: `/api/v1/interest-profiler/results?lang=${lang}`, payload });

  it('serves both forms in both languages with ids, areas and the licence attribution', async () => {
    expect(sf.items).toHaveLength(60);
    expect(sf.items[0]).toEqual({ id: 'IP60-01', area: 'R', text: 'Build kitchen cabinets' });
    expect(sf.answers.map((a) => a.label)).toEqual([
      'Strongly dislike',
      'Dislike',
      'Unsure',
      'Like',
      'Strongly like',
    ]);
    expect(sf.attribution.text).toContain('Used under the CC BY-ND 4.0 license.');
    const mini = (
      await app.inject({ url: '/api/v1/interest-profiler?form=30&lang=es' })
    ).json<TProfilerForm>();
    expect(mini.items).toHaveLength(30);
    expect(mini.items[0]).toEqual({
      id: 'MINI-01',
      area: 'R',
      text: 'Construir gabinetes para cocinas',
    });
    expect(mini.attribution.text).toContain(
      'Wayfinder has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
    );
    const bad = await app.inject({ url: '/api/v1/interest-profiler?form=45' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('form');
  });

  it('scores answers and matches the loaded occupations by the shape of the profile', async () => {
    const res = await post({
      form: 60,
      answers: answersFor(sf, { R: 5, I: 4, A: 2, S: 1, E: 2, C: 3 }),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<TProfilerResults>();
    expect(body.scores).toEqual({ R: 40, I: 30, A: 10, S: 0, E: 10, C: 20 });
    expect(body.code).toBe('RIC');
    expect(body.max).toBe(40);
    expect(body.matchable).toBeGreaterThanOrEqual(6);
    expect(body.occupations[0]).toMatchObject({
      code: '17-2051.00',
      title: 'Civil Engineers',
      fit: 'best',
      jobZone: 4,
      medianAnnualWage: 95890,
      drivers: ['R', 'I'],
      pathwayCodes: ['02-02'],
    });
    expect(body.occupations.map((o) => o.code)).not.toContain('21-1012.00');
    expect(body.clusters[0]).toMatchObject({ code: '02', fit: 'best' });
    expect(
      body.pathways
        .slice(0, 2)
        .map((p) => p.code)
        .sort(),
    ).toEqual(['02-01', '02-02']);
    expect(body.sources.map((s) => s.id)).toContain('test-interests@1');
    // Only groups that fit are listed: a weak fit is not a lead.
    expect([...body.pathways, ...body.clusters].every((g) => g.fit !== 'weak')).toBe(true);
    expect(body.occupations.length).toBeLessThanOrEqual(10);
  });

  it('narrows by job zone and entry level', async () => {
    const answers = answersFor(sf, { R: 5, I: 4, A: 2, S: 1, E: 2, C: 3 });
    const zone2 = (await post({ form: 60, answers, jobZone: 2 })).json<TProfilerResults>();
    expect(zone2.jobZones).toEqual([2]);
    expect(zone2.occupations.map((o) => o.code)).toEqual(['47-2031.00']);
    const high = (await post({ form: 60, answers, entryLevel: 'high' })).json<TProfilerResults>();
    expect(high.occupations.every((o) => (o.jobZone ?? 0) >= 4)).toBe(true);
  });

  it('answers in Spanish and takes the Mini-IP', async () => {
    const mini = (await app.inject({ url: '/api/v1/interest-profiler?form=30' })).json();
    const res = await post(
      { form: 30, answers: answersFor(mini, { R: 1, I: 2, A: 2, S: 5, E: 3, C: 2 }) },
      'es',
    );
    const body = res.json<TProfilerResults>();
    expect(body.scores).toEqual({ R: 0, I: 5, A: 5, S: 20, E: 10, C: 5 });
    expect(body.code).toBe('SEI');
    expect(body.areas[3]).toEqual({ code: 'S', name: 'Social', score: 20 });
    expect(body.areas[0]!.name).toBe('Realista');
    expect(body.occupations[0]!.code).toBe('21-1012.00');
  });

  it('refuses incomplete or out-of-range answers with a 400 naming the item', async () => {
    const answers = answersFor(sf, { R: 3, I: 3, A: 3, S: 4, E: 3, C: 3 });
    const { ['IP60-17']: _left, ...missing } = answers;
    const gap = await post({ form: 60, answers: missing });
    expect(gap.statusCode).toBe(400);
    expect(gap.json().error).toMatchObject({ field: 'answers.IP60-17' });
    expect(gap.json().error.message).toContain('IP60-17');
    const range = await post({ form: 60, answers: { ...answers, 'IP60-05': 6 } });
    expect(range.statusCode).toBe(400);
    expect(range.json().error.field).toBe('answers.IP60-05');
    const stray = await post({ form: 30, answers });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().error.field).toBe('answers.MINI-01');
    expect((await post({ form: 45, answers })).statusCode).toBe(400);
  });

  it('answers the same request again from its cache, and recomputes after an import', async () => {
    const payload = { form: 60, answers: answersFor(sf, { R: 1, I: 1, A: 5, S: 2, E: 3, C: 1 }) };
    const before = (await post(payload)).json<TProfilerResults>();
    expect((await post(payload)).json()).toEqual(before);
    expect(before.occupations.map((o) => o.code)).not.toContain('27-1024.00');
    await loadInterestOccupations(runtime, [
      {
        code: '27-1024.00',
        title: 'Graphic Designers',
        jobZone: 4,
        oi: [2, 2, 7, 3, 4, 2],
        pathways: ['03-06'],
      },
    ]);
    const after = (await post(payload)).json<TProfilerResults>();
    expect(after.occupations[0]!.code).toBe('27-1024.00');
  });

  it('never answers a 5xx to any body (fuzz)', async () => {
    const ids = sf.items.map((i) => i.id);
    const answer = fc.oneof(
      fc.integer({ min: -2, max: 8 }),
      fc.double(),
      fc.string(),
      fc.constant(null),
      fc.boolean(),
    );
    const body = fc.oneof(
      fc.record(
        {
          form: fc.oneof(fc.constantFrom(60, 30), fc.anything()),
          answers: fc.oneof(
            fc.dictionary(fc.constantFrom(...ids, 'x', '__proto__', 'MINI-01'), answer),
            fc.constant(Object.fromEntries(ids.map((id) => [id, 3]))),
            fc.anything(),
          ),
          jobZone: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.anything()),
          entryLevel: fc.oneof(fc.constantFrom('semi', 'mid', 'high'), fc.string()),
          limit: fc.oneof(fc.integer({ min: -5, max: 500 }), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/interest-profiler/results',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(payload ?? null),
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });
});
