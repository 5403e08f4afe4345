import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import type { TPlanCredentialCredit } from '../../contracts/plan-credential-choices.ts';
import { PlanCredentialCredit } from './PlanCredentialCredit.tsx';

const credit = (over: Partial<TPlanCredentialCredit> = {}): TPlanCredentialCredit => ({
  id: 'a1',
  type: 'credential_credit',
  credits: 4,
  institution: 'Riverside Valley CC',
  course: { id: 'cs-161', code: 'CS 161', title: 'Computer Science I' },
  effectiveFrom: '2025-07-01',
  effectiveTo: '2028-06-30',
  ...over,
});

const render = (lang: TLang, credits: TPlanCredentialCredit[]) =>
  renderToStaticMarkup(
    <MemoryRouter initialEntries={[lang === 'es' ? '/es/students/s1/plan' : '/']}>
      <PlanCredentialCredit credits={credits} />
    </MemoryRouter>,
  )
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('PlanCredentialCredit', () => {
  it('says which college course, where, and the agreement’s dates', () => {
    expect(render('en', [credit()])).toBe(
      '⇄ Credential credit transfers to CS 161 (4 cr) at Riverside Valley CC · agreement in force from July 1, 2025 to June 30, 2028',
    );
  });

  it('gives only the first day of an agreement without an end, and speaks Spanish', () => {
    const es = render('es', [credit({ effectiveTo: undefined, credits: 1 })]);
    expect(es).toContain('se transfiere a CS 161 (1 cr) en Riverside Valley CC');
    expect(es).toContain('acuerdo vigente desde el 1 de julio de 2025');
    expect(es).not.toContain(' al ');
  });

  it('says the credit is earned, and the day the credential was, when the records show it', () => {
    expect(render('en', [credit({ earnedOn: '2026-05-04' })])).toBe(
      '⇄ Credential credit transfers to CS 161 (4 cr) at Riverside Valley CC · credit earned: credential earned on May 4, 2026',
    );
    const es = render('es', [credit({ earnedOn: '2026-05-04' })]);
    expect(es).toContain('crédito obtenido: credencial obtenida el 4 de mayo de 2026');
    expect(es).not.toContain('vigente');
  });
});
