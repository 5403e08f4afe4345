import { describe, expect, it } from 'vitest';
import { posLabels } from './pos-labels.ts';
import { credentialNote, earlyCreditText } from './pos-texts.ts';

describe('program-of-study phrases', () => {
  it('names a credential with its issuer, the Spanish participle agreeing with the type', () => {
    const note = (lang: 'en' | 'es', type: Parameters<typeof credentialNote>[1]['type']) =>
      credentialNote(lang, { type, issuer: 'CompTIA' });
    expect(note('en', 'industry_certification')).toBe('Industry certification, issued by CompTIA');
    expect(note('es', 'industry_certification')).toBe(
      'Certificación de la industria, otorgada por CompTIA',
    );
    expect(note('es', 'license')).toBe('Licencia, otorgada por CompTIA');
    expect(note('es', 'bachelor')).toBe('Licenciatura, otorgada por CompTIA');
    expect(note('es', 'certificate')).toBe('Certificado, otorgado por CompTIA');
    expect(note('es', 'associate')).toBe('Título de asociado, otorgado por CompTIA');
    expect(note('es', 'apprenticeship')).toBe('Aprendizaje registrado, otorgado por CompTIA');
    // Every type's Spanish label is feminine exactly where the participle is.
    const labels = posLabels('es').credential;
    for (const type of Object.keys(labels) as (keyof typeof labels)[]) {
      const feminine = /^(Certificación|Licencia|Licenciatura)\b/.test(labels[type]);
      expect(note('es', type), type).toContain(feminine ? 'otorgada por' : 'otorgado por');
    }
    expect(credentialNote('es', { type: 'license' })).toBe('Licencia');
  });

  it('says what a college course taken in high school earns', () => {
    const credit = {
      course: { id: 'cis-133', code: 'CIS 133' },
      credits: 4,
      institution: 'Valley CC',
    };
    expect(earlyCreditText('en', 'cis-133', credit)).toBe('college course, credit from Valley CC');
    expect(earlyCreditText('es', 'cis-133', credit)).toBe(
      'curso de educación superior, con créditos universitarios de Valley CC',
    );
    expect(earlyCreditText('es', 'cis-101', credit)).toBe(
      'se transfiere a CIS 133 (4 cr) en Valley CC',
    );
  });
});
