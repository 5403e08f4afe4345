import { describe, expect, it } from 'vitest';
import { occupationTitle, spanishOccupationTitle } from './occupation-title.ts';

describe('occupationTitle', () => {
  it('keeps the English title as O*NET wrote it', () => {
    expect(occupationTitle('29-1141.00', { en: 'Registered Nurses', es: 'x' }, 'en')).toBe(
      'Registered Nurses',
    );
  });
  it('gives our Spanish title for O*NET-SOC and SOC codes, whatever the row holds', () => {
    expect(occupationTitle('29-1141.00', { en: 'Registered Nurses' }, 'es')).toBe(
      'Enfermeros registrados (RN)',
    );
    expect(
      occupationTitle('51-4121', { en: 'Welders, Cutters, Solderers, and Brazers' }, 'es'),
    ).toBe('Soldadores y cortadores de metal');
    expect(spanishOccupationTitle('43-5011.01')).not.toMatch(/Transitarios/);
  });
  it('falls back to a stored Spanish title, then to English, for unknown codes', () => {
    expect(occupationTitle('99-9999.00', { en: 'Local Job', es: 'Empleo local' }, 'es')).toBe(
      'Empleo local',
    );
    expect(occupationTitle('99-9999.00', { en: 'Local Job', es: ' ' }, 'es')).toBe('Local Job');
  });
});
