/**
 * Synthetic students and transcripts for a demo district, in the roster and transcript CSV formats
 * (`wayfinder demo students`). Deterministic for a seed. Students in grades 9–12 take the demo
 * catalog's English, mathematics, science and social studies sequences, PE and art, one CTE
 * sequence of their school, and local electives; some fail a course and retake it the next year,
 * some transferred from the district's other school, and about one in ten is off track (fails
 * often and does not always make it up). Rows are yielded one at a time, so any count streams.
 * The roster also carries special-population groups and outcome facts (GENERATED_ROSTER_HEADER),
 * drawn from a second generator so the other columns stay what they were for a seed.
 */
import { CORE, FIRST, LAST, sequences, type Offering } from './generate-students-catalog.ts';

export interface GenerateOptions {
  count: number;
  seed: number;
  schools: readonly string[];
  /** The current school year by its ending year (2026 is 2025–26). */
  currentYear: number;
}

/** mulberry32: a small, fast, seeded generator (deterministic across platforms). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedStudent {
  roster: string[];
  attempts: string[][];
  offTrack: boolean;
  transferred: boolean;
}

const PASSING = ['A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D'];
const yearLabel = (end: number) => `${end - 1}-${String(end % 100).padStart(2, '0')}`;

/** The roster columns `roster` holds, in order: the required ones, then groups and outcomes. */
export const GENERATED_ROSTER_HEADER = [
  'student_id',
  'school_id',
  'first_name',
  'last_name',
  'email',
  'grade_level',
  'graduation_year',
  'economically_disadvantaged',
  'english_learner',
  'disability',
  'gender',
  'race_ethnicity',
  'credential_earned',
  'work_based_learning',
];

const RACES: Array<[string, number]> = [
  ['HI', 0.4],
  ['WH', 0.35],
  ['BL', 0.1],
  ['AS', 0.07],
  ['MU', 0.05],
  ['AI', 0.02],
  ['PI', 0.01],
];

/** Groups and outcomes of one student: always five draws, so each student's share is fixed. */
function groupColumns(random: () => number, grade: number): string[] {
  const yn = (p: number) => (random() < p ? 'Y' : 'N');
  const econ = yn(0.45);
  const el = yn(0.15);
  const disability = yn(0.13);
  const g = random();
  const gender = g < 0.49 ? 'F' : g < 0.98 ? 'M' : 'X';
  let r = random();
  const race = RACES.find(([, share]) => (r -= share) < 0)?.[0] ?? 'WH';
  const outcome = random();
  const senior = grade >= 11;
  return [
    econ,
    el,
    disability,
    gender,
    race,
    senior ? (outcome < 0.25 ? 'Y' : 'N') : '',
    senior ? (outcome > 0.7 ? 'Y' : 'N') : '',
  ];
}

export function* generateStudents(options: GenerateOptions): Generator<GeneratedStudent> {
  const random = seededRandom(options.seed);
  const groupRandom = seededRandom(options.seed ^ 0x5bd1e995);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const bySchool = new Map(options.schools.map((s) => [s, sequences(s)]));
  for (let i = 1; i <= options.count; i++) {
    const localId = `S${String(i).padStart(7, '0')}`;
    const school = pick(options.schools);
    const grade = 9 + Math.floor(random() * 4);
    const first = pick(FIRST);
    const last = pick(LAST);
    const offTrack = random() < 0.1;
    const failRate = offTrack ? 0.22 : 0.025;
    const transferred = grade > 9 && options.schools.length > 1 && random() < 0.06;
    const earlier = transferred ? pick(options.schools.filter((s) => s !== school)) : school;
    const cte = pick(bySchool.get(school)!.length ? bySchool.get(school)! : [[]]);
    const attempts: string[][] = [];
    let owed: Array<{ course: Offering; school: string }> = [];
    for (let g = 9; g <= grade; g++) {
      const year = options.currentYear - (grade - g);
      const current = g === grade;
      const at = transferred && g < grade ? earlier : school;
      const take = (course: Offering, where: string, term = course.term) => {
        if (current) {
          attempts.push([
            localId,
            where,
            yearLabel(year),
            term,
            course.code,
            course.title,
            course.sced,
            String(course.credits),
            '0',
            '',
            'in_progress',
          ]);
          return true;
        }
        const failed = random() < failRate;
        attempts.push([
          localId,
          where,
          yearLabel(year),
          term,
          course.code,
          course.title,
          course.sced,
          String(course.credits),
          failed ? '0' : String(course.credits),
          failed ? 'F' : pick(PASSING),
          failed ? 'fail' : 'pass',
        ]);
        return !failed;
      };
      // Make up last year's failures first (an off-track student does not always).
      const retakes = owed;
      owed = [];
      for (const r of retakes)
        if (!offTrack || random() < 0.5)
          if (!take(r.course, at, current ? 'year' : 'summer'))
            owed.push({ course: r.course, school: at });
      for (const course of CORE[g - 9]!) if (!take(course, at)) owed.push({ course, school: at });
      const cteCourse = cte[g - 9] ?? cte[cte.length - 1];
      if (cteCourse && at === school && !take(cteCourse, at))
        owed.push({ course: cteCourse, school: at });
      if (random() < 0.8)
        take(
          {
            code: `ELEC-${100 + Math.floor(random() * 20)}`,
            title: 'Elective',
            sced: '',
            credits: 1,
            term: 'year',
          },
          at,
        );
    }
    yield {
      roster: [
        localId,
        school,
        first,
        last,
        `${first}.${last}.${i}@students.example.org`
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase(),
        String(grade),
        String(options.currentYear + 12 - grade),
        ...groupColumns(groupRandom, grade),
      ],
      attempts: dedupe(attempts),
      offTrack,
      transferred,
    };
  }
}

/** Two electives drawn with the same code in one year and term keep the first (the key of an attempt). */
function dedupe(rows: string[][]): string[][] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r[1]}|${r[2]}|${r[3]}|${r[4]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
