import { describe, expect, it } from 'vitest';
import { message, say } from './message-catalog.ts';
import { MESSAGES } from './messages.ts';

describe('message catalog', () => {
  it('fills each language with its own labels, text and numbers', () => {
    const m = message<'course' | 'days'>(
      (p) => `${p.course} in ${p.days} days`,
      (p) => `${p.course} en ${p.days} días`,
    );
    expect(say(m, { course: { en: '“Biology”', es: '«Biología»' }, days: 3 })).toEqual({
      en: '“Biology” in 3 days',
      es: '«Biología» en 3 días',
    });
  });

  it('has English and Spanish for every message, and the Spanish is not the English', () => {
    for (const [key, m] of Object.entries(MESSAGES)) {
      const params = new Proxy({}, { get: (_, name) => `<${String(name)}>` });
      const { en, es } = say(m as never, params as never);
      expect(en.length, key).toBeGreaterThan(10);
      expect(es, key).not.toBe(en);
    }
  });
});
