import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import type { TPlan } from '../../contracts/plans.ts';
import { PlanChoices } from './PlanChoices.tsx';

const option = (courseId: string, title: string, titleLang: TLang) => ({
  courseId,
  code: courseId.toUpperCase(),
  title,
  titleLang,
  credits: 1,
});

function render(lang: TLang, picked: string[][]): string {
  const choices: TPlan['choices'] = [
    {
      level: 'grade-11',
      choose: 1,
      options: [
        option('web', lang === 'es' ? 'Diseño web' : 'Web design', lang),
        option('csa', 'AP Computer Science A', 'en'),
      ],
      picked: picked[0]!,
    },
    {
      level: 'grade-12',
      choose: 2,
      note: lang === 'es' ? 'Optativas' : 'Electives',
      noteLang: lang,
      options: [
        option('gov', 'Government', 'en'),
        option('econ', 'Economics', 'en'),
        option('psy', 'Psych', 'en'),
      ],
      picked: picked[1]!,
    },
  ];
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={[lang === 'es' ? '/es/students/s1/plan' : '/']}>
      <PlanChoices plan={{ choices } as TPlan} />
    </MemoryRouter>,
  );
}

describe('the plan page’s choices of courses', () => {
  it('lists each choice with its options, says which are picked and how many are left', () => {
    const html = render('en', [['csa'], ['gov']]);
    expect(html).toContain('<h2 id="plan-choices">Courses to choose</h2>');
    expect(html).toContain('Grade 11: Choose 1 of 2');
    expect(html).toContain('Grade 12: Choose 2 of 3');
    expect(html).toContain('<strong><span>AP Computer Science A (CSA)</span>: picked</strong>');
    expect(html).toContain('<li><span>Web design (WEB)</span></li>');
    expect(html.match(/Still to pick: (\d)/g)).toEqual(['Still to pick: 1']);
  });

  it('is in Spanish on a Spanish page, an English-only title marked lang="en"', () => {
    const html = render('es', [['web'], []]);
    expect(html).toContain('<h2 id="plan-choices">Cursos a elegir</h2>');
    expect(html).toContain('11.º grado: Elige 1 de 2');
    expect(html).toContain('<strong><span>Diseño web (WEB)</span>: elegido</strong>');
    expect(html).toContain('<span lang="en">AP Computer Science A (CSA)</span>');
    expect(html).toContain('Falta elegir: 2. Elige en el editor.');
  });

  it('shows nothing for a plan without choices', () => {
    expect(
      renderToStaticMarkup(
        <MemoryRouter>
          <PlanChoices plan={{ choices: [] as TPlan['choices'] } as TPlan} />
        </MemoryRouter>,
      ),
    ).toBe('');
  });
});
