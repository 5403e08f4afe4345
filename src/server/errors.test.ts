import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalid, notFound } from '../domain/errors.ts';
import { registerErrorHandling } from './errors.ts';

describe('error answers say the language of their message', () => {
  const app = Fastify();
  beforeAll(async () => {
    registerErrorHandling(app);
    app.get('/told', () => {
      throw invalid('The email is taken.', 'email', { es: 'El correo ya está en uso.' });
    });
    app.get('/english', () => {
      throw notFound('No such plan.');
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const get = async (url: string, headers: Record<string, string> = {}) =>
    (await app.inject({ url, headers })).json<{ error: Record<string, string> }>().error;

  it('in the language asked when the refusal is written in it, naming the field', async () => {
    expect(await get('/told', { 'accept-language': 'es-MX,es;q=0.9' })).toEqual({
      code: 'invalid',
      message: 'El correo ya está en uso.',
      field: 'email',
      lang: 'es',
    });
    expect(await get('/told?lang=es')).toMatchObject({ lang: 'es' });
    expect(await get('/told', { 'accept-language': 'en' })).toMatchObject({
      message: 'The email is taken.',
      lang: 'en',
    });
  });

  it('English, and says so, when the message has no Spanish', async () => {
    expect(await get('/english', { 'accept-language': 'es' })).toEqual({
      code: 'not_found',
      message: 'No such plan.',
      lang: 'en',
    });
  });
});
