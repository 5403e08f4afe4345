import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import {
  credentialOption as option,
  planWithCredentialChoices,
} from '../../../test/plan-credential-choice-fixture.ts';
import { PlanCredentialChoices } from './PlanCredentialChoices.tsx';

function render(lang: TLang, level: string): string {
  const plan = planWithCredentialChoices({
    note: 'Patient care',
    noteLang: 'en',
    options: [option('cna', 'CNA'), option('pct', 'Técnico de atención al paciente', 'es')],
  });
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={[lang === 'es' ? '/es/students/s1/plan' : '/students/s1/plan']}>
      <PlanCredentialChoices plan={plan} level={level} />
    </MemoryRouter>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('PlanCredentialChoices', () => {
  it('shows every option of the grade’s choice with the pick marked in words', () => {
    const html = render('en', 'grade-11');
    expect(text(html)).toContain('Earn 1 of 2 ( Patient care ):');
    expect(text(html)).toMatch(/★ CNA .*★ Técnico de atención al paciente picked/);
    expect(text(html)).not.toContain('Still to pick');
    expect(html).toContain('lang="es"');
  });

  it('says how many are still to pick in a college year left open, in Spanish too', () => {
    expect(text(render('en', 'postsecondary-1'))).toContain('Still to pick: 1.');
    const es = text(render('es', 'postsecondary-1'));
    expect(es).toContain('BLS elegida');
    expect(es).toContain('Falta elegir: 1.');
  });

  it('draws nothing for a level without choices', () => {
    expect(render('en', 'grade-9')).toBe('');
  });
});
