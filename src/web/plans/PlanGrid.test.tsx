import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import type { TPlan, TPlanOptions } from '../../contracts/plans.ts';
import { technicalCourses } from '../../data/demo/courses-college.ts';
import { pickTitle } from '../../services/plans/pick-title.ts';
import { PlanGrid } from './PlanGrid.tsx';

/** Each kind of title once with a Spanish version and once without one. */
const python = technicalCourses.find((c) => c.id === 'rvcc-cs-133')!;
const web = {
  ...technicalCourses.find((c) => c.id === 'rvcc-cis-195')!,
  title: { en: 'Web Development I' },
};
const titles = {
  algebra: { en: 'Algebra I', es: 'Álgebra I' },
  robotics: { en: 'Robotics' },
  cna: { en: 'Certified Nursing Assistant', es: 'Auxiliar de enfermería certificado' },
  comptia: { en: 'CompTIA A+' },
};

function render(lang: TLang, postsecondary?: TPlan['postsecondary']): string {
  const program = pickTitle({ en: 'Robotics Engineering' }, lang);
  const plan: TPlan = {
    studentId: 's1',
    districtId: 'd1',
    version: 1,
    currentVersion: 1,
    programId: 'p',
    programVersion: 1,
    programTitle: program.title,
    programTitleLang: program.titleLang,
    pathway: null,
    careerChoices: [],
    choices: [],
    credentials: [],
    credentialChoices: [],
    workBasedLearning: [],
    courses: (['algebra', 'robotics'] as const).map((id) => ({
      courseId: id,
      level: 'grade-9',
      dualCredit: false,
      code: id.toUpperCase(),
      ...pickTitle(titles[id], lang),
      credits: 1,
      kind: 'academic',
    })),
    postsecondary: postsecondary ?? [
      {
        level: 'postsecondary-1',
        courses: [python.id, web.id],
        credentials: ['cna', 'comptia'],
        workBasedLearning: [],
      },
    ],
    exitPoints: [],
    goals: { career: null, postsecondary: null, benchmarks: [] },
    findings: [],
    signatures: [],
    unsigned: ['student', 'guardian', 'counselor'],
    reviewedAt: null,
    reviewDue: false,
    history: [],
  };
  const options: TPlanOptions = {
    programs: [],
    requirementSets: [],
    courses: [python, web],
    choices: [],
    offeredBy: [],
    passed: [],
    creditAgreements: [],
    pathways: [],
    currentVersion: 1,
    credentials: (['cna', 'comptia'] as const).map((id) => ({
      id,
      ...pickTitle(titles[id], lang),
    })),
  };
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={[lang === 'es' ? '/es/students/s1/plan' : '/students/s1/plan']}>
      <PlanGrid plan={plan} options={options} />
    </MemoryRouter>,
  );
}

/** The texts the markup marks as English. */
const markedEnglish = (html: string) =>
  [...html.matchAll(/<span[^>]*\blang="en"[^>]*>([^<]*)</g)].map((m) => m[1]);

describe('the plan grid on a Spanish page', () => {
  it('marks exactly the course and credential titles that have no Spanish version', () => {
    const html = render('es');
    expect(markedEnglish(html).sort()).toEqual(['CompTIA A+', 'Robotics', 'Web Development I']);
    for (const spanish of [
      'Álgebra I',
      'Introducción a la programación en Python',
      'Auxiliar de enfermería certificado',
    ])
      expect(html).toContain(spanish);
  });

  it('marks nothing on the English page', () => {
    expect(render('en')).not.toContain('lang=');
  });
});

describe('the plan grid of a college year split into terms', () => {
  const terms: TPlan['postsecondary'] = (['fall', 'winter', 'spring'] as const).map((term) => ({
    level: 'postsecondary-1',
    term,
    courses: [],
    credentials: [],
    workBasedLearning: [],
  }));
  const headings = (html: string) =>
    [...html.matchAll(/<h3 id="([^"]+)"[^>]*>([^<]*)</g)].map((m) => ({ id: m[1], text: m[2] }));

  it('names each term and gives each its own heading id', () => {
    for (const [lang, fall] of [
      ['en', 'Postsecondary year 1 · fall'],
      ['es', 'Educación superior, año 1 · otoño'],
    ] as const) {
      const found = headings(render(lang, terms)).filter((h) => h.id!.includes('postsecondary'));
      expect(found).toHaveLength(3);
      expect(new Set(found.map((h) => h.id)).size).toBe(3);
      expect(new Set(found.map((h) => h.text)).size).toBe(3);
      expect(found[0]!.text).toBe(fall);
    }
  });

  it('adds nothing to a whole year', () => {
    const year = headings(render('en', [{ ...terms[0]!, term: 'year' }]));
    expect(year.map((h) => h.text)).toContain('Postsecondary year 1');
  });
});
