import { describe, expect, it } from 'vitest';
import type { TCourse, TCreditAgreement, TSecondaryCourse } from '../../contracts/program.ts';
import type { StudentRow } from '../../db/roster-repository.ts';
import { loadPlanCatalog } from './plan-context.ts';

const course = (id: string): TSecondaryCourse => ({
  id,
  institutionId: 'hs',
  title: { en: id },
  kind: 'cte',
  subject: 'cte',
  pathwayCodes: [],
  prerequisites: [],
  corequisites: [],
  level: 'secondary',
  stateCode: id.toUpperCase(),
  carnegieUnits: 1,
  gradeMin: 9,
  gradeMax: 12,
});

const agreement = (
  secondaryCourseId: string,
  type: TCreditAgreement['type'],
  effectiveTo?: string,
): TCreditAgreement => ({
  id: `${secondaryCourseId}-${type}`,
  type,
  secondaryCourseId,
  postsecondaryCourseId: 'college-101',
  credits: 3,
  secondaryInstitutionId: 'hs',
  postsecondaryInstitutionId: 'college',
  effectiveFrom: '2024-07-01',
  ...(effectiveTo ? { effectiveTo } : {}),
});

const courses = ['dual', 'articulated', 'concurrent', 'exam', 'ended', 'none'].map(course);
const agreements = [
  agreement('dual', 'dual_credit', '2030-06-30'),
  agreement('articulated', 'articulated_credit'),
  agreement('concurrent', 'concurrent_enrollment'),
  agreement('exam', 'exam_credit'),
  agreement('ended', 'dual_credit', '2026-06-30'),
];
const repos = {
  catalog: {
    listCourses: async ({ institutionId }: { institutionId?: string }) =>
      institutionId === 'hs' ? courses : [],
    findCatalog: async () => ({
      institutions: [],
      courses: [],
      credentials: [],
      creditAgreements: agreements,
    }),
  },
  transcripts: { ofStudent: async () => [] },
  transfers: { ofStudent: async () => [] },
} as unknown as Parameters<typeof loadPlanCatalog>[0];
const student = { userId: 's', districtId: 'd', schoolId: 'hs' } as StudentRow;

describe('loadPlanCatalog', () => {
  it('takes a dual credit mark only where an agreement in force gives college credit', async () => {
    const catalog = await loadPlanCatalog(repos, student, [], new Date('2026-11-26T00:00:00Z'));
    expect([...catalog.creditAgreements].sort()).toEqual(['articulated', 'concurrent', 'dual']);
    expect([...catalog.dualCredit]).toEqual(['dual']);
    const before = await loadPlanCatalog(repos, student, [], new Date('2026-06-30T12:00:00Z'));
    expect(before.creditAgreements.has('ended')).toBe(true);
  });

  it('a prerequisite is passed with a passing mark, whether or not it earned credit', async () => {
    const row = (code: string, result: string, attempted: number, earned: number) => ({
      courseCode: code,
      result,
      creditsAttempted: attempted,
      creditsEarned: earned,
    });
    const withRows = {
      ...repos,
      transcripts: {
        ofStudent: async () => [
          row('dual', 'pass', 1, 0), // credit withheld
          row('articulated', 'pass', 0, 0), // carries no credit
          row('concurrent', 'pass', 1, 1),
          row('exam', 'fail', 1, 0),
          row('ended', 'withdrawn', 1, 0),
        ],
      },
    } as unknown as Parameters<typeof loadPlanCatalog>[0];
    const catalog = await loadPlanCatalog(withRows, student, [], new Date('2026-11-26T00:00:00Z'));
    expect([...catalog.passed].sort()).toEqual(['articulated', 'concurrent', 'dual']);
  });

  it('a college course is passed whichever way the transcript writes its code', async () => {
    const college = (id: string, prefix: string, number: string) =>
      ({
        id,
        institutionId: 'college',
        title: { en: id },
        kind: 'academic',
        pathwayCodes: [],
        prerequisites: [],
        corequisites: [],
        level: 'postsecondary',
        prefix,
        number,
        creditHours: 3,
      }) as unknown as TCourse;
    const programCourses = [
      college('engl', 'ENGL', '101'),
      college('math', 'MATH', '120'),
      college('hist', 'HIST', '110'),
      college('weld', '413', '520'),
      college('biol', 'BIOL', '1010'),
    ];
    const transfer = (code: string, kind: string, result = 'pass') => ({
      kind,
      result,
      course: { code, title: code, scedCode: null },
      countsAs: { kind: 'elective' },
    });
    const withRecords = {
      ...repos,
      catalog: { ...repos.catalog, listCourses: async () => programCourses },
      transcripts: {
        ofStudent: async () => [
          { courseCode: 'ENGL-101', result: 'pass', creditsAttempted: 3, creditsEarned: 3 },
        ],
      },
      transfers: {
        ofStudent: async () => [
          transfer('MATH120', 'dual_credit'),
          transfer('HIST 110', 'dual_credit', 'fail'),
          transfer('413-520', 'dual_credit'),
          // Another school's course, not the college's: not the program's college course.
          transfer('BIOL 1010', 'transfer'),
        ],
      },
    } as unknown as Parameters<typeof loadPlanCatalog>[0];
    const catalog = await loadPlanCatalog(withRecords, student, [], new Date('2026-11-26'));
    expect([...catalog.passed].sort()).toEqual(['engl', 'math', 'weld']);
  });
});
