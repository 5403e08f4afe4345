/**
 * Washington's 24-credit diploma (WAC 180-51-210) against three hand-checked transcripts in
 * semester and year courses: one complete, one short of laboratory science whose world language
 * credits are personalized pathway courses a counselor accepted, and one with a withdrawal, a
 * failed semester made up the next year, an incomplete and PE taken every year.
 */
import { describe, expect, it } from 'vitest';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import { describeNode, sentenceText } from './describe.ts';
import { checkProgress } from './evaluate.ts';
import type { RequirementException } from './exceptions.ts';
import { asWorldLanguages, nodeOf, summary, took } from './test-factories.ts';

const washington = shippedRequirementSet('wa-24-credit')!;
const cte = { cte: true };
const IDS = [
  'diploma',
  'english',
  'math',
  'math-geometry',
  'science',
  'science-lab',
  'social-studies',
  'arts',
  'health-fitness',
  'fitness',
  'cte',
  'pathway-flexible',
];

/** Four years passed: 24 credits, every area. */
function complete() {
  return [
    took('01001', 'English 9', 2023, 'year', 1, 'B'),
    took('02061', 'Integrated Math I', 2023, 'year', 1, 'B'),
    took('03051', 'Biology', 2023, 'year', 1, 'B'),
    took('05101', 'Concert Band', 2023, 'year', 1, 'A'),
    took('06101', 'Spanish I', 2023, 'year', 1, 'B'),
    took('08001', 'Physical Education', 2023, 's1', 0.5, 'A'),
    took('08001', 'Physical Education', 2023, 's2', 0.5, 'A'),
    took('13001', 'Introduction to Manufacturing', 2023, 'year', 1, 'B', cte),
    took('01002', 'English 10', 2024, 'year', 1, 'B'),
    took('02062', 'Integrated Math II', 2024, 'year', 1, 'C'),
    took('03101', 'Chemistry', 2024, 'year', 1, 'C'),
    took('04051', 'World History', 2024, 'year', 1, 'B'),
    took('05101', 'Concert Band', 2024, 'year', 1, 'A'),
    took('06102', 'Spanish II', 2024, 'year', 1, 'B'),
    took('08005', 'Weight Training', 2024, 's1', 0.5, 'A'),
    took('08051', 'Health', 2024, 's2', 0.5, 'B'),
    took('01003', 'English 11', 2025, 'year', 1, 'B'),
    took('02110', 'Precalculus', 2025, 'year', 1, 'C'),
    took('03206', 'Marine Science', 2025, 'year', 1, 'B'),
    took('04101', 'U.S. History', 2025, 'year', 1, 'B'),
    took('13002', 'Welding I', 2025, 'year', 1, 'A', cte),
    took('04254', 'Psychology', 2025, 'year', 1, 'A'),
    took('01004', 'English 12', 2026, 'year', 1, 'B'),
    took('04151', 'Civics', 2026, 's1', 0.5, 'A'),
    took('04201', 'Economics', 2026, 's2', 0.5, 'B'),
    took('13003', 'Welding II', 2026, 'year', 1, 'A', cte),
    took('22001', 'Leadership', 2026, 'year', 1, 'A'),
  ];
}

describe("Washington's 24-credit diploma", () => {
  it('four years complete: 24 of 24 credits, every area met', () => {
    const check = checkProgress(washington, complete());
    expect(check.status).toBe('met');
    expect(check.unused).toEqual([]);
    expect(summary(check, IDS)).toEqual({
      diploma: 'met 24+0',
      english: 'met 4+0',
      math: 'met 3+0',
      'math-geometry': 'met 1+0',
      science: 'met 3+0',
      'science-lab': 'met 2+0',
      // World History and Psychology fill the 1.5 credits beyond U.S. history and civics, the
      // year-long Psychology half a credit over; Economics then counts as an elective.
      'social-studies': 'met 3.5+0',
      arts: 'met 1+0',
      'health-fitness': 'met 2+0',
      fitness: 'met 1.5+0',
      cte: 'met 1+0',
      // The second year of band and Spanish I and II: the second arts and world language credits.
      'pathway-flexible': 'met 3+0',
    });
  });

  it('short of laboratory science; personalized pathway courses stand for world language once a counselor accepts them', () => {
    const attempts = complete()
      .filter((a) => !['06101', '06102', '03101'].includes(a.code))
      .concat([
        took('03207', 'Forensic Science', 2024, 'year', 1, 'B'),
        took('14002', 'Medical Terminology', 2024, 'year', 1, 'A', cte),
        took('14003', 'Anatomy and Physiology for Health Careers', 2025, 'year', 1, 'B', cte),
      ]);
    const before = checkProgress(washington, attempts);
    expect(summary(before, ['diploma', 'science', 'science-lab', 'pathway-flexible'])).toEqual({
      // 24 credits in all, but the requirements are not all met.
      diploma: 'missing 24+0',
      // Biology (lab) and Marine Science fill science's three credits but for the second lab
      // credit; Forensic Science, beyond them, counts among the electives.
      science: 'missing 2+0',
      'science-lab': 'missing 1+0',
      'pathway-flexible': 'missing 1+0',
    });
    const lab = nodeOf(before, 'science-lab');
    expect(sentenceText(describeNode(lab, lab.title, 'en'))).toBe(
      'Laboratory science: still missing (1 of 2 credits so far, counting your plan).',
    );
    expect(sentenceText(describeNode(lab, lab.title, 'es'))).toBe(
      'Ciencias de laboratorio: falta (1 de 2 créditos hasta ahora, contando lo planeado).',
    );
    const ppr: RequirementException[] = ['2024:year:14002', '2025:year:14003'].map(
      (attemptKey) => ({
        kind: 'substitute',
        nodeId: 'pathway-flexible',
        attemptKey,
        reason: 'Personalized pathway course in the High School and Beyond Plan (nursing)',
      }),
    );
    const after = checkProgress(washington, attempts, ppr);
    expect(summary(after, ['diploma', 'science-lab', 'pathway-flexible'])).toEqual({
      diploma: 'missing 24+0',
      'science-lab': 'missing 1+0',
      'pathway-flexible': 'met 3+0',
    });
    expect(nodeOf(after, 'pathway-flexible').counted.filter((c) => c.substituted)).toHaveLength(2);
  });

  it('a withdrawal, a failed semester made up, an incomplete: one credit short with grade 12 under way', () => {
    const attempts = [
      took('01001', 'English 9', 2023, 'year', 1, 'B'),
      took('02061', 'Integrated Math I', 2023, 'year', 1, 'C'),
      took('03051', 'Biology', 2023, 'year', 1, 'C'),
      took('04051', 'World History', 2023, 'year', 1, 'C'),
      took('08001', 'Physical Education', 2023, 's1', 0.5, 'B'),
      took('08001', 'Physical Education', 2023, 's2', 0.5, 'B'),
      took('05001', 'Art I', 2023, 'year', 1, 'B'),
      took('13001', 'Introduction to Manufacturing', 2023, 'year', 1, 'B', cte),
      took('01002', 'English 10', 2024, 'year', 1, 'W'),
      took('02062', 'Integrated Math II', 2024, 's1', 0.5, 'F'),
      took('02062', 'Integrated Math II', 2024, 's2', 0.5, 'D'),
      took('03101', 'Chemistry', 2024, 'year', 1, 'B'),
      took('04101', 'U.S. History', 2024, 'year', 1, 'B'),
      took('08051', 'Health', 2024, 's1', 0.5, 'A'),
      took('06101', 'Spanish I', 2024, 'year', 1, 'C'),
      took('13002', 'Welding I', 2024, 'year', 1, 'B', cte),
      took('01002', 'English 10', 2025, 'year', 1, 'C'),
      took('02062', 'Integrated Math II', 2025, 's1', 0.5, 'C'),
      took('01003', 'English 11', 2025, 'year', 1, 'B'),
      took('02201', 'Statistics', 2025, 'year', 1, 'D'),
      took('03206', 'Marine Science', 2025, 'year', 1, 'C'),
      took('04151', 'Civics', 2025, 's1', 0.5, 'B'),
      took('04201', 'Economics', 2025, 's2', 0.5, 'B'),
      took('08001', 'Physical Education', 2025, 's1', 0.5, 'A'),
      took('06102', 'Spanish II', 2025, 'year', 1, 'I'),
      took('01004', 'English 12', 2026, 'year', 1, 'IP'),
      took('06102', 'Spanish II', 2026, 'year', 1, 'IP'),
      took('05002', 'Art II', 2026, 'year', 1, 'IP'),
      took('13003', 'Welding II', 2026, 'year', 1, 'IP', cte),
      took('22001', 'Leadership', 2026, 'year', 1, 'IP'),
    ];
    const check = checkProgress(washington, attempts);
    expect(check.notCounted).toEqual([
      { attemptKey: '2024:year:01002', reason: 'withdrawn' },
      { attemptKey: '2024:s1:02062', reason: 'failed' },
      { attemptKey: '2025:year:06102', reason: 'incomplete' },
    ]);
    expect(check.status).toBe('missing');
    expect(summary(check, IDS)).toEqual({
      // 18 credits passed and 5 under way: 23 of 24.
      diploma: 'missing 18+5',
      english: 'in_progress 3+1',
      math: 'met 3+0',
      // The D half of 2023–24 and the half made up in 2024–25.
      'math-geometry': 'met 1+0',
      science: 'met 3+0',
      'science-lab': 'met 2+0',
      'social-studies': 'met 3+0',
      arts: 'met 1+0',
      'health-fitness': 'met 2+0',
      // PE counts every time it is taken: 0.5 + 0.5 + 0.5.
      fitness: 'met 1.5+0',
      cte: 'met 1+0',
      'pathway-flexible': 'in_progress 1+2',
    });
  });

  it('Spanish reported under SCED 24 (World Languages) fills the world language credits', () => {
    const check = checkProgress(washington, asWorldLanguages(complete()));
    expect(check.status).toBe('met');
    expect(summary(check, ['diploma', 'pathway-flexible'])).toEqual({
      diploma: 'met 24+0',
      'pathway-flexible': 'met 3+0',
    });
  });
});
