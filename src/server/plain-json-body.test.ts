import fc from 'fast-check';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { findUnstorable } from '../contracts/unstorable-text.ts';
import { registerErrorHandling } from './errors.ts';
import { isPlainJson, registerPlainJsonParser } from './plain-json-body.ts';
import { registerUnstorableTextCheck } from './reject-unstorable.ts';

/** Characters that matter here, and any others. */
const char = fc.oneof(
  fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\\', 'u', '"', '_', 'é'),
  fc.string({ unit: 'binary', maxLength: 1 }),
  fc.string({ unit: 'grapheme', maxLength: 1 }),
);
const text = fc.array(char, { maxLength: 12 }).map((parts) => parts.join(''));
/** JSON values whose keys and strings may hold anything, written plainly or escaped. */
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(text, fc.constantFrom('__proto__', 'constructor')), tie('value'), {
      maxKeys: 4,
    }),
  ),
}));
/** As JSON.stringify writes it, and with every non-ASCII character or some others escaped. */
const written = fc.tuple(value, fc.boolean()).map(([v, escape]) => {
  const plain = JSON.stringify(v);
  return escape
    ? plain.replace(/[^\x20-\x7e]|_/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : plain;
});

describe('plain JSON bodies', () => {
  it('marks a text plain only when its value holds nothing unstorable and no poisoning key', () => {
    fc.assert(
      fc.property(written, (json) => {
        if (!isPlainJson(json)) return;
        const parsed: unknown = JSON.parse(json);
        expect(findUnstorable(parsed)).toBeUndefined();
        expect(json).not.toMatch(/__proto__|constructor/);
      }),
      { numRuns: 3000 },
    );
  });

  it('sends everything else to the full check: escapes, NUL, surrogates, poisoning keys', () => {
    for (const json of [
      '{"a":"\\u0000"}',
      '{"a":"\\ud800"}',
      '{"\\u005f_proto__":1}',
      '{"a":"\u0000"}',
      '{"a":"\ud800"}',
      '{"__proto__":{"x":1}}',
      '{"constructor":{"prototype":{"x":1}}}',
      '',
    ])
      expect(isPlainJson(json), json).toBe(false);
    expect(isPlainJson('{"form":60,"answers":{"SF-01":3}}')).toBe(true);
  });

  describe('in an app', () => {
    async function app() {
      const server = Fastify();
      registerErrorHandling(server);
      registerUnstorableTextCheck(server);
      await server.register(async (scope) => {
        registerPlainJsonParser(scope);
        scope.post('/echo', async (request) => request.body);
      });
      return server;
    }
    const post = async (payload: string) =>
      (await app()).inject({
        method: 'POST',
        url: '/echo',
        headers: { 'content-type': 'application/json' },
        payload,
      });

    it('reads plain bodies as JSON.parse does', async () => {
      const res = await post('{"form":60,"answers":{"SF-01":3},"list":[1,"é",null]}');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ form: 60, answers: { 'SF-01': 3 }, list: [1, 'é', null] });
    });

    it('still refuses unstorable text, naming the field', async () => {
      // (A raw lone surrogate cannot come over HTTP: UTF-8 decoding makes it U+FFFD.)
      for (const payload of ['{"a":{"b":"x\\u0000"}}', '{"a":{"b":"\\udc00"}}']) {
        const res = await post(payload);
        expect(res.statusCode).toBe(400);
        expect(res.body).toContain('a.b');
      }
    });

    it('refuses poisoned, broken and empty bodies as Fastify does', async () => {
      const plain = Fastify();
      plain.post('/echo', async (request) => request.body);
      for (const payload of [
        '{"__proto__":{"x":1}}',
        '{"\\u005f_proto__":{"x":1}}',
        '{"constructor":{"prototype":{"x":1}}}',
        '{"a":',
        '\ufeff{"a":1}',
        '',
      ]) {
        const ours = await post(payload);
        const theirs = await plain.inject({
          method: 'POST',
          url: '/echo',
          headers: { 'content-type': 'application/json' },
          payload,
        });
        expect(ours.statusCode, payload).toBe(theirs.statusCode);
        if (theirs.statusCode === 200) expect(ours.json()).toEqual(theirs.json());
      }
    });
  });
});
