import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZResultsRequest } from '../contracts/interests.ts';
import { checkResultsRequest } from '../contracts/results-request-check.ts';
import { registerErrorHandling } from './errors.ts';
import { quickBody } from './quick-body.ts';

/** The same route twice, the body checked by the schema alone and quick-first. */
async function echo(quick: boolean): Promise<FastifyInstance> {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  app.post(
    '/echo',
    {
      ...(quick ? { validatorCompiler: quickBody(checkResultsRequest) } : {}),
      schema: { body: ZResultsRequest, querystring: z.object({ n: z.coerce.number().max(3) }) },
    },
    async (request) => ({ body: request.body, n: request.query.n }),
  );
  return app;
}

describe('a body checked quick-first', () => {
  let plain: FastifyInstance;
  let quick: FastifyInstance;
  beforeAll(async () => {
    [plain, quick] = await Promise.all([echo(false), echo(true)]);
  });
  afterAll(async () => {
    await Promise.all([plain?.close(), quick?.close()]);
  });

  const bodies: unknown[] = [
    { form: 60, answers: { 'IP60-01': 3, 'IP60-02': 5 }, limit: 5, extra: true },
    { form: 30, answers: {}, jobZone: 2, entryLevel: 'semi' },
    { form: 45, answers: {} },
    { form: 60, answers: { 'IP60-01': 9 } },
    { form: 60, answers: { 'IP60-01': 2.5 } },
    { form: 60, answers: { '': 3 } },
    { form: 60, answers: [3] },
    { form: 60, answers: { 'IP60-01': 3 }, entryLevel: 'low' },
    { form: 60, answers: { 'IP60-01': 3 }, limit: 0 },
    [],
    'text',
  ];

  it('answers exactly as the schema alone does, valid or not', async () => {
    for (const payload of bodies) {
      for (const url of ['/echo?n=1', '/echo?n=9']) {
        const send = (app: FastifyInstance) =>
          app.inject({
            method: 'POST',
            url,
            headers: { 'content-type': 'application/json' },
            payload: JSON.stringify(payload),
          });
        const [a, b] = await Promise.all([send(plain), send(quick)]);
        expect({ status: b.statusCode, body: b.json() }).toEqual({
          status: a.statusCode,
          body: a.json(),
        });
      }
    }
  });

  it('still refuses a bad query parameter through the schema', async () => {
    const res = await quick.inject({
      method: 'POST',
      url: '/echo?n=9',
      payload: { form: 60, answers: {} },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('n');
  });
});
