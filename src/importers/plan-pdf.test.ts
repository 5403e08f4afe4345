import { describe, expect, it } from 'vitest';
import type { TPlan } from '../contracts/plans.ts';
import type { TTransferCredit } from '../contracts/transfer.ts';
import { HAS_PDFTOTEXT, pdfText, REQUIRED, undrawable } from '../../test/pdf-text.ts';
import { planToPdf } from './plan-pdf.ts';
import { MARKS } from './program-pdf.ts';

const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length;

const LEVELS = ['grade-9', 'grade-10', 'grade-11', 'grade-12'] as const;
const POST = ['postsecondary-1', 'postsecondary-2', 'postsecondary-3', 'postsecondary-4'] as const;

function plan(options: { perGrade: number; years: number; perYear: number; findings: number }) {
  const courses = LEVELS.flatMap((level) =>
    Array.from({ length: options.perGrade }, (_, i) => ({
      courseId: `${level}-${i}`,
      level,
      dualCredit: i === 0,
      code: `C-${i}`,
      title: `A course with a fairly long title number ${i}`,
      titleLang: 'en' as const,
      credits: 1,
      kind: 'academic' as const,
    })),
  );
  return {
    studentId: 's1',
    districtId: 'd1',
    version: 2,
    currentVersion: 2,
    programId: 'p',
    programVersion: 1,
    programTitle: 'Software Development',
    pathway: { code: '11-03', title: 'Programming & Software Development' },
    careerChoices: [],
    choices: [],
    programTitleLang: 'en' as const,
    courses,
    credentials: [
      {
        credentialId: 'pcep',
        level: 'grade-10' as const,
        title: 'PCEP – Certified Entry-Level Python Programmer',
        type: 'industry_certification' as const,
      },
    ],
    credentialChoices: [],
    workBasedLearning: [
      {
        level: 'grade-11' as const,
        type: 'job_shadow' as const,
        title: 'Un día con un equipo de desarrollo',
        titleLang: 'es' as const,
        titleText: { en: 'A day with a software team', es: 'Un día con un equipo de desarrollo' },
        employer: 'Riverside Software Co.',
      },
    ],
    postsecondary: POST.slice(0, options.years).map((level) => ({
      level,
      courses: Array.from({ length: options.perYear }, (_, i) => `${level}-course-${i}`),
      credentials: [`${level}-credential`],
      workBasedLearning: [{ type: 'internship' as const, title: 'Summer internship' }],
    })),
    exitPoints: [
      {
        soc: '15-1252.00',
        title: 'Software Developers',
        titleLang: 'en' as const,
        point: 'exit' as const,
      },
    ],
    goals: {
      career: { title: 'Software Developers' },
      postsecondary: { kind: 'degree' as const, text: 'Computer science' },
      benchmarks: LEVELS.map((_, i) => ({ grade: 9 + i, text: 'Pass every class', done: i === 0 })),
    },
    findings: Array.from({ length: options.findings }, (_, i) => ({
      rule: 'prerequisite' as const,
      courseId: `c${i}`,
      level: 'grade-9',
      message: `Course ${i} needs another course first: pass it or plan it in an earlier grade.`,
    })),
    signatures: [
      {
        role: 'student' as const,
        signerId: 's1',
        signedAt: '2026-09-01T00:00:00Z',
        lang: 'es' as const,
      },
    ],
    unsigned: ['guardian' as const, 'counselor' as const],
    reviewedAt: null,
    reviewDue: true,
    history: [],
  } satisfies TPlan;
}

/** The plan with a grade-11 choice picked (its second course) and a grade-12 choice left open. */
function withChoices(base: TPlan): TPlan {
  const option = (courseId: string, title: string) => ({
    courseId,
    code: courseId.toUpperCase(),
    title,
    titleLang: 'en' as const,
    credits: 1,
  });
  return {
    ...base,
    courses: base.courses.map((c) =>
      c.courseId === 'grade-11-1' ? { ...c, title: 'Web Design and Development', choice: 0 } : c,
    ),
    choices: [
      {
        level: 'grade-11',
        choose: 1,
        options: [
          option('grade-11-1', 'Web Design and Development'),
          option('ap-csa', 'AP Computer Science A'),
        ],
        picked: ['grade-11-1'],
      },
      {
        level: 'grade-12',
        choose: 1,
        options: [option('gov', 'Government'), option('econ', 'Economics')],
        picked: [],
      },
    ],
  };
}

const transfer = (over: Partial<TTransferCredit>): TTransferCredit => ({
  id: 't1',
  studentId: 's1',
  districtId: 'd1',
  kind: 'transfer',
  earnedAt: { name: 'Lakeview High School', state: 'TX', institutionId: null },
  course: { title: 'Welding I', code: 'AG 110', scedCode: '13203' },
  flags: [],
  schoolYear: 2025,
  term: 'year',
  creditsAttempted: 1,
  creditsEarned: 1,
  grade: 'A',
  result: 'pass',
  countsAs: { kind: 'course', code: 'WLD-1' },
  attemptKey: 'transfer:t1',
  createdBy: null,
  createdAt: '2025-06-01T00:00:00.000Z',
  ...over,
});
const TRANSFERS = [
  transfer({}),
  transfer({
    id: 't2',
    kind: 'dual_credit',
    earnedAt: { name: 'Riverside Valley Community College', state: null, institutionId: null },
    course: { title: 'College Algebra', code: 'MTH 111', scedCode: null },
    flags: ['H', 'DE'],
    schoolYear: 2024,
    creditsEarned: 0.5,
    countsAs: { kind: 'sced', scedCode: '02056' },
  }),
  transfer({
    id: 't3',
    course: { title: 'Photography', code: null, scedCode: null },
    countsAs: { kind: 'elective' },
  }),
  // Under way: not earned yet, so not printed.
  transfer({
    id: 't4',
    course: { title: 'Robotics II', code: 'ROB 2', scedCode: null },
    result: 'in_progress',
    creditsEarned: 0,
  }),
];

describe('plan PDF', () => {
  it('fits a full four-year plan with its postsecondary years on one landscape page', async () => {
    for (const lang of ['en', 'es'] as const) {
      const pdf = await planToPdf(
        plan({ perGrade: 7, years: 2, perYear: 5, findings: 3 }),
        'Alex',
        lang,
      );
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pages(pdf), lang).toBe(1);
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 792 612\]/);
    }
  });

  it('takes a second page only for many postsecondary years, never a third', async () => {
    const many = plan({ perGrade: 7, years: 4, perYear: 45, findings: 3 });
    expect(pages(await planToPdf(many, 'Alex', 'en'))).toBe(2);
    const crowded = plan({ perGrade: 12, years: 4, perYear: 45, findings: 60 });
    expect(pages(await planToPdf(crowded, 'Alex', 'es'))).toBe(2);
    const noYears = plan({ perGrade: 12, years: 0, perYear: 0, findings: 60 });
    expect(pages(await planToPdf(noYears, 'Alex', 'en'))).toBe(1);
  });

  it('keeps page one to one page with the transfer credit column and the choices', async () => {
    const full = withChoices(plan({ perGrade: 7, years: 2, perYear: 5, findings: 3 }));
    for (const lang of ['en', 'es'] as const)
      expect(pages(await planToPdf(full, 'Alex', lang, new Map(), TRANSFERS)), lang).toBe(1);
    const many = Array.from({ length: 40 }, (_, i) =>
      transfer({ id: `m${i}`, schoolYear: 2000 + i }),
    );
    expect(pages(await planToPdf(full, 'Alex', 'en', new Map(), many))).toBe(1);
  });
});

describe.skipIf(!HAS_PDFTOTEXT && !REQUIRED)('plan PDF text', () => {
  it('shows credentials (★) and work-based learning (◆) in their grade, drawable, EN and ES', async () => {
    for (const lang of ['en', 'es'] as const) {
      const text = pdfText(
        await planToPdf(plan({ perGrade: 3, years: 2, perYear: 2, findings: 1 }), 'Álex', lang),
      );
      const flat = text.replace(/\s+/g, ' ');
      expect(undrawable(text), 'characters the font cannot draw').toEqual([]);
      expect(flat).toContain(`${MARKS.credential} PCEP`);
      expect(flat).toContain(`${MARKS.wbl} `);
      expect(flat).toContain('Riverside Software Co.');
      expect(flat).toContain(lang === 'es' ? 'Aprendizaje en el trabajo' : 'Work-based learning');
      expect(flat).toContain(lang === 'es' ? 'Leyenda' : 'Legend');
    }
  });

  it('prints the transfer credit already earned, where, when and how it counts, EN and ES', async () => {
    const base = plan({ perGrade: 3, years: 1, perYear: 2, findings: 1 });
    const flat = async (lang: 'en' | 'es', credits: readonly TTransferCredit[]) =>
      pdfText(await planToPdf(base, 'Álex', lang, new Map(), credits)).replace(/\s+/g, ' ');
    const en = await flat('en', TRANSFERS);
    expect(en).toContain('Transfer credit already earned');
    expect(en).toContain(
      'Welding I (AG 110) · Lakeview High School, 2024–25 · 1 cr. · counts here as WLD-1',
    );
    expect(en).toContain('College Algebra (MTH 111), honors, dual enrollment');
    expect(en).toContain('2023–24 · 0.5 cr. · counts by SCED code 02056');
    expect(en).toContain('Photography · Lakeview High School, 2024–25 · 1 cr. · elective credit');
    expect(en).not.toContain('Robotics II');
    // Earlier years first.
    expect(en.indexOf('College Algebra')).toBeLessThan(en.indexOf('Welding I'));
    const es = await flat('es', TRANSFERS);
    expect(undrawable(es), 'characters the font cannot draw').toEqual([]);
    expect(es).toContain('Crédito transferido ya obtenido');
    expect(es).toContain('cuenta aquí como WLD-1');
    expect(es).toContain('honores, crédito dual');
    // US Spanish (es-US) writes a decimal point, as the rest of the plan does.
    expect(es).toContain('0.5 cr. · cuenta por el código SCED 02056');
    expect(es).toContain('crédito de materia optativa');
    // None earned: no column.
    expect(await flat('en', [TRANSFERS[3]!])).not.toContain('Transfer credit');
  });

  it('marks a course picked for a choice with its options, and a choice still open, EN and ES', async () => {
    const chosen = withChoices(plan({ perGrade: 3, years: 1, perYear: 2, findings: 1 }));
    const flat = async (lang: 'en' | 'es') =>
      pdfText(await planToPdf(chosen, 'Álex', lang)).replace(/\s+/g, ' ');
    const en = await flat('en');
    expect(en).toContain(
      'Web Design and Development (C-1) 1 cr. · one of: Web Design and Development, AP Computer Science A',
    );
    expect(en).toContain('Still to choose: one of: Government, Economics');
    // Courses of no choice carry no mark.
    expect(en.match(/one of:/g)).toHaveLength(2);
    const es = await flat('es');
    expect(es).toContain('· uno de: Web Design and Development, AP Computer Science A');
    expect(es).toContain('Falta elegir: uno de: Government, Economics');
    const plain = pdfText(
      await planToPdf(plan({ perGrade: 3, years: 1, perYear: 2, findings: 1 }), 'Álex', 'en'),
    );
    expect(plain).not.toContain('one of');
  });
});
