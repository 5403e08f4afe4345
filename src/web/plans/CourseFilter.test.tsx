import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import type { TPlanOptions } from '../../contracts/plans.ts';
import { messagePlaceholders } from '../../domain/i18n/message.ts';
import { sampleValues } from '../../domain/i18n/sample-values.ts';
import { academicCourses } from '../../data/demo/courses-secondary.ts';
import { formatMessage } from '../i18n.ts';
import { CourseFilter, LONG_COURSE_LIST, matchingCourses } from './CourseFilter.tsx';
import { EditorCourses } from './EditorCourses.tsx';
import { courseFilterEn, courseFilterEs } from './i18n-course-filter.ts';

const inPage = (lang: TLang, node: React.ReactNode) =>
  renderToStaticMarkup(
    <MemoryRouter
      initialEntries={[lang === 'es' ? '/es/students/s1/plan/edit' : '/students/s1/plan/edit']}
    >
      {node}
    </MemoryRouter>,
  );

function editor(courseCount: number): string {
  const courses = academicCourses.slice(0, courseCount);
  const options: TPlanOptions = {
    programs: [],
    requirementSets: [],
    courses,
    choices: courses.map((c) => c.id),
    offeredBy: [],
    passed: [],
    creditAgreements: [],
    pathways: [],
    currentVersion: 1,
    credentials: [],
  };
  const draft = {
    courses: [{ courseId: courses[0]!.id, level: 'grade-9' as const, dualCredit: false }],
    credentials: [],
    workBasedLearning: [],
    goals: { career: null, postsecondary: null, benchmarks: [] },
  };
  return inPage('en', <EditorCourses draft={draft} options={options} onChange={() => undefined} />);
}

describe('the course filter box', () => {
  it('sits above the swap and add lists of a long catalog only', () => {
    expect(academicCourses.length).toBeGreaterThanOrEqual(LONG_COURSE_LIST);
    const long = editor(LONG_COURSE_LIST);
    expect(long.match(/type="search"/g)).toHaveLength(2);
    expect(long).toContain(courseFilterEn.cfSwap);
    expect(long).toContain(courseFilterEn.cfAdd);
    // Each box comes before its list, and nothing is said while nothing is typed.
    expect(long.indexOf(courseFilterEn.cfAdd)).toBeLessThan(long.lastIndexOf('<select'));
    expect(long).toMatch(/<p [^>]*role="status"[^>]*><\/p>/);
    expect(editor(LONG_COURSE_LIST - 1)).not.toContain('type="search"');
  });

  it('keeps the whole list, in order, with nothing typed', () => {
    const courses = academicCourses.slice(0, 12);
    expect(matchingCourses('  ', courses, new Set())).toEqual(courses);
  });

  it('narrows the list best first, and finds the courses a credit agreement covers', () => {
    const english10 = academicCourses.find((c) => c.title.en === 'English 10')!;
    const found = matchingCourses('eng 10', academicCourses, new Set());
    expect(found[0]).toBe(english10);
    expect(found.length).toBeLessThan(academicCourses.length);
    const covered = academicCourses[3]!;
    expect(matchingCourses('dual credit', academicCourses, new Set([covered.id]))).toEqual([
      covered,
    ]);
    expect(matchingCourses('dual credit', academicCourses, new Set())).toEqual([]);
  });

  it('says how many match in English and Spanish, in a polite live region', () => {
    const box = (lang: TLang, value: string, count: number) =>
      inPage(
        lang,
        <CourseFilter id="f" kind="add" value={value} count={count} onChange={() => undefined} />,
      );
    expect(box('en', 'chem', 2)).toContain('2 courses match, best first.');
    expect(box('en', 'chem', 0)).toContain('No course matches.');
    expect(box('es', 'quim', 1)).toContain('1 curso coincide, el mejor primero.');
    expect(box('es', 'quim', 1)).toContain(courseFilterEs.cfAdd);
    expect(box('en', 'chem', 2)).toMatch(/aria-live="polite"/);
    expect(box('en', 'chem', 2)).toMatch(/<label for="f">/);
  });

  it('has its texts in both languages with the same placeholders, none left raw', () => {
    expect(Object.keys(courseFilterEs).sort()).toEqual(Object.keys(courseFilterEn).sort());
    for (const key of Object.keys(courseFilterEn) as (keyof typeof courseFilterEn)[]) {
      expect(messagePlaceholders(courseFilterEs[key]), key).toEqual(
        messagePlaceholders(courseFilterEn[key]),
      );
      for (const [lang, text] of [
        ['en', courseFilterEn[key]],
        ['es', courseFilterEs[key]],
      ] as const)
        for (const values of sampleValues(text))
          expect(formatMessage(lang, text, values), `${lang}.${key}`).not.toMatch(/[{}#]/);
    }
  });
});
