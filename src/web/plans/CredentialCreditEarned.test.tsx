import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TCredentialCreditEarned } from '../../contracts/credential-credit-earned.ts';
import type { TLang } from '../../contracts/framework.ts';
import { CredentialCreditEarned } from './CredentialCreditEarned.tsx';

const line = {
  credential: { id: 'comptia-a', title: 'CompTIA A+', titleLang: 'en' as const },
  earnedOn: '2025-05-04',
  agreementId: 'a1',
  credits: 4,
  course: { id: 'cis-110', code: 'CIS 110', title: 'Hardware', titleLang: 'en' as const },
  institution: 'Valley CC',
  effectiveFrom: '2024-07-01',
};
const credit: TCredentialCreditEarned = {
  credentials: [
    { credential: line.credential, earnedOn: '2025-05-04' },
    {
      credential: { id: 'cna', title: 'Asistente de Enfermería', titleLang: 'es' },
      earnedOn: '2025-12-15',
    },
  ],
  credits: 4,
  counted: [line],
  notCounted: [
    {
      ...line,
      credential: { id: 'cna', title: 'Asistente de Enfermería', titleLang: 'es' },
      agreementId: 'a2',
      reason: 'not-yet',
      sentence: 'Asistente de Enfermería se obtuvo el 2025-12-15, antes de …',
    },
  ],
};

const render = (lang: TLang, c: TCredentialCreditEarned | undefined) =>
  renderToStaticMarkup(
    <MemoryRouter initialEntries={[lang === 'es' ? '/es/students/s1/progress' : '/']}>
      <CredentialCreditEarned credit={c} />
    </MemoryRouter>,
  );
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('CredentialCreditEarned', () => {
  it('lists each credential earned, the credit counted and the total', () => {
    const shown = text(render('en', credit));
    expect(shown).toContain('CompTIA A+, earned May 4, 2025 · CIS 110 Hardware: 4 cr at Valley CC');
    expect(shown).toContain('College credit counted: 4 credits');
    expect(shown).toContain('Not counted');
    expect(shown).toContain('antes de');
  });

  it('speaks Spanish and marks an English title as English', () => {
    const html = render('es', credit);
    expect(text(html)).toContain('obtenida el 4 de mayo de 2025');
    expect(text(html)).toContain('Crédito universitario contado: 4 créditos');
    expect(html).toContain('<span lang="en">CompTIA A+</span>');
    expect(html).not.toContain('<span lang="es">');
  });

  it('shows nothing when the records name no credential', () => {
    expect(render('en', { credentials: [], credits: 0, counted: [], notCounted: [] })).toBe('');
    expect(render('en', undefined)).toBe('');
  });
});
