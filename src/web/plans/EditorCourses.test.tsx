import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import type { TPlanOptions } from '../../contracts/plans.ts';
import { academicCourses } from '../../data/demo/courses-secondary.ts';
import { EditorCourses } from './EditorCourses.tsx';

/** One course with a Spanish title, one written only in English. */
const withSpanish = academicCourses.find((c) => c.title.es)!;
const englishOnly = {
  ...academicCourses.find((c) => c.id !== withSpanish.id)!,
  title: { en: 'Robotics Lab' },
};

function render(lang: TLang): string {
  const options: TPlanOptions = {
    programs: [],
    requirementSets: [],
    courses: [withSpanish, englishOnly],
    choices: [withSpanish.id, englishOnly.id],
    offeredBy: [],
    passed: [],
    creditAgreements: [],
    pathways: [],
    currentVersion: 1,
    credentials: [],
  };
  const draft = {
    courses: [
      { courseId: englishOnly.id, level: 'grade-10' as const, dualCredit: false },
      { courseId: withSpanish.id, level: 'grade-9' as const, dualCredit: false },
    ],
    credentials: [],
    workBasedLearning: [],
    goals: { career: null, postsecondary: null, benchmarks: [] },
  };
  return renderToStaticMarkup(
    <MemoryRouter
      initialEntries={[lang === 'es' ? '/es/students/s1/plan/edit' : '/students/s1/plan/edit']}
    >
      <EditorCourses draft={draft} options={options} onChange={() => undefined} />
    </MemoryRouter>,
  );
}

describe('the plan editor’s course rows on a Spanish page', () => {
  it('marks an English-only course title lang="en" in options, the row legend and the remove button', () => {
    const html = render('es');
    // Two row selects and the add select each offer it.
    expect(html.match(/<option[^>]*lang="en"[^>]*>Robotics Lab/g)).toHaveLength(3);
    expect(html).not.toMatch(new RegExp(`<option[^>]*lang="en"[^>]*>${withSpanish.title.es}`));
    // The row legend and its remove button.
    expect(html.match(/<span lang="en">Robotics Lab<\/span>/g)).toHaveLength(2);
    expect(html).toContain(withSpanish.title.es);
  });

  it('marks nothing on the English page', () => {
    expect(render('en')).not.toContain('lang="en"');
  });
});
