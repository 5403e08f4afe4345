import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import { checkProgress } from '../../domain/requirements/evaluate.ts';
import { attempt, leaf, setOf, took } from '../../domain/requirements/test-factories.ts';
import { presentCheck } from '../../services/records/present-progress.ts';
import { RequirementList } from './RequirementList.tsx';

/** A set of two requirements, one titled in English only, each counting one course. */
function render(lang: TLang) {
  const set = setOf({
    id: 'root',
    title: { en: 'Diploma', es: 'Diploma' },
    type: 'all_of',
    children: [
      leaf('cyber', { codes: ['CY-*'] }, { title: { en: 'Cybersecurity' } }),
      leaf('english', { codes: ['EN-*'] }, { title: { en: 'English', es: 'Inglés' } }),
    ],
  });
  const attempts = [attempt('CY-1'), attempt('EN-1')];
  const check = presentCheck(checkProgress(set, attempts), attempts, lang);
  const html = renderToStaticMarkup(
    <MemoryRouter
      initialEntries={[lang === 'es' ? '/es/students/s1/progress' : '/students/s1/progress']}
    >
      <RequirementList check={check} idPrefix="pr" />
    </MemoryRouter>,
  );
  return new Markup(html);
}

/** Just enough of the markup to find elements by attribute (no DOM in unit tests). */
class Markup {
  constructor(readonly html: string) {}
  /** The opening tag of the element with this id, and its text up to its closing tag. */
  byId(id: string): { tag: string; text: string } | undefined {
    const m = new RegExp(`<(\\w+)([^>]*\\bid="${id}"[^>]*)>(.*?)</\\1>`).exec(this.html);
    return m ? { tag: `<${m[1]}${m[2]}>`, text: m[3]! } : undefined;
  }
  listsWith(attribute: string): string[] {
    return [...this.html.matchAll(new RegExp(`<ul[^>]*\\b${attribute}="([^"]*)"`, 'g'))].map(
      (m) => m[1]!,
    );
  }
}

describe('the courses that count under each requirement', () => {
  it('are named by the Spanish title in Spanish, and by the visible English one (lang="en") when there is none', () => {
    const page = render('es');
    // The Spanish title can be said in an attribute.
    expect(page.listsWith('aria-label')).toEqual(['Cursos que cuentan: Inglés']);
    // The English one cannot: the list points at the words and at the marked, visible title.
    expect(page.listsWith('aria-labelledby')).toEqual(['pr-cyber-courses pr-cyber']);
    expect(page.byId('pr-cyber-courses')?.text).toBe('Cursos que cuentan:');
    expect(page.byId('pr-cyber')?.text).toBe('<span lang="en">Cybersecurity</span>');
    expect(page.html).not.toMatch(/aria-label="[^"]*Cybersecurity/);
  });

  it('are named by their title on the English page', () => {
    const page = render('en');
    expect(page.listsWith('aria-label').sort()).toEqual([
      'Courses that count: Cybersecurity',
      'Courses that count: English',
    ]);
    expect(page.listsWith('aria-labelledby')).toEqual([]);
  });
});

describe('the amounts of a requirement', () => {
  it('are years for a set that counts years of coursework (UC a-g), credits otherwise', () => {
    const english = leaf(
      'english',
      { scedSubjects: ['01'] },
      {
        title: { en: 'English', es: 'Inglés' },
        minCredits: 4,
      },
    );
    const attempts = [
      took('01001', 'English 9', 2026, 's1', 5, 'A'),
      took('01001', 'English 9', 2026, 's2', 5, 'IP'),
    ];
    const shown = (unit: 'years' | undefined, lang: TLang) => {
      const check = presentCheck(checkProgress(setOf(english, { unit }), attempts), attempts, lang);
      const html = renderToStaticMarkup(
        <MemoryRouter initialEntries={[lang === 'es' ? '/es/students/s1/progress' : '/']}>
          <RequirementList check={check} idPrefix="pr" />
        </MemoryRouter>,
      );
      return /<p class="pr-node__credits">(.*?)<\/p>/.exec(html)![1]!.replace(/<!-- -->/g, '');
    };
    expect(shown('years', 'en')).toBe(
      'Required: 4 years · Earned: 0.5 years · In progress: 0.5 years',
    );
    expect(shown('years', 'es')).toBe(
      'Necesario: 4 años · Obtenido: 0.5 años · En curso: 0.5 años',
    );
    expect(shown(undefined, 'en')).toBe(
      'Required: 4 credits · Earned: 5 credits · In progress: 5 credits',
    );
  });
});
