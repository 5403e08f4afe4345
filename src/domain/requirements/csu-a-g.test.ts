/**
 * The CSU a-g set beside UC's (src/data/requirements/index.ts has the sources): the same 15
 * years, b, c, e, f and g; a asks U.S. history and a year of any social science where UC asks
 * world history, and d one biological and one physical science where UC asks two of biology,
 * chemistry and physics. Hand-made transcripts, all passed with C or better, 5 credits a semester:
 * one meets CSU and not UC, one UC and not CSU.
 */
import { describe, expect, it } from 'vitest';
import type { TRequirementNode } from '../../contracts/requirements.ts';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import type { CourseAttempt } from './attempts.ts';
import { describeNode, sentenceText } from './describe.ts';
import { checkProgress } from './evaluate.ts';
import { nodeOf, semesters, summary, took } from './test-factories.ts';

const uc = shippedRequirementSet('uc-a-g')!;
const csu = shippedRequirementSet('csu-a-g')!;
const AREAS = ['a-g', 'a-history', 'a-us', 'b-english', 'c-math', 'd-science', 'e-language'];

/** b English 4, c mathematics 3, e Spanish 3 (the third a year of g), f art 1: 11 years. */
function core(): CourseAttempt[] {
  return [
    ...semesters('01001', 'English 9', 2023, ['A', 'B'], 5),
    ...semesters('01002', 'English 10', 2024, ['B', 'B'], 5),
    ...semesters('01003', 'English 11', 2025, ['C', 'B'], 5),
    ...semesters('01004', 'English 12', 2026, ['B', 'C-'], 5),
    ...semesters('02052', 'Algebra I', 2023, ['C', 'C'], 5),
    ...semesters('02072', 'Geometry', 2024, ['B', 'C+'], 5),
    ...semesters('02056', 'Algebra II', 2025, ['C', 'C'], 5),
    ...semesters('06101', 'Spanish 1', 2023, ['A', 'A'], 5),
    ...semesters('06102', 'Spanish 2', 2024, ['B', 'B'], 5),
    ...semesters('06103', 'Spanish 3', 2025, ['B', 'C'], 5),
    ...semesters('05001', 'Art 1', 2025, ['A', 'A'], 5),
  ];
}

const nodes = (node: TRequirementNode): TRequirementNode[] => [
  node,
  ...('children' in node ? node.children.flatMap(nodes) : []),
];
const withoutTitles = (node: TRequirementNode): unknown =>
  JSON.parse(JSON.stringify(node, (k, v: unknown) => (k === 'title' ? undefined : v)));

describe('CSU a-g beside UC a-g', () => {
  it('are two sets, each titled in English and Spanish, alike but for a and d', () => {
    expect(uc.id).not.toBe(csu.id);
    for (const set of [uc, csu]) {
      expect(set.unit).toBe('years');
      expect(set.title.en).toBeTruthy();
      expect(set.title.es).toBeTruthy();
    }
    expect(csu.title.en).toContain('California State University');
    expect(uc.title.en).toContain('University of California');
    const top = (set: typeof uc) => set.root.type === 'credits_of' && set.root.children;
    const area = (set: typeof uc, id: string) =>
      (top(set) || []).find((n) => n.id === id) as TRequirementNode;
    for (const id of ['b-english', 'c-math', 'e-language', 'f-arts'])
      expect(withoutTitles(area(csu, id)), id).toEqual(withoutTitles(area(uc, id)));
    for (const id of ['a-history', 'd-science'])
      expect(withoutTitles(area(csu, id)), id).not.toEqual(withoutTitles(area(uc, id)));
    expect(nodes(csu.root).map((n) => n.id)).not.toContain('a-world');
    expect(nodes(csu.root).map((n) => n.id)).toEqual(
      expect.arrayContaining(['d-biological', 'd-physical', 'a-us', 'a-us-history']),
    );
  });

  it('meets CSU, not UC: U.S. history and economics, no world history; biology and chemistry', () => {
    const attempts = [
      ...core(),
      ...semesters('04101', 'U.S. History', 2025, ['B', 'B'], 5),
      ...semesters('04201', 'Economics', 2026, ['C', 'B'], 5),
      ...semesters('03051', 'Biology', 2024, ['B', 'C'], 5),
      ...semesters('03101', 'Chemistry', 2025, ['C', 'C'], 5),
    ];
    const forCsu = checkProgress(csu, attempts);
    expect(forCsu.status).toBe('met');
    expect(summary(forCsu, AREAS)).toEqual({
      'a-g': 'met 15+0',
      'a-history': 'met 2+0',
      'a-us': 'met 1+0',
      'b-english': 'met 4+0',
      'c-math': 'met 3+0',
      'd-science': 'met 2+0',
      'e-language': 'met 2+0',
    });
    const forUc = checkProgress(uc, attempts);
    expect(forUc.status).toBe('missing');
    // Economics is still an a-g year for UC (a g elective), but no world history.
    expect(summary(forUc, ['a-g', 'a-history', 'a-us', 'd-science'])).toEqual({
      'a-g': 'missing 15+0',
      'a-history': 'missing 1+0',
      'a-us': 'met 1+0',
      'd-science': 'met 2+0',
    });
    expect(nodeOf(forUc, 'a-world').status).toBe('missing');
  });

  it('meets UC, not CSU: world and U.S. history; chemistry and physics, no biological science', () => {
    const attempts = [
      ...core(),
      ...semesters('04051', 'World History', 2024, ['A', 'B'], 5),
      // Half a year of U.S. history and half of American government: a for both.
      took('04101', 'U.S. History', 2025, 's1', 5, 'B'),
      took('04151', 'American Government', 2026, 's2', 5, 'C'),
      ...semesters('03101', 'Chemistry', 2025, ['C', 'B'], 5),
      ...semesters('03151', 'Physics', 2026, ['B', 'B'], 5),
    ];
    const forUc = checkProgress(uc, attempts);
    expect(forUc.status).toBe('met');
    expect(summary(forUc, ['a-g', 'a-history', 'a-us', 'd-science'])).toEqual({
      'a-g': 'met 15+0',
      'a-history': 'met 2+0',
      'a-us': 'met 1+0',
      'd-science': 'met 2+0',
    });
    const forCsu = checkProgress(csu, attempts);
    expect(forCsu.status).toBe('missing');
    expect(
      summary(forCsu, ['a-g', 'a-history', 'd-science', 'd-biological', 'd-physical']),
    ).toEqual({
      // Physics still counts toward the 15, as g.
      'a-g': 'missing 15+0',
      'a-history': 'met 2+0',
      'd-science': 'missing 2+0',
      'd-biological': 'missing 0+0',
      'd-physical': 'met 2+0',
    });
    const science = nodeOf(forCsu, 'd-science');
    expect(sentenceText(describeNode(science, science.title, 'en'))).toMatch(
      /^Laboratory science, one biological and one physical \(d\): /,
    );
    expect(sentenceText(describeNode(science, science.title, 'es'))).toMatch(
      /^Ciencias de laboratorio, una biológica y una física \(d\): /,
    );
  });

  it('asks the same C- or better of both: D semesters count for neither', () => {
    const attempts = [
      ...core(),
      ...semesters('04101', 'U.S. History', 2025, ['B', 'B'], 5),
      ...semesters('04051', 'World History', 2024, ['D', 'D'], 5),
      ...semesters('03051', 'Biology', 2024, ['B', 'B'], 5),
      ...semesters('03101', 'Chemistry', 2025, ['B', 'B'], 5),
    ];
    for (const set of [uc, csu]) {
      const check = checkProgress(set, attempts);
      expect(nodeOf(check, 'a-history').status, set.id).toBe('missing');
      expect(nodeOf(check, 'a-history').earned, set.id).toBe(1);
    }
  });
});

describe('the id the one a-g set had before the split', () => {
  it('answers as the UC set it followed', () => {
    expect(shippedRequirementSet('uc-csu-a-g')).toBe(uc);
    expect(shippedRequirementSet('no-such-set')).toBeUndefined();
    expect(shippedRequirementSet('constructor')).toBeUndefined();
  });
});
