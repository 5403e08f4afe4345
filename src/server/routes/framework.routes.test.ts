import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TCluster, TClusterList, TPathway, TPathwayList } from '../../contracts/framework.ts';
import type { Runtime } from '../../runtime.ts';

describe.each(testEngines())('framework API on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    app = await buildTestApp(runtime);
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  it('lists the frameworks', async () => {
    const res = await get('/api/v1/frameworks');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        id: 'nccf-16',
        isDefault: true,
        clusterCount: 16,
        pathwayCount: 79,
      }),
    ]);
  });

  it('lists the 16 clusters in code order, in English by default', async () => {
    const res = await get('/api/v1/clusters');
    expect(res.statusCode).toBe(200);
    const body = res.json<TClusterList>();
    expect(body.lang).toBe('en');
    expect(body.framework.id).toBe('nccf-16');
    expect(body.items.map((c) => c.code)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(body.items.find((c) => c.code === '08')?.title).toBe('Health Science');
    expect(body.items.reduce((sum, c) => sum + c.pathwayCount, 0)).toBe(79);
  });

  it('answers in Spanish for ?lang=es and for Accept-Language', async () => {
    const byQuery = (await get('/api/v1/clusters/08?lang=es')).json<TCluster>();
    const byHeader = (
      await get('/api/v1/clusters/08', { 'accept-language': 'es-MX,es;q=0.9' })
    ).json<TCluster>();
    const english = (
      await get('/api/v1/clusters/08', { 'accept-language': 'es-MX' })
    ).json<TCluster>();
    expect(byQuery.lang).toBe('es');
    expect(byQuery.title).not.toBe('Health Science');
    expect(byHeader).toEqual(byQuery);
    expect(english.lang).toBe('es');
    const forcedEnglish = (
      await get('/api/v1/clusters/08?lang=en', { 'accept-language': 'es' })
    ).json<TCluster>();
    expect(forcedEnglish.title).toBe('Health Science');
  });

  it('shows a cluster with its pathways', async () => {
    const res = await get('/api/v1/clusters/08');
    expect(res.statusCode).toBe(200);
    const body = res.json<TCluster>();
    expect(body.pathways.map((p) => p.title)).toEqual([
      'Biotechnology Research & Development',
      'Diagnostic Services',
      'Health Informatics',
      'Support Services',
      'Therapeutic Services',
    ]);
    expect(body.pathways.every((p) => p.cluster.code === '08')).toBe(true);
  });

  it('lists pathways, all or by cluster', async () => {
    const all = (await get('/api/v1/pathways')).json<TPathwayList>();
    expect(all.items).toHaveLength(79);
    const one = (await get('/api/v1/pathways?cluster=11')).json<TPathwayList>();
    expect(one.items.map((p) => p.code)).toEqual(['11-01', '11-02', '11-03', '11-04']);
  });

  it('shows a pathway with its cluster and siblings', async () => {
    const res = await get('/api/v1/pathways/08-05');
    expect(res.statusCode).toBe(200);
    const body = res.json<TPathway>();
    expect(body).toMatchObject({
      code: '08-05',
      title: 'Therapeutic Services',
      cluster: { code: '08', title: 'Health Science' },
    });
    expect(body.siblings.map((s) => s.code)).toEqual(['08-01', '08-02', '08-03', '08-04']);
  });

  it('answers 404 with a code and message for unknown codes', async () => {
    for (const url of [
      '/api/v1/clusters/17',
      '/api/v1/pathways/08-09',
      '/api/v1/clusters?framework=nope',
      '/api/v1/pathways?cluster=99',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', message: expect.any(String) });
    }
    const unknownRoute = await get('/api/v1/nothing-here');
    expect(unknownRoute.statusCode).toBe(404);
    expect(unknownRoute.json().error.code).toBe('not_found');
  });

  it('answers 400 naming the bad parameter', async () => {
    const cases: Array<[string, string]> = [
      ['/api/v1/clusters?lang=fr', 'lang'],
      ['/api/v1/clusters/8', 'code'],
      ['/api/v1/pathways/0805', 'code'],
      ['/api/v1/pathways?cluster=health', 'cluster'],
      ['/api/v1/clusters?framework=Not%20An%20Id', 'framework'],
    ];
    for (const [url, field] of cases) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('invalid');
      expect(error.field, url).toBe(field);
      expect(error.message).toContain(field);
    }
  });

  it('serves OpenAPI describing every route', async () => {
    const res = await get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/frameworks',
        '/api/v1/clusters',
        '/api/v1/clusters/{code}',
        '/api/v1/pathways',
        '/api/v1/pathways/{code}',
        '/healthz',
      ]),
    );
    const docs = await get('/api/docs');
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('reports health with the database engine', async () => {
    const res = await get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: engine.name });
  });
});
