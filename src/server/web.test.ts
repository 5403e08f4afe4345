import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { es } from '../web/i18n.ts';
import { registerWeb, spanishIndex, withBasePath } from './web.ts';

describe('spanishIndex', () => {
  it('gives /es pages a Spanish language, description and title', () => {
    const html = spanishIndex(
      '<html lang="en"><head><meta\n      name="description"\n      content="Explore the 16 Career Clusters." />\n<title>Career Clusters · Wayfinder</title></head></html>',
    );
    expect(html).toContain('<html lang="es"');
    expect(html).toContain(`content="${es.siteDescription}"`);
    expect(html).toContain('<title>Grupos profesionales · Wayfinder</title>');
    expect(html).not.toMatch(/Explore|Career Clusters ·/);
  });
});

describe('withBasePath', () => {
  const built =
    '<html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="./favicon.svg" />' +
    '<script type="module" crossorigin src="./assets/index-1.js"></script></head>' +
    '<body><a href="#main">x</a><a href="https://example.org/">y</a></body></html>';

  it("makes the build's relative addresses absolute under the prefix and tells the app", () => {
    const html = withBasePath(built, '/apps/wayfinder');
    expect(html).toContain(
      '<meta charset="utf-8" /><meta name="wayfinder-base-path" content="/apps/wayfinder" />',
    );
    expect(html).toContain('href="/apps/wayfinder/favicon.svg"');
    expect(html).toContain('src="/apps/wayfinder/assets/index-1.js"');
    expect(html).toContain('href="#main"');
    expect(html).toContain('href="https://example.org/"');
  });

  it('makes them absolute from the root without a prefix, so deep pages load them', () => {
    const html = withBasePath(built, '');
    expect(html).toContain('src="/assets/index-1.js"');
    expect(html).toContain('<meta name="wayfinder-base-path" content="" />');
  });
});

/** Every page address the web app's router declares (src/web/**\/*.tsx `path="…"`), as an example URL. */
function routerPages(): string[] {
  const webDir = path.resolve(import.meta.dirname, '../web');
  const files = fs.readdirSync(webDir, { recursive: true, encoding: 'utf8' });
  const paths = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.tsx') && !f.endsWith('.test.tsx'))) {
    const source = fs.readFileSync(path.join(webDir, file), 'utf8');
    for (const match of source.matchAll(/<Route\b[^>]*\bpath="([^"]+)"/g)) paths.add(match[1]!);
  }
  return [...paths]
    .filter((p) => p !== '*' && p !== 'es')
    .map((p) => `/${p.replace(/:[A-Za-z]+/g, 'x1')}`);
}

describe('registerWeb', () => {
  it('answers 200 with the app for every page the router draws, in English and Spanish', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-web-'));
    fs.writeFileSync(
      path.join(root, 'index.html'),
      '<html lang="en"><head><title>Wayfinder</title></head><body></body></html>',
    );
    const app = Fastify({ logger: false });
    try {
      await registerWeb(app, root);
      const pages = routerPages();
      expect(pages).toContain('/interest-profiler/results');
      expect(pages).toContain('/students/x1/plan');
      const failed: string[] = [];
      for (const page of pages.flatMap((p) => [p, `/es${p}`])) {
        const response = await app.inject({ url: page, headers: { accept: 'text/html' } });
        if (response.statusCode !== 200 || !response.body.includes('<html'))
          failed.push(`${page}: ${response.statusCode}`);
      }
      expect(failed).toEqual([]);
    } finally {
      await app.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
