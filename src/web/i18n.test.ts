import { describe, expect, it } from 'vitest';
import { en, es, format, messages, pathwayCount } from './i18n.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI texts', () => {
  it('has the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty text', () => {
    for (const [lang, dictionary] of Object.entries(messages)) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(pathwayCount(en, 1)).toBe('1 pathway');
    expect(pathwayCount(en, 5)).toBe('5 pathways');
    expect(pathwayCount(es, 7)).toBe('7 trayectorias');
  });
});
