/**
 * Serves the built web app (dist/web): files as they are, and index.html for every page address
 * so the browser-side router can draw it. Spanish pages (/es/...) get <html lang="es"> from the
 * server already, before any script runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const DEFAULT_WEB_ROOT = path.resolve(import.meta.dirname, '../../dist/web');

export async function registerWeb(app: FastifyInstance, webRoot: string): Promise<void> {
  const indexFile = path.join(webRoot, 'index.html');
  if (!fs.existsSync(indexFile)) {
    app.log.warn({ webRoot }, 'web app not built; run `npm run build:web`');
    app.get('/', async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wayfinder</title></head>' +
            '<body><main><h1>Wayfinder</h1><p>The web app is not built. Run <code>npm run build:web</code>, ' +
            'or use the API at <a href="/api/docs">/api/docs</a>.</p></main></body></html>',
        ),
    );
    return;
  }
  const index = fs.readFileSync(indexFile, 'utf8');
  const pages = {
    en: index,
    es: index.replace(/<html lang="[^"]*"/, '<html lang="es"'),
  };
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    index: false,
    maxAge: '1h',
    immutable: false,
  });
  const sendPage = (lang: 'en' | 'es') =>
    async function page(_request: unknown, reply: FastifyReply) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(pages[lang]);
    };
  app.get('/', sendPage('en'));
  app.get('/es', sendPage('es'));
  app.get('/es/*', sendPage('es'));
  app.get('/clusters/*', sendPage('en'));
  app.get('/pathways/*', sendPage('en'));
}
