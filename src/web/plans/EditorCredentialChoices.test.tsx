import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import type { TPlan } from '../../contracts/plans.ts';
import { messagePlaceholders } from '../../domain/i18n/message.ts';
import { sampleValues } from '../../domain/i18n/sample-values.ts';
import { formatMessage } from '../i18n.ts';
import { EditorCredentialChoices } from './EditorCredentialChoices.tsx';
import {
  planCredentialChoicesEn,
  planCredentialChoicesEs,
} from './i18n-plan-credential-choices.ts';
import type { Draft } from './plan-draft.ts';

const option = (credentialId: string, title: string, titleLang: TLang = 'en') => ({
  credentialId,
  title,
  titleLang,
  type: 'certificate' as const,
});

function render(lang: TLang, picked: [string[], string[]]): string {
  const choices: TPlan['credentialChoices'] = [
    {
      level: 'grade-11',
      choose: 1,
      options: [
        option('cna', lang === 'es' ? 'Auxiliar de enfermería' : 'Nursing assistant', lang),
        option('pct', 'Patient Care Technician'),
      ],
      picked: picked[0],
    },
    {
      level: 'postsecondary-1',
      choose: 2,
      note: lang === 'es' ? 'Soporte vital' : 'Life support',
      noteLang: lang,
      options: [option('cpr', 'CPR'), option('bls', 'BLS'), option('ekg', 'EKG')],
      picked: picked[1],
    },
  ];
  const draft: Draft = {
    courses: [],
    credentials: [],
    credentialChoices: choices,
    workBasedLearning: [],
    goals: { career: null, postsecondary: null, benchmarks: [] },
  };
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={[lang === 'es' ? '/es/students/s1/plan/edit' : '/']}>
      <EditorCredentialChoices draft={draft} onChange={() => undefined} />
    </MemoryRouter>,
  );
}
const input = (html: string, id: string) =>
  html.match(new RegExp(`<input[^>]*value="${id}"[^>]*>`))![0];

describe('the plan editor’s choices of credentials', () => {
  it('offers an earn-1 as radio buttons and an earn-2 as checkboxes, in grades and college years', () => {
    const html = render('en', [['cna'], ['cpr']]);
    expect(html).toContain('Grade 11: Earn 1 of 2');
    expect(html).toMatch(/: Earn 2 of 3 \(<span>Life support<\/span>\)/);
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html.match(/type="checkbox"/g)).toHaveLength(3);
    expect(input(html, 'cna')).toContain('checked');
    expect(input(html, 'pct')).not.toContain('checked');
    expect(html).toContain('Pick 1 more.');
    expect(html).not.toContain('disabled');
    // Each input has its label.
    for (const id of ['cna', 'pct', 'cpr', 'bls', 'ekg']) {
      const inputId = input(html, id).match(/id="([^"]+)"/)![1]!;
      expect(html).toContain(`for="${inputId}"`);
    }
  });

  it('disables the other options of a full choice and says it is done', () => {
    const html = render('en', [['pct'], ['cpr', 'ekg']]);
    expect(input(html, 'bls')).toContain('disabled');
    expect(input(html, 'ekg')).not.toContain('disabled');
    expect(html).toContain('Picked: 2.');
  });

  it('is in Spanish on a Spanish page, an English-only title marked lang="en"', () => {
    const html = render('es', [[], []]);
    expect(html).toContain('11.º grado: Obtén 1 de 2');
    expect(html).toMatch(/lang="en"[^>]*>(<span[^>]*>★ <\/span>)?Patient Care Technician/);
    expect(html).toContain('Elige 1 más.');
    expect(html).toContain('Elige 2 más.');
  });

  it('has its texts in both languages with the same placeholders, none left raw', () => {
    const en = planCredentialChoicesEn;
    const es = planCredentialChoicesEs;
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(messagePlaceholders(es[key]), key).toEqual(messagePlaceholders(en[key]));
      for (const [lang, text] of [
        ['en', en[key]],
        ['es', es[key]],
      ] as const)
        for (const values of sampleValues(text))
          expect(formatMessage(lang, text, values), `${lang}.${key}`).not.toMatch(/[{}#]/);
    }
  });
});
