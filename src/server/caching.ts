/**
 * What browsers and proxies may keep, and compression:
 * - an API answer to a signed-in request (or one that sets a cookie) carries
 *   `Cache-Control: no-store`: it may hold student records, and must never be kept by a shared
 *   proxy or the browser's cache;
 * - answers are compressed (brotli or gzip, as the client asks) above 1 KB: the JSON API, the
 *   OpenAPI document, the pages; the web bundle's files are compressed at build time
 *   (src/web/precompress.ts) and served as they are (web.ts).
 */
import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from './auth/auth-plugin.ts';

export const NO_STORE = 'no-store';

export async function registerCaching(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Fast settings for answers made per request; the bundle is compressed harder at build.
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    const signedIn = request.auth !== null || request.cookies?.[SESSION_COOKIE] !== undefined;
    if (signedIn || reply.hasHeader('set-cookie')) reply.header('cache-control', NO_STORE);
    return payload;
  });
}
