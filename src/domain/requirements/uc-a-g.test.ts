/**
 * The UC a-g subject requirements (University of California: a-g subject requirements and
 * the counselors' Q&A on repeating courses) against three hand-checked California transcripts:
 * semester marks, 5 credits a semester, requirements counted in years with C or better. A D
 * passes the course for the diploma but not for a-g; a D semester is cleared by repeating it.
 */
import { describe, expect, it } from 'vitest';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import { describeCounted, describeNode, sentenceText } from './describe.ts';
import { checkProgress } from './evaluate.ts';
import { asWorldLanguages, nodeOf, semesters, summary, took } from './test-factories.ts';

const ag = shippedRequirementSet('uc-a-g')!;
const IDS = [
  'a-g',
  'a-history',
  'a-us',
  'b-english',
  'c-math',
  'c-algebra-1',
  'd-science',
  'e-language',
  'f-arts',
];

/** Grades 9–11 and the first semester of grade 12 passed; the second semester under way. */
function onTrack() {
  return [
    ...semesters('01001', 'English 9', 2023, ['A', 'A'], 5),
    ...semesters('02052', 'Algebra I', 2023, ['B', 'C'], 5),
    ...semesters('06101', 'Spanish 1', 2023, ['B', 'B'], 5),
    ...semesters('05001', 'Art 1', 2023, ['A', 'A'], 5),
    ...semesters('08001', 'Physical Education 9', 2023, ['A', 'A'], 5),
    ...semesters('01002', 'English 10', 2024, ['B', 'B'], 5),
    ...semesters('02072', 'Geometry', 2024, ['C', 'B'], 5),
    ...semesters('03051', 'Biology', 2024, ['B', 'B'], 5),
    ...semesters('04051', 'World History', 2024, ['A', 'A'], 5),
    ...semesters('06102', 'Spanish 2', 2024, ['B', 'B'], 5),
    ...semesters('01003', 'English 11', 2025, ['B', 'A'], 5),
    ...semesters('02056', 'Algebra II', 2025, ['B', 'B'], 5),
    ...semesters('03101', 'Chemistry', 2025, ['C', 'C'], 5),
    ...semesters('04101', 'U.S. History', 2025, ['B', 'B'], 5),
    ...semesters('06103', 'Spanish 3', 2025, ['C', 'B'], 5),
    ...semesters('01004', 'English 12', 2026, ['B', 'IP'], 5),
    ...semesters('02110', 'Precalculus', 2026, ['C', 'IP'], 5),
    took('04151', 'American Government', 2026, 's1', 5, 'A'),
    took('04201', 'Economics', 2026, 's2', 5, 'IP'),
  ];
}

describe('UC a-g subject requirements', () => {
  it('on track: 15.5 years passed with C or better, done once grade 12 is passed', () => {
    const attempts = onTrack();
    const check = checkProgress(ag, attempts);
    expect(check.status).toBe('in_progress');
    expect(check.notCounted).toEqual([]);
    // Physical education is no a-g course.
    expect(check.unused).toEqual(['2023:s1:08001', '2023:s2:08001']);
    expect(summary(check, IDS)).toEqual({
      'a-g': 'in_progress 15.5+1.5',
      // g takes a year beyond a-f; what is left beyond it shows, as extra, where it belongs:
      // American Government under a, Spanish 3's second semester under e.
      'a-history': 'met 2.5+0',
      'a-us': 'met 1.5+0',
      'b-english': 'in_progress 3.5+0.5',
      'c-math': 'met 3+0',
      'c-algebra-1': 'met 1+0',
      'd-science': 'met 2+0',
      'e-language': 'met 2.5+0',
      'f-arts': 'met 1+0',
    });
    expect(nodeOf(check, 'a-g').required).toEqual({
      credits: 15,
      courses: null,
      n: null,
      unit: 'years',
    });
    const english = nodeOf(check, 'b-english');
    expect(sentenceText(describeNode(english, english.title, 'en'))).toBe(
      'English (b): done once you pass the courses you are taking now (4 of 4 years).',
    );
    expect(sentenceText(describeNode(english, english.title, 'es'))).toBe(
      'Inglés (b): se cumplirá al aprobar los cursos que llevas ahora (4 de 4 años).',
    );
    const first = english.counted[0]!;
    const attempt = attempts.find((a) => a.key === first.attemptKey)!;
    expect(sentenceText(describeCounted(attempt, first, english, english.title, 'en'))).toBe(
      'English 9, 2022–23, grade A, counts toward English (b): 4 of 4 years.',
    );
  });

  it('short in science: Chemistry passed with D and D counts for the diploma, not for a-g', () => {
    const attempts = onTrack()
      .filter((a) => a.code !== '03101')
      .map((a) =>
        a.result === 'in_progress'
          ? { ...a, result: 'pass' as const, creditsEarned: a.creditsAttempted, grade: 'C-' }
          : a,
      )
      .concat(semesters('03101', 'Chemistry', 2025, ['D', 'D'], 5));
    const check = checkProgress(ag, attempts);
    expect(check.status).toBe('missing');
    expect(check.unused).toEqual([
      '2023:s1:08001',
      '2023:s2:08001',
      '2025:s1:03101',
      '2025:s2:03101',
    ]);
    expect(summary(check, ['a-g', 'b-english', 'd-science'])).toEqual({
      // C- is a C for a-g: English 12's second semester counts.
      'a-g': 'missing 16+0',
      'b-english': 'met 4+0',
      'd-science': 'missing 1+0',
    });
    const science = nodeOf(check, 'd-science');
    expect(sentenceText(describeNode(science, science.title, 'en'))).toBe(
      'Science in two of biology, chemistry and physics (d): still missing (1 of 2 years so far, counting your plan) (2 of 3 options).',
    );
    expect(sentenceText(describeNode(science, science.title, 'es'))).toBe(
      'Ciencias en dos de biología, química y física (d): falta (1 de 2 años hasta ahora, contando lo planeado) (2 de 3 opciones).',
    );
  });

  it('a D semester repeated in summer school, a failed semester, a withdrawal, Spanish 2 with D', () => {
    const attempts = [
      ...semesters('01001', 'English 9', 2023, ['B', 'B'], 5),
      ...semesters('02052', 'Algebra I', 2023, ['D', 'C'], 5),
      // The first semester again in the summer of the same school year: 5 credits, half a year.
      took('02052', 'Algebra I', 2023, 'summer', 5, 'B'),
      ...semesters('05001', 'Art 1', 2023, ['A', 'A'], 5),
      took('01002', 'English 10', 2024, 's1', 5, 'F'),
      took('01002', 'English 10', 2024, 's2', 5, 'B'),
      ...semesters('02072', 'Geometry', 2024, ['C', 'C'], 5),
      ...semesters('03051', 'Biology', 2024, ['B', 'B'], 5),
      ...semesters('04051', 'World History', 2024, ['B', 'B'], 5),
      ...semesters('06101', 'Spanish 1', 2024, ['C+', 'C'], 5),
      took('01002', 'English 10', 2025, 's1', 5, 'C'),
      ...semesters('01003', 'English 11', 2025, ['C', 'C'], 5),
      ...semesters('02056', 'Algebra II', 2025, ['B', 'B'], 5),
      took('03101', 'Chemistry', 2025, 's1', 5, 'W'),
      ...semesters('04101', 'U.S. History', 2025, ['C-', 'C'], 5),
      ...semesters('06102', 'Spanish 2', 2025, ['D', 'D'], 5),
      ...semesters('01004', 'English 12', 2026, ['IP', 'IP'], 5),
      ...semesters('03151', 'Physics', 2026, ['IP', 'IP'], 5),
    ];
    const check = checkProgress(ag, attempts);
    expect(check.notCounted).toEqual([
      { attemptKey: '2024:s1:01002', reason: 'failed' },
      { attemptKey: '2025:s1:03101', reason: 'withdrawn' },
      { attemptKey: '2023:s1:02052', reason: 'retake' },
    ]);
    expect(check.unused).toEqual(['2025:s1:06102', '2025:s2:06102']);
    expect(check.status).toBe('missing');
    expect(summary(check, IDS)).toEqual({
      'a-g': 'missing 11+2',
      'a-history': 'met 2+0',
      'a-us': 'met 1+0',
      'b-english': 'in_progress 3+1',
      'c-math': 'met 3+0',
      // The summer B and the second semester's C.
      'c-algebra-1': 'met 1+0',
      'd-science': 'in_progress 1+1',
      'e-language': 'missing 1+0',
      'f-arts': 'met 1+0',
    });
    expect(
      nodeOf(check, 'c-algebra-1')
        .counted.map((c) => c.attemptKey)
        .sort(),
    ).toEqual(['2023:s2:02052', '2023:summer:02052']);
  });

  it('Spanish reported under SCED 24 (World Languages) counts for e as it does under 06', () => {
    const check = checkProgress(ag, asWorldLanguages(onTrack()));
    // Unchanged from the on-track transcript above: the three years of Spanish still fill e
    // (two years, the rest of Spanish 3 shown as extra) and count toward the 15.
    expect(summary(check, ['a-g', 'e-language'])).toEqual({
      'a-g': 'in_progress 15.5+1.5',
      'e-language': 'met 2.5+0',
    });
    expect(check.unused).toEqual(['2023:s1:08001', '2023:s2:08001']);
    const counted = nodeOf(check, 'e-language').counted.map((c) => c.attemptKey);
    expect(counted).toHaveLength(5);
    expect(counted.every((key) => /:061\d\d$/.test(key))).toBe(true);
  });
});
