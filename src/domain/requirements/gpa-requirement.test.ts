import { describe, expect, it } from 'vitest';
import type { TRequirementNode } from '../../contracts/requirements.ts';
import { describeNode, sentenceText } from './describe.ts';
import { checkProgress } from './evaluate.ts';
import { leaf, nodeOf, semesters, setOf, took } from './test-factories.ts';

/** Florida's standard diploma: 24 credits and a cumulative 2.0 unweighted GPA (s. 1003.4282). */
const florida = setOf({
  id: 'diploma',
  title: { en: 'Diploma', es: 'Diploma' },
  type: 'all_of',
  children: [
    leaf('english', { scedSubjects: ['01'] }, { minCredits: 2 }),
    {
      id: 'gpa',
      title: { en: 'Grade point average', es: 'Promedio de calificaciones' },
      type: 'min_gpa',
      gpa: 2,
    },
  ],
});

describe('a minimum GPA requirement', () => {
  it('averages finished grades by credits: B (3) and D (1) over a credit each is 2.00, met', () => {
    const check = checkProgress(florida, [
      took('01001', 'English I', 2025, 'year', 1, 'B'),
      took('01002', 'English II', 2026, 'year', 1, 'D'),
      took('02052', 'Algebra I', 2026, 'year', 1, 'IP'),
    ]);
    const gpa = nodeOf(check, 'gpa');
    expect([gpa.status, gpa.gpa, check.status]).toEqual(['met', 2, 'met']);
    expect(sentenceText(describeNode(gpa, gpa.title, 'en'))).toBe(
      'Grade point average: done (GPA 2.00, 2.00 needed).',
    );
    expect(sentenceText(describeNode(gpa, gpa.title, 'es'))).toBe(
      'Promedio de calificaciones: cumplido (promedio 2.00; se necesita 2.00).',
    );
  });

  it('counts a failed course (0 points) until it is passed again, then only the pass', () => {
    const failed = [
      took('01001', 'English I', 2025, 'year', 1, 'C'),
      took('02052', 'Algebra I', 2025, 'year', 1, 'F'),
    ];
    // (2 + 0) / 2 = 1.00: missing.
    expect(nodeOf(checkProgress(florida, failed), 'gpa')).toMatchObject({
      status: 'missing',
      gpa: 1,
    });
    const retaken = [...failed, took('02052', 'Algebra I', 2026, 'year', 1, 'C+')];
    // (2 + 2.3) / 2 = 2.15.
    expect(nodeOf(checkProgress(florida, retaken), 'gpa')).toMatchObject({
      status: 'met',
      gpa: 2.15,
    });
  });

  it('has no average before any grade, and says so', () => {
    const gpa = nodeOf(
      checkProgress(florida, [took('01001', 'English I', 2026, 'year', 1, 'IP')]),
      'gpa',
    );
    expect([gpa.status, gpa.gpa]).toEqual(['missing', null]);
    expect(sentenceText(describeNode(gpa, gpa.title, 'en'))).toBe(
      'Grade point average: still missing (GPA not yet known, 2.00 needed).',
    );
  });

  it('weights honors grades of C- or better, up to a cap (UC: 8 semesters), in years', () => {
    const uc: TRequirementNode = {
      id: 'uc-gpa',
      title: { en: 'UC GPA', es: 'Promedio UC' },
      type: 'min_gpa',
      gpa: 3,
      select: { scedSubjects: ['01', '02', '03', '04', '05', '06'] },
      honors: { select: { codes: ['*H'] }, points: 1, maxCredits: 1.5 },
    };
    const attempts = [
      ...semesters('ENG10H', 'English 10 Honors', 2024, ['B', 'B'], 5, { scedCode: '01002' }),
      ...semesters('CHEMH', 'Chemistry Honors', 2025, ['C', 'D'], 5, { scedCode: '03101' }),
      ...semesters('US11H', 'U.S. History Honors', 2025, ['B', 'B'], 5, { scedCode: '04101' }),
      ...semesters('08001', 'Physical Education', 2025, ['A', 'A'], 5),
    ];
    // Six a-g semesters of half a year each, B B C D B B: (3+3+2+1+3+3) × 0.5 = 7.5 points over
    // 3 years, 2.50 unweighted. PE is not an a-g course.
    const plain = { ...uc, honors: undefined };
    expect(
      nodeOf(checkProgress(setOf(plain, { unit: 'years' }), attempts), 'uc-gpa'),
    ).toMatchObject({ status: 'missing', gpa: 2.5 });
    // A point a semester for the honors B, B and C, up to the cap of 1.5 years (three semesters,
    // the Chemistry D would earn none anyway): 7.5 + 1.5 = 9 over 3 years, 3.00.
    const check = checkProgress(setOf(uc, { unit: 'years' }), attempts);
    expect(nodeOf(check, 'uc-gpa')).toMatchObject({ status: 'met', gpa: 3 });
  });
});
