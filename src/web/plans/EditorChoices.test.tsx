import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import type { TPlan } from '../../contracts/plans.ts';
import { messagePlaceholders } from '../../domain/i18n/message.ts';
import { sampleValues } from '../../domain/i18n/sample-values.ts';
import { formatMessage } from '../i18n.ts';
import { EditorChoices } from './EditorChoices.tsx';
import { planChoicesEn, planChoicesEs } from './i18n-plan-choices.ts';
import type { Draft } from './plan-draft.ts';

const option = (courseId: string, title: string, titleLang: TLang = 'en') => ({
  courseId,
  code: courseId.toUpperCase(),
  title,
  titleLang,
  credits: 1,
});
const choices = (lang: TLang): TPlan['choices'] => [
  {
    level: 'grade-11',
    choose: 1,
    options: [
      option('web', lang === 'es' ? 'Diseño web' : 'Web design', lang),
      option('csa', 'AP Computer Science A'),
    ],
    picked: ['web'],
  },
  {
    level: 'grade-12',
    choose: 2,
    note: lang === 'es' ? 'Optativas' : 'Electives',
    noteLang: lang,
    options: [option('gov', 'Government'), option('econ', 'Economics'), option('psy', 'Psych')],
    picked: ['gov', 'econ'],
  },
];

function render(lang: TLang, courses: Draft['courses']): string {
  const draft: Draft = {
    courses,
    choices: choices(lang),
    credentials: [],
    workBasedLearning: [],
    goals: { career: null, postsecondary: null, benchmarks: [] },
  };
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={[lang === 'es' ? '/es/students/s1/plan/edit' : '/']}>
      <EditorChoices draft={draft} onChange={() => undefined} />
    </MemoryRouter>,
  );
}
/** The input of an option, by its course id. */
const input = (html: string, courseId: string) =>
  html.match(new RegExp(`<input[^>]*value="${courseId}"[^>]*>`))![0];
const pick = (courseId: string, level: string, choice: number) =>
  ({ courseId, level, dualCredit: false, choice }) as Draft['courses'][number];

describe('the plan editor’s choices of courses', () => {
  it('offers a choose-1 as radio buttons and a choose-2 as checkboxes, checked as picked', () => {
    const html = render('en', [pick('web', 'grade-11', 0), pick('gov', 'grade-12', 1)]);
    expect(html).toContain('Grade 11: Choose 1 of 2');
    expect(html).toContain('Grade 12: Choose 2 of 3 (<span>Electives</span>)');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html.match(/type="checkbox"/g)).toHaveLength(3);
    expect(input(html, 'web')).toContain('checked');
    expect(input(html, 'csa')).not.toContain('checked');
    expect(input(html, 'gov')).toContain('checked');
    expect(html).toContain('Web design (WEB), 1 credit');
    expect(html).toContain('Pick 1 more.');
    expect(html).not.toContain('disabled');
  });

  it('disables the other options of a full choice and says it is done', () => {
    const html = render('en', [
      pick('web', 'grade-11', 0),
      pick('gov', 'grade-12', 1),
      pick('econ', 'grade-10', 1),
    ]);
    expect(input(html, 'psy')).toContain('disabled');
    expect(input(html, 'gov')).not.toContain('disabled');
    expect(html).toContain('Picked: 2.');
  });

  it('is in Spanish on a Spanish page, an English-only title marked lang="en"', () => {
    const html = render('es', [pick('web', 'grade-11', 0)]);
    expect(html).toContain('11.º grado: Elige 1 de 2');
    expect(html).toContain('Diseño web (WEB), 1 crédito');
    expect(html).toMatch(/lang="en"[^>]*>AP Computer Science A/);
    expect(html).not.toMatch(/lang="en"[^>]*>Diseño web/);
    expect(html).toContain('Elige 2 más.');
  });

  it('shows nothing for a plan without choices', () => {
    expect(render('en', []).length).toBeGreaterThan(0);
    const none = renderToStaticMarkup(
      <MemoryRouter>
        <EditorChoices
          draft={{
            courses: [],
            credentials: [],
            workBasedLearning: [],
            goals: { career: null, postsecondary: null, benchmarks: [] },
          }}
          onChange={() => undefined}
        />
      </MemoryRouter>,
    );
    expect(none).toBe('');
  });

  it('has its texts in both languages with the same placeholders, none left raw', () => {
    expect(Object.keys(planChoicesEs).sort()).toEqual(Object.keys(planChoicesEn).sort());
    for (const key of Object.keys(planChoicesEn) as (keyof typeof planChoicesEn)[]) {
      expect(messagePlaceholders(planChoicesEs[key]), key).toEqual(
        messagePlaceholders(planChoicesEn[key]),
      );
      for (const [lang, text] of [
        ['en', planChoicesEn[key]],
        ['es', planChoicesEs[key]],
      ] as const)
        for (const values of sampleValues(text))
          expect(formatMessage(lang, text, values), `${lang}.${key}`).not.toMatch(/[{}#]/);
    }
  });
});
