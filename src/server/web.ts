/**
 * Serves the built web app (dist/web): files as they are, and index.html for every page address
 * so the browser-side router can draw it. Spanish pages (/es/...) get <html lang="es"> from the
 * server already, before any script runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PAGE_PREFIXES } from './page-prefixes.ts';

export const DEFAULT_WEB_ROOT = path.resolve(import.meta.dirname, '../../dist/web');

export { PAGE_PREFIXES };

export interface WebPages {
  /** The app's page for an address that is not a page, with status 404; undefined for non-HTML requests. */
  notFoundPage(url: string, accept: string | undefined): string | undefined;
}

function pageLang(url: string): 'en' | 'es' {
  return url === '/es' || url.startsWith('/es/') || url.startsWith('/es?') ? 'es' : 'en';
}

export async function registerWeb(
  app: FastifyInstance,
  webRoot: string,
  basePath = '',
): Promise<WebPages | undefined> {
  const indexFile = path.join(webRoot, 'index.html');
  if (!fs.existsSync(indexFile)) {
    app.log.warn({ webRoot }, 'web app not built; run `npm run build:web`');
    app.get('/', async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wayfinder</title></head>' +
            '<body><main><h1>Wayfinder</h1><p>The web app is not built. Run <code>npm run build:web</code>, ' +
            `or use the API at <a href="${basePath}/api/docs">${basePath}/api/docs</a>.</p></main></body></html>`,
        ),
    );
    return undefined;
  }
  const index = withBasePath(fs.readFileSync(indexFile, 'utf8'), basePath);
  const pages = {
    en: index,
    es: spanishIndex(index),
  };
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    index: false,
    // dist/web/*.br and *.gz, written at build (src/web/precompress.ts), for clients that ask.
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => {
      // Vite names what it builds under assets/ by content hash: a changed file has a new name.
      const hashed = path.relative(webRoot, file).split(path.sep)[0] === 'assets';
      reply.header(
        'cache-control',
        hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      );
    },
  });
  const page = async (request: FastifyRequest, reply: FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(pages[pageLang(request.url)]);
  app.get('/', page);
  app.get('/es', page);
  for (const prefix of PAGE_PREFIXES) {
    const base = prefix.replace(/\/$/, '');
    if (!prefix.endsWith('/')) {
      app.get(base, page);
      app.get(`/es${base}`, page);
    }
    app.get(`${base}/*`, page);
    app.get(`/es${base}/*`, page);
  }
  return {
    notFoundPage(url, accept) {
      if (url.startsWith('/api/') || !accept?.includes('text/html')) return undefined;
      return pages[pageLang(url)];
    },
  };
}

/** The <meta> that tells the web app its path prefix (src/web/base-path.ts reads it). */
export const BASE_PATH_META = 'wayfinder-base-path';

/**
 * index.html as served under `basePath` ("" at the root): the build's relative addresses
 * (./assets/…, ./favicon.svg) made absolute under it, so deep pages (/es/pathways/08-05) load
 * them too, and the prefix in a <meta> for the app's router, API calls and links. The value is
 * checked in config.ts (letters, digits, . _ ~ - and /), so it goes in as it is.
 */
export function withBasePath(index: string, basePath: string): string {
  return index
    .replace(
      /(<meta charset="[^"]*"\s*\/?>)/,
      `$1<meta name="${BASE_PATH_META}" content="${basePath}" />`,
    )
    .replace(/\b(src|href)="\.\//g, `$1="${basePath}/`);
}

/** index.html for /es pages: language, description and first title in Spanish. */
export function spanishIndex(index: string): string {
  return index
    .replace(/<html lang="[^"]*"/, '<html lang="es"')
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*"/,
      '$1Explora los 16 grupos profesionales (Career Clusters) y sus trayectorias, en español y en inglés."',
    )
    .replace(/<title>[^<]*<\/title>/, '<title>Grupos profesionales · Wayfinder</title>');
}
