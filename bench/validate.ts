/**
 * Program validation benchmark: 10,000 generated programs of study (20–40 courses each, with their
 * catalogs) as JSON strings. Times JSON.parse of all of them against JSON.parse +
 * ZProgramFile.parse + validateProgram in the same run; the ratio of the two is the figure to
 * watch (target <= 5). Validation runs the `state-example` profile by default, which runs every
 * rule (classic, the default of programs, runs only the first-edition ones).
 */
import { performance } from 'node:perf_hooks';
import {
  ZProgramFile,
  type TCourse,
  type TProgramFile,
  type TStep,
  type TStepLevel,
} from '../src/contracts/program.ts';
import type { OccupationEntry } from '../src/domain/program/exit-points.ts';
import {
  builtInProfile,
  hasErrors,
  validateProgram,
} from '../src/domain/program/validate-program.ts';

export interface ValidateBenchResult {
  profile: string;
  programs: number;
  averageCourses: number;
  averageBytes: number;
  /** Best of the rounds, in milliseconds, for all programs. */
  parseMs: number;
  schemaMs: number;
  validateMs: number;
  /** Programs with at least one error finding (the generator makes valid programs: 0). */
  withErrors: number;
  ratio: number;
}

const PATHWAYS = ['08-05', '11-01', '11-02', '11-03', '11-04', '13-05'];
const SUBJECTS = ['english', 'mathematics', 'science', 'social_studies'] as const;
const TOPICS = [
  'Networks',
  'Programming',
  'Design',
  'Safety',
  'Systems',
  'Data',
  'Practice',
  'Ethics',
];
const GRADES: TStepLevel[] = ['grade-9', 'grade-10', 'grade-11', 'grade-12'];
const YEARS: TStepLevel[] = [
  'postsecondary-1',
  'postsecondary-2',
  'postsecondary-3',
  'postsecondary-4',
];

/** A small seeded generator (mulberry32), so every run benchmarks the same programs. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const common = {
  prerequisites: [] as string[],
  corequisites: [] as string[],
  pathwayCodes: [] as string[],
};

export function generateProgram(seed: number): TProgramFile {
  const rnd = random(seed);
  const pathway = PATHWAYS[rnd(PATHWAYS.length)]!;
  const courses: TCourse[] = [];
  const steps: TStep[] = [];
  let previousCte: string | undefined;
  GRADES.forEach((level, g) => {
    const ids: string[] = [];
    const count = 3 + rnd(3);
    for (let i = 0; i < count; i++) {
      const cte = i === count - 1;
      const subject = cte ? 'cte' : SUBJECTS[i % SUBJECTS.length]!;
      const id = `hs-${g}-${i}`;
      courses.push({
        ...common,
        id,
        institutionId: 'hs',
        title: { en: cte ? `${TOPICS[rnd(TOPICS.length)]} ${g + 1}` : `${subject} ${g + 9}` },
        kind: cte ? 'cte' : 'academic',
        subject,
        pathwayCodes: cte ? [pathway] : [],
        prerequisites: cte && previousCte ? [previousCte] : [],
        ...(cte
          ? {
              sequenceLevel: g === 0 ? 'introductory' : 'intermediate',
              competencies: [`${pathway}.${g}.1`, `${pathway}.${g}.2`, `${pathway}.${g}.3`],
            }
          : {}),
        level: 'secondary',
        stateCode: `S${seed}-${id}`,
        carnegieUnits: 1,
        gradeMin: 9 + g,
        gradeMax: 12,
      });
      if (cte) previousCte = id;
      ids.push(id);
    }
    steps.push({ level, courses: ids, credentials: [], workBasedLearning: [] });
  });
  const years = rnd(5) === 0 ? 4 : 2;
  for (let y = 0; y < years; y++) {
    for (const term of ['fall', 'spring'] as const) {
      const ids: string[] = [];
      let stepCte: string | undefined;
      const count = years === 4 ? 2 + rnd(2) : 2 + rnd(3);
      for (let i = 0; i < count; i++) {
        const academic = i === 0;
        const id = `cc-${y}-${term}-${i}`;
        courses.push({
          ...common,
          id,
          institutionId: 'college',
          title: {
            en: academic
              ? `General Studies ${y}${i}`
              : `${TOPICS[i % TOPICS.length]} ${y + 1}${term}`,
          },
          kind: academic ? 'academic' : 'cte',
          subject: academic ? SUBJECTS[y % SUBJECTS.length]! : 'cte',
          pathwayCodes: academic ? [] : [pathway],
          prerequisites: !academic && previousCte ? [previousCte] : [],
          ...(academic
            ? {}
            : {
                sequenceLevel: y === years - 1 && term === 'spring' ? 'capstone' : 'intermediate',
                competencies: [`${id}.1`, `${id}.2`, `${pathway}.${y}.${i}`],
              }),
          level: 'postsecondary',
          prefix: academic ? 'GEN' : 'CTE',
          number: `${100 * (y + 1) + (term === 'fall' ? 0 : 50) + i}`,
          creditHours: 3 + rnd(2),
        });
        if (!academic) stepCte = id;
        ids.push(id);
      }
      steps.push({ level: YEARS[y]!, term, courses: ids, credentials: [], workBasedLearning: [] });
      previousCte = stepCte ?? previousCte;
    }
  }
  const last = steps[steps.length - 1]!;
  last.credentials.push(years === 4 ? 'bachelor' : 'associate');
  steps[3]!.credentials.push('cert');
  const hsCte = courses.filter((c) => c.level === 'secondary' && c.kind === 'cte');
  // The college courses the agreements grant: in the catalog, not in the steps (taken once).
  const credited = hsCte.slice(-1 - rnd(2));
  credited.forEach((_, i) =>
    courses.push({
      ...common,
      id: `cc-credit-${i}`,
      institutionId: 'college',
      title: { en: `${TOPICS[i]} Foundations` },
      kind: 'cte',
      subject: 'cte',
      pathwayCodes: [pathway],
      level: 'postsecondary',
      prefix: 'CTE',
      number: `${190 + i}`,
      creditHours: 3,
    }),
  );
  return {
    id: `program-${seed}`,
    program: {
      title: { en: `Program ${seed}`, es: `Programa ${seed}` },
      frameworkId: 'nccf-16',
      pathwayCode: pathway,
      ownerId: 'district',
      partners: [
        { institutionId: 'district', role: 'secondary' },
        { institutionId: 'college', role: 'postsecondary' },
        { institutionId: 'employer', role: 'employer' },
      ],
      steps,
      occupations: [
        {
          soc: '15-1252.00',
          title: 'Software Developers',
          credentialId: 'associate',
          point: 'exit',
        },
        {
          soc: '15-1232.00',
          title: 'Computer User Support Specialists',
          credentialId: 'cert',
          point: 'entry',
        },
      ],
    },
    catalog: {
      institutions: [
        { id: 'district', kind: 'district', name: 'District' },
        { id: 'hs', kind: 'high_school', name: 'High School', parentId: 'district' },
        { id: 'college', kind: 'college', name: 'Community College' },
        { id: 'employer', kind: 'employer', name: 'Employer' },
      ],
      courses,
      creditAgreements: credited.map((hs, i) => ({
        id: `agreement-${i}`,
        type: 'dual_credit' as const,
        secondaryCourseId: hs.id,
        postsecondaryCourseId: `cc-credit-${i}`,
        credits: 3,
        secondaryInstitutionId: 'hs',
        postsecondaryInstitutionId: 'college',
        effectiveFrom: '2025-07-01',
        effectiveTo: '2027-06-30',
      })),
      credentials: [
        {
          id: 'cert',
          title: { en: 'Industry certification' },
          type: 'industry_certification',
          issuer: 'Board',
          level: 'entry',
          stacksInto: [],
        },
        {
          id: 'associate',
          title: { en: 'Associate degree' },
          type: 'associate',
          issuer: 'College',
          level: 'mid',
          stacksInto: [],
        },
        {
          id: 'bachelor',
          title: { en: "Bachelor's degree" },
          type: 'bachelor',
          issuer: 'University',
          level: 'high',
          stacksInto: [],
        },
      ],
    },
  };
}

function time(run: () => void, rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function benchValidate(
  options: { programs?: number; rounds?: number; profile?: string } = {},
): Promise<ValidateBenchResult> {
  const count = options.programs ?? 10_000;
  const profileName = options.profile ?? 'state-example';
  const profile = builtInProfile(profileName);
  if (!profile) throw new Error(`no built-in profile ${profileName}`);
  const rounds = options.rounds ?? 5;
  const texts: string[] = [];
  let courses = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const program = generateProgram(i + 1);
    courses += program.program.steps.reduce((n, s) => n + s.courses.length, 0);
    const text = JSON.stringify(program);
    bytes += text.length;
    texts.push(text);
  }
  const knownPathways = new Set(PATHWAYS);
  const onet: Record<string, string[]> = { '15-1252.00': ['11-03'], '15-1232.00': ['11-01'] };
  const pathwayCodesOf = (soc: string) => onet[soc];
  // Entry data, so untied exit points derive their jobs by level (domain/program/exit-points.ts).
  const entries: Record<string, OccupationEntry> = {
    '15-1252.00': { jobZone: 4, entryEducation: "Bachelor's degree" },
    '15-1232.00': { jobZone: 3, entryEducation: 'Some college, no degree' },
  };
  const occupationEntryOf = (soc: string) => entries[soc];
  let withErrors = 0;
  let sink = 0;
  const parse = () => {
    for (const text of texts) sink += (JSON.parse(text) as TProgramFile).program.steps.length;
  };
  const schema = () => {
    for (const text of texts) sink += ZProgramFile.parse(JSON.parse(text)).program.steps.length;
  };
  const validate = () => {
    withErrors = 0;
    for (const text of texts) {
      const findings = validateProgram(ZProgramFile.parse(JSON.parse(text)), {
        knownPathways,
        pathwayCodesOf,
        occupationEntryOf,
        profile,
        today: '2026-11-01',
      });
      if (hasErrors(findings)) withErrors++;
      sink += findings.length;
    }
  };
  // Warm up every path once, then take the best of `rounds` of each, interleaved.
  parse();
  schema();
  validate();
  let parseMs = Infinity;
  let schemaMs = Infinity;
  let validateMs = Infinity;
  for (let r = 0; r < rounds; r++) {
    parseMs = Math.min(parseMs, time(parse, 1));
    schemaMs = Math.min(schemaMs, time(schema, 1));
    validateMs = Math.min(validateMs, time(validate, 1));
  }
  if (sink < 0) console.log(sink);
  return {
    profile: profileName,
    programs: count,
    averageCourses: courses / count,
    averageBytes: bytes / count,
    parseMs,
    schemaMs,
    validateMs,
    withErrors,
    ratio: validateMs / parseMs,
  };
}

export function printValidate(result: ValidateBenchResult): void {
  const perSecond = (ms: number) => ((result.programs / ms) * 1000).toFixed(0).padStart(12);
  console.log(
    `\nProgram validation, profile ${result.profile} (${result.programs} programs, ${result.averageCourses.toFixed(1)} courses and ` +
      `${(result.averageBytes / 1024).toFixed(1)} KB each, best of rounds)`,
  );
  console.log('step                                            programs/s        ms');
  console.log(
    `JSON.parse                                    ${perSecond(result.parseMs)}${result.parseMs.toFixed(0).padStart(10)}`,
  );
  console.log(
    `JSON.parse + ZProgramFile.parse               ${perSecond(result.schemaMs)}${result.schemaMs.toFixed(0).padStart(10)}`,
  );
  console.log(
    `JSON.parse + ZProgramFile.parse + validate    ${perSecond(result.validateMs)}${result.validateMs.toFixed(0).padStart(10)}`,
  );
  console.log(
    `ratio validate/parse ${result.ratio.toFixed(2)} (target <= 5)` +
      (result.withErrors > 0 ? `; ${result.withErrors} generated programs had errors` : ''),
  );
}
