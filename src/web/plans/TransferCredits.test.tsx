import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import type { TStudentProgress } from '../../contracts/progress.ts';
import { TransferCredits } from './TransferCredits.tsx';

const credit = (over: Partial<TStudentProgress['transfers'][number]> = {}) => ({
  id: 't1',
  studentId: 's1',
  districtId: 'd',
  kind: 'exam' as const,
  earnedAt: { name: 'College Board', state: null, institutionId: null },
  course: { title: 'AP Calculus AB Exam', code: null, scedCode: null },
  schoolYear: 2026,
  term: 'year',
  creditsAttempted: 1,
  creditsEarned: 1,
  grade: 'P',
  result: 'pass' as const,
  countsAs: { kind: 'elective' as const },
  flags: [] as TStudentProgress['transfers'][number]['flags'],
  attemptKey: 'transfer:t1',
  createdBy: null,
  createdAt: '2026-06-01T00:00:00.000Z',
  ...over,
});

const render = (lang: TLang, credits: TStudentProgress['transfers']) =>
  renderToStaticMarkup(
    <MemoryRouter
      initialEntries={[lang === 'es' ? '/es/students/s1/progress' : '/students/s1/progress']}
    >
      <TransferCredits credits={credits} />
    </MemoryRouter>,
  );

describe('transfer credit on the progress page', () => {
  it('lists where, the course as written there, when, and how it counts, in English', () => {
    const html = render('en', [
      credit(),
      credit({
        id: 't2',
        kind: 'transfer',
        earnedAt: { name: 'Lakeview High School', state: 'TX', institutionId: null },
        course: { title: 'Welding I', code: 'AG 110', scedCode: '13203' },
        term: 's2',
        creditsEarned: 0.5,
        countsAs: { kind: 'course', code: 'WLD-1' },
      }),
    ]);
    expect(html).toContain('<table aria-labelledby="pr-transfer">');
    expect(html).toContain('College Board<br/><small>credit by exam</small>');
    expect(html).toContain('2025–26, full year');
    expect(html).toContain('elective credit only');
    expect(html).toContain('Lakeview High School (TX)<br/><small>another school</small>');
    expect(html).toContain('<th scope="row">AG 110 · Welding I</th><td>2025–26, S2</td>');
    expect(html).toContain('our course WLD-1');
    expect(html).not.toContain('Advanced Placement');
    expect(html).toContain('0.5 credits');
  });

  it('says the same in Spanish', () => {
    const html = render('es', [
      credit({ countsAs: { kind: 'sced', scedCode: '02121' }, flags: ['AP', 'DE'] }),
    ]);
    expect(html).toContain(
      'AP Calculus AB Exam<br/><small>Colocación Avanzada (AP), crédito dual (DE)</small>',
    );
    expect(html).toContain('Crédito transferido');
    expect(html).toContain('crédito por examen');
    expect(html).toContain('año completo');
    expect(html).toContain('código de curso SCED 02121');
  });

  it('shows nothing when there is none', () => {
    expect(render('en', [])).toBe('');
  });
});
