import { describe, expect, it } from 'vitest';
import type { TPlan } from '../contracts/plans.ts';
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
});
