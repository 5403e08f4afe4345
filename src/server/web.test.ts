import { describe, expect, it } from 'vitest';
import { es } from '../web/i18n.ts';
import { spanishIndex } from './web.ts';

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
