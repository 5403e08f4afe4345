import { describe, expect, it } from 'vitest';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import type { NodeProgress, ProgressCheck } from './evaluate.ts';
import { checkProgress } from './evaluate.ts';
import { attempt, leaf, setOf, subject } from './test-factories.ts';

const diploma = shippedRequirementSet('rusd-diploma')!;

function node(check: ProgressCheck, id: string): NodeProgress {
  const find = (n: NodeProgress): NodeProgress | undefined =>
    n.id === id ? n : n.children.map(find).find(Boolean);
  const found = find(check.root);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}
const keysAt = (check: ProgressCheck, id: string) =>
  node(check, id).counted.map((c) => c.attemptKey);

/** A full four-year diploma transcript: 4 English, Algebra I, Geometry, Algebra II, 3 science, … */
function graduate() {
  return [
    ...subject('01', 4),
    attempt('02052', { title: 'Algebra I', schoolYear: 2023 }),
    attempt('02072', { title: 'Geometry', schoolYear: 2024 }),
    attempt('02056', { title: 'Algebra II', schoolYear: 2025 }),
    ...subject('03', 3),
    ...subject('04', 3),
    attempt('05001'),
    attempt('08001'),
    ...subject('10', 7, { cte: true }),
  ];
}

describe('checkProgress on the demo diploma', () => {
  it('meets every requirement with a full transcript and shows 22 of 22 credits', () => {
    const check = checkProgress(diploma, graduate());
    expect(check.status).toBe('met');
    expect(check.root.earned).toBe(22);
    expect(node(check, 'math').earned).toBe(3);
    expect(node(check, 'english').status).toBe('met');
    expect(check.notCounted).toEqual([]);
  });

  it('puts Algebra I and Geometry on their own requirements, not on electives or the math pool', () => {
    const attempts = graduate();
    const check = checkProgress(diploma, attempts);
    const alg1 = attempts.find((a) => a.code === '02052')!;
    const geo = attempts.find((a) => a.code === '02072')!;
    const alg2 = attempts.find((a) => a.code === '02056')!;
    expect(keysAt(check, 'math-algebra-1')).toEqual([alg1.key]);
    expect(keysAt(check, 'math-geometry')).toEqual([geo.key]);
    expect(keysAt(check, 'math')).toEqual([alg2.key]);
  });

  it('never counts a course twice: every counted attempt appears at one node only', () => {
    const check = checkProgress(diploma, graduate());
    const all: string[] = [];
    const walk = (n: NodeProgress) => {
      all.push(...n.counted.map((c) => c.attemptKey));
      n.children.forEach(walk);
    };
    walk(check.root);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(22);
  });

  it('counts a failed course nowhere', () => {
    const failed = attempt('02072', { result: 'fail', schoolYear: 2024 });
    const attempts = graduate().filter((a) => a.code !== '02072');
    const check = checkProgress(diploma, [...attempts, failed]);
    expect(check.notCounted).toEqual([{ attemptKey: failed.key, reason: 'failed' }]);
    expect(node(check, 'math-geometry').status).toBe('missing');
    expect(check.status).toBe('missing');
  });

  it('counts a retaken course once: the failed try nowhere, the best passing try once', () => {
    const attempts = graduate().filter((a) => a.code !== '02052');
    const fail = attempt('02052', { result: 'fail', schoolYear: 2023 });
    const low = attempt('02052', { grade: 'D', schoolYear: 2024 });
    const good = attempt('02052', { grade: 'B+', schoolYear: 2025 });
    const check = checkProgress(diploma, [...attempts, fail, low, good]);
    expect(keysAt(check, 'math-algebra-1')).toEqual([good.key]);
    expect(check.notCounted).toEqual(
      expect.arrayContaining([
        { attemptKey: fail.key, reason: 'failed' },
        { attemptKey: low.key, reason: 'retake' },
      ]),
    );
    expect(check.root.earned).toBe(22);
  });

  it('counts both semester halves of one course in one school year', () => {
    const attempts = graduate().filter((a) => a.code !== '02052');
    const fall = attempt('02052', { term: 'fall', creditsAttempted: 0.5, schoolYear: 2023 });
    const spring = attempt('02052', { term: 'spring', creditsAttempted: 0.5, schoolYear: 2023 });
    const check = checkProgress(diploma, [...attempts, fall, spring]);
    expect(node(check, 'math-algebra-1')).toMatchObject({ status: 'met', earned: 1 });
  });

  it('counts a failed semester passed the next year beside the half passed the first time', () => {
    const attempts = graduate().filter((a) => a.code !== '02052');
    const half = { creditsAttempted: 0.5 };
    const failed = attempt('02052', { ...half, term: 's1', schoolYear: 2024, result: 'fail' });
    const passed = attempt('02052', { ...half, term: 's2', schoolYear: 2024, grade: 'D' });
    const again = attempt('02052', { ...half, term: 's1', schoolYear: 2025, grade: 'C' });
    const check = checkProgress(diploma, [...attempts, failed, passed, again]);
    expect(node(check, 'math-algebra-1')).toMatchObject({ status: 'met', earned: 1 });
    expect(check.notCounted).toEqual([{ attemptKey: failed.key, reason: 'failed' }]);
    expect(check.root.earned).toBe(22);
  });

  it('keeps the year passed with a D when one semester is retaken for a better grade', () => {
    const attempts = graduate().filter((a) => a.code !== '02052');
    const year = attempt('02052', { grade: 'D', schoolYear: 2024 });
    const semester = attempt('02052', { creditsAttempted: 0.5, term: 's1', grade: 'A' });
    const check = checkProgress(diploma, [...attempts, year, semester]);
    expect(keysAt(check, 'math-algebra-1')).toEqual([year.key]);
    expect(check.notCounted).toEqual([{ attemptKey: semester.key, reason: 'retake' }]);
    expect(check.root.earned).toBe(22);
  });

  it('counts a failed course under way again as in progress, and a passed one retaken once', () => {
    const attempts = graduate().filter((a) => a.code !== '02072');
    const failed = attempt('02072', { result: 'fail', schoolYear: 2025 });
    const retaking = attempt('02072', { result: 'in_progress', schoolYear: 2026 });
    const check = checkProgress(diploma, [...attempts, failed, retaking]);
    expect(node(check, 'math-geometry')).toMatchObject({ status: 'in_progress', inProgress: 1 });
    const passed = attempt('02072', { schoolYear: 2025 });
    const twice = checkProgress(diploma, [...attempts, passed, retaking]);
    expect(node(twice, 'math-geometry')).toMatchObject({ status: 'met', earned: 1, inProgress: 0 });
    expect(twice.notCounted).toEqual([{ attemptKey: retaking.key, reason: 'retake' }]);
  });

  it('counts band every year it is passed (the set marks fine arts repeatable)', () => {
    const band = [2023, 2024, 2025, 2026].map((y) => attempt('05101', { schoolYear: y }));
    const check = checkProgress(diploma, band);
    expect(node(check, 'fine-arts').earned).toBe(1);
    expect(check.root.earned).toBe(4);
  });

  it('tells completed, in-progress and planned apart', () => {
    const attempts = graduate().filter((a) => !a.code.startsWith('01'));
    const english = [
      attempt('01001'),
      attempt('01002'),
      attempt('01003', { result: 'in_progress' }),
      attempt('01004', { result: 'planned' }),
    ];
    const check = checkProgress(diploma, [...attempts, ...english]);
    expect(node(check, 'english')).toMatchObject({
      status: 'planned',
      earned: 2,
      inProgress: 1,
      planned: 1,
    });
    expect(check.status).toBe('planned');
    const without = checkProgress(diploma, [...attempts, ...english.slice(0, 3)]);
    expect(node(without, 'english').status).toBe('missing');
    const underWay = checkProgress(diploma, [
      ...attempts,
      ...english.slice(0, 3),
      attempt('01004', { result: 'in_progress' }),
    ]);
    expect(node(underWay, 'english').status).toBe('in_progress');
  });

  it('counts extra credits beyond a requirement as earned, marked extra', () => {
    const check = checkProgress(diploma, [...graduate(), ...subject('11', 3)]);
    expect(check.root.earned).toBe(25);
    expect(node(check, 'diploma').counted.filter((c) => c.extra)).toHaveLength(3);
  });
});

describe('assignment by augmenting paths', () => {
  it('moves an attempt to make room for one that fits only the first requirement', () => {
    // x fits A and B; y fits only A. Placing x first in A must not leave y out.
    const set = setOf({
      id: 'root',
      title: { en: 'root' },
      type: 'all_of',
      children: [leaf('a', { codes: ['X*', 'Y*'] }), leaf('b', { codes: ['X*'] })],
    });
    const x = attempt('X1', { schoolYear: 2024 });
    const y = attempt('Y1', { schoolYear: 2025 });
    const check = checkProgress(set, [x, y]);
    expect(check.status).toBe('met');
    expect(keysAt(check, 'a')).toEqual([y.key]);
    expect(keysAt(check, 'b')).toEqual([x.key]);
  });

  it('finds a full matching on a long chain without trying every combination', () => {
    // Leaf i accepts courses i and i+1; 80 courses, 80 leaves: one perfect matching.
    const n = 80;
    const children = Array.from({ length: n }, (_, i) =>
      leaf(`l${i}`, { codes: [`C${i}`, `C${i + 1}`] }),
    );
    const set = setOf({ id: 'root', title: { en: 'r' }, type: 'all_of', children });
    const attempts = Array.from({ length: n }, (_, i) => attempt(`C${i + 1 === n ? 0 : i + 1}`));
    const check = checkProgress(set, attempts);
    expect(check.status).toBe('met');
  });

  it('lets a shared requirement count a course another requirement also counts', () => {
    const set = setOf({
      id: 'root',
      title: { en: 'r' },
      type: 'all_of',
      children: [
        leaf('two', { cte: true }, { minCourses: 2 }),
        leaf('adv', { cte: true, advanced: true }, { shared: true }),
      ],
    });
    const a = attempt('T1', { cte: true });
    const b = attempt('T2', { cte: true, advanced: true });
    const check = checkProgress(set, [a, b]);
    expect(check.status).toBe('met');
    expect(keysAt(check, 'two').sort()).toEqual([a.key, b.key].sort());
    expect(keysAt(check, 'adv')).toEqual([b.key]);
    expect(check.root.earned).toBe(2);
  });

  it('applies a minimum grade to completed courses only', () => {
    const set = setOf(leaf('eng', { scedSubjects: ['01'] }, { minGrade: 'C' }));
    expect(checkProgress(set, [attempt('01001', { grade: 'D+' })]).status).toBe('missing');
    expect(checkProgress(set, [attempt('01001', { grade: 'C' })]).status).toBe('met');
    expect(checkProgress(set, [attempt('01001', { grade: null })]).status).toBe('missing');
    expect(checkProgress(set, [attempt('01001', { result: 'in_progress' })]).status).toBe(
      'in_progress',
    );
  });

  it('selects by wildcards, SCED subject, pathway, cluster, dual credit and exclusions', () => {
    const pick = (select: Parameters<typeof leaf>[1], a: ReturnType<typeof attempt>) =>
      checkProgress(setOf(leaf('x', select)), [a]).status;
    expect(pick({ codes: ['MATH-1??'] }, attempt('math-101'))).toBe('met');
    expect(pick({ codes: ['MATH-1??'] }, attempt('MATH-1010'))).toBe('missing');
    expect(pick({ codes: ['02*'] }, attempt('ALG1', { scedCode: '02052' }))).toBe('met');
    expect(pick({ scedSubjects: ['03'] }, attempt('02052'))).toBe('missing');
    expect(pick({ pathways: ['11-03'] }, attempt('P', { pathways: ['11-03'] }))).toBe('met');
    expect(pick({ clusters: ['11'] }, attempt('P', { pathways: ['08-01'] }))).toBe('missing');
    expect(pick({ dualCredit: true }, attempt('D', { dualCredit: true }))).toBe('met');
    expect(pick({ scedSubjects: ['02'], exclude: ['0205?'] }, attempt('02052'))).toBe('missing');
  });
});

describe('counselor exceptions', () => {
  it('waives a requirement, forces one complete and substitutes a course, keeping the rule visible', () => {
    const attempts = graduate().filter((a) => a.code !== '02072' && !a.code.startsWith('08'));
    const stats = attempt('MATH-STATS', { scedCode: null });
    const check = checkProgress(
      diploma,
      [...attempts, stats],
      [
        { kind: 'substitute', nodeId: 'math-geometry', attemptKey: stats.key, reason: 'transfer' },
        { kind: 'waive', nodeId: 'pe-health', reason: 'medical' },
      ],
    );
    expect(node(check, 'math-geometry')).toMatchObject({
      status: 'met',
      exception: { kind: 'substitute', reason: 'transfer' },
    });
    expect(node(check, 'math-geometry').counted[0]).toMatchObject({
      attemptKey: stats.key,
      substituted: true,
    });
    expect(node(check, 'pe-health')).toMatchObject({ status: 'met', earned: 0 });
    expect(node(check, 'pe-health').exception).toEqual({ kind: 'waive', reason: 'medical' });
    const forced = checkProgress(diploma, attempts, [
      { kind: 'force_complete', nodeId: 'math-geometry', reason: 'exam' },
    ]);
    expect(node(forced, 'math-geometry').status).toBe('met');
    expect(node(forced, 'math-geometry').required.credits).toBe(1);
  });
});
