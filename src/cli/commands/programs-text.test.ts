import { describe, expect, it } from 'vitest';
import { messagePlaceholders } from '../../domain/i18n/message.ts';
import { PROGRAM_CLI_TEXT, programCliText } from './programs-text.ts';

describe('import programs texts', () => {
  it('says each in English and Spanish, with the same values', () => {
    // English writes a count as digits and "(s)" and the status as its code; Spanish in words.
    const { en, es } = PROGRAM_CLI_TEXT;
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const names = (t: string) => Object.keys(messagePlaceholders(t)).sort();
      expect(names(es[key]), key).toEqual(names(en[key]));
      expect(es[key], key).not.toBe(en[key]);
    }
  });

  it('keeps English as scripts read it and says codes and counts in Spanish words', () => {
    const values = { source: 'a.json', id: 'nursing', version: 3, status: 'approved' };
    expect(programCliText('en', 'imported', { ...values, errors: 0, warnings: 1 })).toBe(
      'a.json: nursing version 3 (approved), 0 error(s), 1 warning(s)',
    );
    expect(programCliText('es', 'imported', { ...values, errors: 1, warnings: 2 })).toBe(
      'a.json: nursing versión 3 (aprobado), 1 error, 2 advertencias',
    );
    expect(programCliText('es', 'importedCount', { count: 1 })).toBe('Se importó 1 programa.');
    const ignored = { source: 'a.json', kind: 'course', id: 'bio', owner: 'd1' };
    expect(programCliText('es', 'ignored', ignored)).toBe(
      'a.json: el curso bio del catálogo no se escribió (pertenece a d1); se usa la versión guardada',
    );
  });
});
