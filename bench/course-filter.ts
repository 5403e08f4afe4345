/**
 * The plan editor's course filter (web/plans/CourseFilter.tsx over domain/plans/course-match.ts)
 * on a 416-course list: the demo district's high school courses, each also as "Honors", "II",
 * "Lab"… variants with codes of their own, every seventh covered by a credit agreement. Times
 * each key press of students typing a few course names, the list read once (what the editor
 * does), against the simplest filter of the same list in the same run: the folded English title
 * containing the folded text typed. The first key press, which reads the list, is timed apart.
 * Best of ROUNDS; the load average is printed with the figures.
 */
import os from 'node:os';
import type { TCourse } from '../src/contracts/program.ts';
import { academicCourses } from '../src/data/demo/courses-secondary.ts';
import { cteCourses } from '../src/data/demo/courses-secondary-cte.ts';
import { fold } from '../src/domain/search/text.ts';
import { matchingCourses } from '../src/web/plans/CourseFilter.tsx';

const SIZE = 416;
const ROUNDS = 20;
const VARIANTS = [
  '',
  ' Honors',
  ' II',
  ' Lab',
  ' (Online)',
  ' Advanced',
  ' Seminar',
  ' 2nd Year',
  ' III',
];
const TYPED = [
  'algebra 2',
  'ap bio',
  'pre calc',
  'chem',
  'physical education',
  'eng 10',
  'dual credit',
  'us history',
  'computer sci',
  'welding',
  'spanish level 3',
  'health science',
];

export interface CourseFilterBenchResult {
  courses: number;
  keyPresses: number;
  /** Per key press, best of the rounds, in milliseconds. */
  matchMs: number;
  substringMs: number;
  ratio: number;
  /** The first key press on a list not read yet (the list read, then matched). */
  firstMs: number;
  load: number[];
}

function courses(): TCourse[] {
  const base = [...academicCourses, ...cteCourses];
  return Array.from({ length: SIZE }, (_, i) => {
    const c = base[i % base.length]!;
    const v = VARIANTS[Math.floor(i / base.length) % VARIANTS.length]!;
    const title = { en: c.title.en + v, ...(c.title.es ? { es: c.title.es + v } : {}) };
    return { ...c, id: `${c.id}-${i}`, title, stateCode: `${c.stateCode}-${i}` };
  });
}

export function benchCourseFilter(): CourseFilterBenchResult {
  const list = courses();
  const covered = new Set(list.filter((_, i) => i % 7 === 0).map((c) => c.id));
  const keys = TYPED.flatMap((text) => [...text].map((_, i) => text.slice(0, i + 1)));
  const folded = list.map((c) => fold(c.title.en));
  const substring = (typed: string) => {
    const t = fold(typed).trim();
    return list.filter((_, i) => folded[i]!.includes(t));
  };
  const perKey = (filter: (typed: string) => unknown) => {
    const start = performance.now();
    for (const key of keys) filter(key);
    return (performance.now() - start) / keys.length;
  };
  const start = performance.now();
  matchingCourses(keys[0]!, list, covered);
  const firstMs = performance.now() - start;
  let matchMs = Infinity;
  let substringMs = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    matchMs = Math.min(
      matchMs,
      perKey((typed) => matchingCourses(typed, list, covered)),
    );
    substringMs = Math.min(substringMs, perKey(substring));
  }
  return {
    courses: list.length,
    keyPresses: keys.length,
    matchMs,
    substringMs,
    ratio: matchMs / substringMs,
    firstMs,
    load: os.loadavg(),
  };
}

export function printCourseFilter(r: CourseFilterBenchResult): void {
  console.log(
    '\nPlan editor course filter: per key press vs a plain substring filter of the titles',
  );
  console.log(
    `  ${r.courses} courses, ${r.keyPresses} key presses: ${r.matchMs.toFixed(3)} ms against ${r.substringMs.toFixed(3)} ms → ${r.ratio.toFixed(1)}× (best of ${ROUNDS})\n` +
      `    first key press (reads the list) ${r.firstMs.toFixed(0)} ms; load average ${r.load.map((l) => l.toFixed(1)).join(' ')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printCourseFilter(benchCourseFilter());
