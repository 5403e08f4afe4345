import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/app.ts';
import { signedInAs } from '../../test/auth.ts';
import { createRuntime, type Runtime } from '../runtime.ts';
import { precompressFiles } from '../web/precompress.ts';

describe('caching headers and compression', () => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let webRoot: string;
  const bundle = `console.log(${JSON.stringify('wayfinder '.repeat(2000))});\n`;

  beforeAll(async () => {
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-web-'));
    fs.mkdirSync(path.join(webRoot, 'assets'));
    fs.writeFileSync(
      path.join(webRoot, 'index.html'),
      `<!doctype html><html lang="en"><head><title>W</title></head><body>${'<p>x</p>'.repeat(300)}</body></html>`,
    );
    fs.writeFileSync(path.join(webRoot, 'assets', 'index-B4x9Qz1a.js'), bundle);
    fs.writeFileSync(path.join(webRoot, 'robots.txt'), 'User-agent: *\n'.repeat(100));
    expect(precompressFiles(webRoot)).toBe(3);
    runtime = await createRuntime({ memory: true });
    await runtime.migrate();
    await runtime.seed();
    app = await buildTestApp(runtime, { webRoot });
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  it('keeps signed-in API answers out of every cache', async () => {
    const headers = await signedInAs(runtime);
    for (const url of ['/api/v1/auth/me', '/api/v1/programs', '/api/v1/clusters']) {
      const res = await app.inject({ url, headers });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const anonymous = await app.inject({ url: '/api/v1/clusters' });
    expect(anonymous.headers['cache-control']).toBeUndefined();
  });

  it('compresses JSON and the OpenAPI document with brotli or gzip when asked', async () => {
    const plain = await app.inject({ url: '/api/v1/clusters' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await app.inject({ url: '/api/v1/clusters', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const openapi = await app.inject({
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    expect(openapi.headers['content-encoding']).toBe('gzip');
    const doc = JSON.parse(zlib.gunzipSync(openapi.rawPayload).toString()) as { openapi: string };
    expect(doc.openapi).toMatch(/^3\./);
    console.log(
      `clusters ${plain.rawPayload.length} → ${br.rawPayload.length} bytes (br); openapi → ${openapi.rawPayload.length} bytes (gzip)`,
    );
    const page = await app.inject({ url: '/', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['content-encoding']).toBe('br');
  });

  it('serves the bundle precompressed, hashed files cached for a year', async () => {
    const url = '/assets/index-B4x9Qz1a.js';
    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(bundle);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(bundle);
    const plain = await app.inject({ url });
    expect(plain.body).toBe(bundle);
    console.log(
      `bundle ${plain.rawPayload.length} → ${br.rawPayload.length} bytes (br), ${gz.rawPayload.length} (gzip)`,
    );
    const robots = await app.inject({ url: '/robots.txt' });
    expect(robots.headers['cache-control']).toBe('public, max-age=3600');
  });
});
