/**
 * The diagram's side column: a choice of credentials ("Earn 1 of 2") with its credentials, and
 * the college credit a credential earns (credential credit), in English and Spanish, in the
 * table and in the phone stack alike.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import { nursingWithCredentialOptions } from '../../domain/program/test-factories-nursing.ts';
import { draftDetail } from '../../../test/program-detail.ts';
import { PosDiagram } from './PosDiagram.tsx';

function render(lang: TLang): string {
  const program = draftDetail(nursingWithCredentialOptions(), lang, 'nursing');
  const html = renderToStaticMarkup(
    <MemoryRouter initialEntries={[lang === 'es' ? '/es/programs/nursing' : '/programs/nursing']}>
      <PosDiagram program={program} />
    </MemoryRouter>,
  );
  // Text as a reader meets it: tags out, entities and spaces folded.
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('PosDiagram', () => {
  it('shows a choice of credentials and the credit a credential earns, twice (table and stack)', () => {
    const en = render('en');
    expect(en.match(/Earn 1 of 2 \(Patient care\):/g)).toHaveLength(2);
    expect(
      en.match(
        /⇄ Credential credit transfers to HCA 110 \(6 cr\) at Northshore Community College/g,
      ),
    ).toHaveLength(2);
    expect(en).toContain('Patient Care Technician');
    const es = render('es');
    expect(es).toContain('Obtén 1 de 2 (Atención):');
    expect(es).toContain('Crédito por credencial se transfiere a HCA 110 (6 cr)');
  });
});
