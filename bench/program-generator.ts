/**
 * The programs of study the validation benchmark (validate.ts) times: seeded, so every run
 * generates the same ones; each valid, with 20–40 courses, its catalog, credit agreements and
 * credentials.
 */
import type { TCourse, TProgramFile, TStep, TStepLevel } from '../src/contracts/program.ts';

export const PATHWAYS = ['08-05', '11-01', '11-02', '11-03', '11-04', '13-05'];
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
