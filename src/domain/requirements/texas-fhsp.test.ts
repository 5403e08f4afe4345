/**
 * The Texas Foundation High School Program with an endorsement (19 TAC §74.12, §74.13) against
 * three hand-checked transcripts: a senior on track, one short of a language, and one with a
 * failed course, a failed semester made up, a withdrawal and a course repeated for a better
 * grade. Each expectation below was worked out by hand from the rule, not read off the code.
 */
import { describe, expect, it } from 'vitest';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import { describeNode } from './describe.ts';
import { sentenceText } from './describe.ts';
import { checkProgress } from './evaluate.ts';
import { asWorldLanguages, nodeOf, summary, took } from './test-factories.ts';

const texas = shippedRequirementSet('tx-fhsp-endorsement')!;
const health = (code: string, title: string, year: number, mark: string, advanced = false) =>
  took(code, title, year, 'year', code === '14004' ? 2 : 1, mark, {
    cte: true,
    pathways: ['08-01'],
    advanced,
  });

/** Grades 9–11 passed, grade 12 under way: 20 credits earned, 6 under way. */
function onTrack() {
  return [
    took('01001', 'English I', 2023, 'year', 1, 'A'),
    took('02052', 'Algebra I', 2023, 'year', 1, 'B'),
    took('03051', 'Biology', 2023, 'year', 1, 'B'),
    took('06101', 'Spanish I', 2023, 'year', 1, 'B'),
    took('08001', 'Foundations of Personal Fitness', 2023, 'year', 1, 'A'),
    health('14001', 'Principles of Health Science', 2023, 'B'),
    took('01002', 'English II', 2024, 'year', 1, 'B'),
    took('02072', 'Geometry', 2024, 'year', 1, 'B'),
    took('03101', 'Chemistry', 2024, 'year', 1, 'C'),
    took('04051', 'World History', 2024, 'year', 1, 'B'),
    took('06102', 'Spanish II', 2024, 'year', 1, 'B'),
    took('05001', 'Art I', 2024, 'year', 1, 'A'),
    took('08010', 'Athletics', 2024, 'year', 1, 'A'),
    health('14002', 'Medical Terminology', 2024, 'B'),
    took('01003', 'English III', 2025, 'year', 1, 'B'),
    took('02056', 'Algebra II', 2025, 'year', 1, 'C'),
    took('03151', 'Physics', 2025, 'year', 1, 'B'),
    took('04101', 'U.S. History', 2025, 'year', 1, 'B'),
    took('04254', 'Psychology', 2025, 's1', 0.5, 'A'),
    took('08051', 'Health Education', 2025, 's2', 0.5, 'A'),
    health('14003', 'Health Science Theory', 2025, 'B', true),
    took('01004', 'English IV', 2026, 'year', 1, 'IP'),
    took('02110', 'Precalculus', 2026, 'year', 1, 'IP'),
    took('03001', 'Earth and Space Science', 2026, 'year', 1, 'IP'),
    took('04151', 'U.S. Government', 2026, 's1', 0.5, 'IP'),
    took('04201', 'Economics', 2026, 's2', 0.5, 'IP'),
    health('14004', 'Practicum in Health Science', 2026, 'IP', true),
  ];
}

describe('Texas Foundation High School Program with an endorsement', () => {
  it('a senior on track: every requirement met or done once grade 12 is passed', () => {
    const check = checkProgress(texas, onTrack());
    expect(check.status).toBe('in_progress');
    expect(check.notCounted).toEqual([]);
    expect(check.unused).toEqual([]);
    expect(
      summary(check, [
        'fhsp-endorsement',
        'english',
        'english-3',
        'math',
        'science',
        'social-studies',
        'social-studies-government',
        'languages',
        'pe',
        'fine-arts',
        'endorsement',
        'endorsement-cte',
        'endorsement-cte-credits',
        'endorsement-cte-08',
        'endorsement-cte-08-two',
        'endorsement-cte-08-advanced',
      ]),
    ).toEqual({
      'fhsp-endorsement': 'in_progress 20+6',
      english: 'in_progress 3+1',
      'english-3': 'met 1+0',
      math: 'in_progress 3+1',
      science: 'in_progress 3+1',
      'social-studies': 'in_progress 2+1',
      'social-studies-government': 'in_progress 0+0.5',
      languages: 'met 2+0',
      // Athletics goes to the electives, not beyond Physical Education as extra.
      pe: 'met 1+0',
      'fine-arts': 'met 1+0',
      // Only the way that makes the endorsement counts its credits (not STEM's or the others').
      endorsement: 'in_progress 3+2',
      // Four CTE credits (any cluster): 3 passed and the 2-credit practicum under way.
      'endorsement-cte': 'in_progress 3+2',
      'endorsement-cte-credits': 'in_progress 3+2',
      // Two or more of them in one cluster, one advanced: met by the Health Science passed.
      'endorsement-cte-08': 'met 3+0',
      'endorsement-cte-08-two': 'met 2+0',
      // One advanced course is all it asks: Health Science Theory, passed.
      'endorsement-cte-08-advanced': 'met 1+0',
    });
    // The other ways to an endorsement are short: STEM mathematics needs two credits beyond
    // Algebra II (Precalculus under way is one), Multidisciplinary four social studies credits.
    expect(nodeOf(check, 'endorsement-stem-math').status).toBe('missing');
    expect(nodeOf(check, 'endorsement-multidisciplinary').status).toBe('missing');
  });

  it('short of a language: 26 credits, but one credit of Spanish does not meet the language requirement', () => {
    const attempts = onTrack()
      .filter((a) => a.code !== '06102')
      .map((a) =>
        a.result === 'in_progress'
          ? { ...a, result: 'pass' as const, creditsEarned: a.creditsAttempted, grade: 'B' }
          : a,
      );
    attempts.push(took('05101', 'Band', 2026, 'year', 1, 'A'));
    const check = checkProgress(texas, attempts);
    expect(check.status).toBe('missing');
    expect(
      summary(check, ['fhsp-endorsement', 'languages', 'languages-lote', 'endorsement']),
    ).toEqual({
      'fhsp-endorsement': 'missing 26+0',
      languages: 'missing 1+0',
      'languages-lote': 'missing 1+0',
      endorsement: 'met 5+0',
    });
    const languages = nodeOf(check, 'languages');
    expect(sentenceText(describeNode(languages, languages.title, 'en'))).toBe(
      'Languages other than English (or computer programming languages): still missing (1 of 2 credits so far, counting your plan) (1 of 2 options).',
    );
    expect(sentenceText(describeNode(languages, languages.title, 'es'))).toBe(
      'Idiomas distintos del inglés (o lenguajes de programación): falta (1 de 2 créditos hasta ahora, contando lo planeado) (1 de 2 opciones).',
    );
  });

  it('retakes, a failed semester made up, a withdrawal: only passed tries count, the best of a repeat', () => {
    const attempts = [
      took('01001', 'English I', 2023, 'year', 1, 'A'),
      took('02052', 'Algebra I', 2023, 'year', 1, 'F'),
      took('03051', 'Biology', 2023, 'year', 1, 'B'),
      took('06101', 'Spanish I', 2023, 'year', 1, 'B'),
      took('08001', 'Foundations of Personal Fitness', 2023, 'year', 1, 'A'),
      health('14001', 'Principles of Health Science', 2023, 'B'),
      took('01002', 'English II', 2024, 's1', 0.5, 'D'),
      took('01002', 'English II', 2024, 's2', 0.5, 'F'),
      took('02052', 'Algebra I', 2024, 'year', 1, 'C'),
      took('02072', 'Geometry', 2024, 'year', 1, 'D'),
      took('04051', 'World History', 2024, 'year', 1, 'B'),
      took('06102', 'Spanish II', 2024, 'year', 1, 'C'),
      took('05001', 'Art I', 2024, 'year', 1, 'B'),
      health('14002', 'Medical Terminology', 2024, 'B'),
      took('01002', 'English II', 2025, 's2', 0.5, 'C'),
      took('01003', 'English III', 2025, 'year', 1, 'C'),
      took('02072', 'Geometry', 2025, 'year', 1, 'B'),
      took('03101', 'Chemistry', 2025, 'year', 1, 'W'),
      took('03001', 'Earth and Space Science', 2025, 'year', 1, 'C'),
      took('04101', 'U.S. History', 2025, 'year', 1, 'B'),
      health('14003', 'Health Science Theory', 2025, 'B', true),
      took('01004', 'English IV', 2026, 'year', 1, 'IP'),
      took('02056', 'Algebra II', 2026, 'year', 1, 'IP'),
      took('03151', 'Physics', 2026, 'year', 1, 'IP'),
      took('04151', 'U.S. Government', 2026, 's1', 0.5, 'IP'),
      took('04201', 'Economics', 2026, 's2', 0.5, 'IP'),
      health('14004', 'Practicum in Health Science', 2026, 'IP', true),
    ];
    const check = checkProgress(texas, attempts);
    expect(check.notCounted).toEqual([
      { attemptKey: '2023:year:02052', reason: 'failed' },
      { attemptKey: '2024:s2:01002', reason: 'failed' },
      { attemptKey: '2025:year:03101', reason: 'withdrawn' },
      { attemptKey: '2024:year:02072', reason: 'retake' },
    ]);
    expect(check.status).toBe('missing');
    expect(
      summary(check, [
        'fhsp-endorsement',
        'english',
        'english-2',
        'math',
        'math-algebra-1',
        'math-geometry',
        'science',
        'social-studies',
        'endorsement',
      ]),
    ).toEqual({
      'fhsp-endorsement': 'missing 16+6',
      english: 'in_progress 3+1',
      // The D half of 2023–24 and the second half made up in 2024–25 add up to the credit.
      'english-2': 'met 1+0',
      // Algebra I, Geometry and Algebra II under way: 3 of the 4 credits.
      math: 'missing 2+1',
      'math-algebra-1': 'met 1+0',
      'math-geometry': 'met 1+0',
      science: 'missing 2+1',
      'social-studies': 'in_progress 2+1',
      endorsement: 'in_progress 3+2',
    });
    expect(nodeOf(check, 'math-geometry').counted.map((c) => c.attemptKey)).toEqual([
      '2025:year:02072',
    ]);
  });

  it('Spanish reported under SCED 24 (World Languages) meets the language requirement', () => {
    const check = checkProgress(texas, asWorldLanguages(onTrack()));
    expect(summary(check, ['fhsp-endorsement', 'languages', 'languages-lote'])).toEqual({
      'fhsp-endorsement': 'in_progress 20+6',
      languages: 'met 2+0',
      'languages-lote': 'met 2+0',
    });
  });

  it('STEM, by mathematics or by science, asks Algebra II, Chemistry and Physics (19 TAC §74.13(f)(1))', () => {
    // The senior on track with grade 12 passed, Calculus and Anatomy and Physiology besides:
    // Algebra II, Precalculus and Calculus with Chemistry and Physics (5); Biology, Chemistry,
    // Physics, Earth and Space Science and Anatomy and Physiology with Algebra II (6).
    const passed = onTrack()
      .map((a) =>
        a.result === 'in_progress'
          ? { ...a, result: 'pass' as const, creditsEarned: a.creditsAttempted, grade: 'B' }
          : a,
      )
      .concat([
        took('02121', 'Calculus', 2026, 'year', 1, 'B'),
        took('03053', 'Anatomy and Physiology', 2026, 'year', 1, 'B'),
      ]);
    const stem = (attempts: typeof passed) => {
      const check = checkProgress(texas, attempts);
      return summary(check, ['endorsement-stem-math', 'endorsement-stem-science']);
    };
    expect(stem(passed)).toEqual({
      'endorsement-stem-math': 'met 5+0',
      'endorsement-stem-science': 'met 6+0',
    });
    // Without Physics neither way is met: mathematics asks it as well as science does. What is
    // left counts once in each: Algebra II, Precalculus, Calculus and Chemistry (4); Biology,
    // Chemistry, Earth and Space Science, Anatomy and Physiology and Algebra II (5).
    expect(stem(passed.filter((a) => a.code !== '03151'))).toEqual({
      'endorsement-stem-math': 'missing 4+0',
      'endorsement-stem-science': 'missing 5+0',
    });
    // Without Algebra II (Precalculus and Calculus kept) science's five credits are not enough.
    const noAlgebra2 = checkProgress(
      texas,
      passed.filter((a) => a.code !== '02056'),
    );
    expect(nodeOf(noAlgebra2, 'endorsement-stem-science').status).toBe('missing');
    expect(nodeOf(noAlgebra2, 'endorsement-stem-science-algebra-2').status).toBe('missing');
    expect(nodeOf(noAlgebra2, 'endorsement-stem-science-five').status).toBe('met');
  });
});
