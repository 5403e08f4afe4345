import { describe, expect, it } from 'vitest';
import { slugify } from './save-program.ts';

describe('slugify: a program id from its title', () => {
  it('drops accents, ampersands and punctuation', () => {
    expect(slugify('Enfermería & Ciencias de la Salud (CNA → RN)')).toBe(
      'enfermeria-ciencias-de-la-salud-cna-rn',
    );
    expect(slugify('Welding Technology: AWS D1.1 — 3G/4G')).toBe(
      'welding-technology-aws-d1-1-3g-4g',
    );
  });

  it('cuts a long title to 60 characters without a dash at the end', () => {
    const slug = slugify(`${'Health Science '.repeat(3)}Nursing ${'x'.repeat(10)} and more`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
    expect(slugify('Radiology '.repeat(8))).toBe('radiology-'.repeat(6).slice(0, -1));
  });

  it('falls back to "program" when nothing is left', () => {
    expect(slugify('¡¿ — ?!')).toBe('program');
    expect(slugify('漢字')).toBe('program');
  });
});
