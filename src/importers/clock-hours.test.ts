/**
 * Courses counted in clock hours: a registered apprenticeship's related instruction (144 hours a
 * year, with 2,000 hours on the job, as Union County Vocational-Technical Schools, NJ, and the
 * Construction Industry Training Council of Washington publish their electrician programs) may
 * earn no college credit (creditHours 0, then clockHours is required), or both (a college's
 * "Electrical Theory 1: 4 credits, 144 class hours"). The diagram, the PDF and the CSV say the
 * hours in English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import type { TProgramDetail } from '../contracts/program-api.ts';
import { ZCourse, type TProgramFile } from '../contracts/program.ts';
import type { Lang } from '../domain/framework.ts';
import { collegeCourse } from '../domain/program/test-builders.ts';
import { creditsText } from '../domain/program/pos-texts.ts';
import { modify, softwareProgram, stepOf } from '../domain/program/test-factories.ts';
import { draftDetail } from '../../test/program-detail.ts';
import { HAS_PDFTOTEXT, pdfText, REQUIRED } from '../../test/pdf-text.ts';
import { programToCsv } from './program-csv.ts';
import { programToPdf } from './program-pdf.ts';

const relatedInstruction = collegeCourse('rti-1', 'ELEC 101', 'Electrical Theory 1', 'cte', {
  creditHours: 0,
  clockHours: 144,
});
const theoryForCredit = collegeCourse('elt-1', 'ELT 101', 'Electrical Theory 1', 'cte', {
  creditHours: 4,
  clockHours: 144,
});

function withHours(): TProgramFile {
  return modify(softwareProgram(), (f) => {
    f.catalog.courses.push(relatedInstruction, theoryForCredit);
    stepOf(f, 'postsecondary-1', 'fall').courses.push('rti-1', 'elt-1');
  });
}

const detail = (file: TProgramFile, lang: Lang): TProgramDetail => draftDetail(file, lang, 'hours');

describe('courses counted in clock hours', () => {
  it('may earn no credit only when they give their hours', () => {
    expect(ZCourse.safeParse(relatedInstruction).success).toBe(true);
    expect(ZCourse.safeParse(theoryForCredit).success).toBe(true);
    const { clockHours: _, ...noHours } = relatedInstruction;
    const missing = ZCourse.safeParse(noHours);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path)).toEqual([['clockHours']]);
    for (const clockHours of [0, 2.5, 10001])
      expect(
        ZCourse.safeParse({ ...relatedInstruction, clockHours }).success,
        `${clockHours}`,
      ).toBe(false);
    expect(ZCourse.safeParse({ ...relatedInstruction, creditHours: -1 }).success).toBe(false);
    // A variable-credit course still earns more than its least.
    expect(ZCourse.safeParse({ ...theoryForCredit, creditHoursMin: 4 }).success).toBe(false);
  });

  it('say their hours alone, or after their credit, in English and Spanish', () => {
    const noCredit = { credits: 0, creditUnit: 'credit_hours' as const, clockHours: 144 };
    const credit = { credits: 4, creditUnit: 'credit_hours' as const, clockHours: 144 };
    expect(creditsText('en', noCredit)).toBe('144 clock hours');
    expect(creditsText('es', noCredit)).toBe('144 horas de instrucción');
    expect(creditsText('en', credit)).toBe('4 cr (144 clock hours)');
    expect(creditsText('es', { ...credit, clockHours: 1 })).toBe('4 cr (1 hora de instrucción)');
    expect(creditsText('en', { credits: 3, creditUnit: 'credit_hours' })).toBe('3 cr');
  });

  it('carry their hours to the course view and the CSV (hours in the unit clock_hours when no credit)', () => {
    for (const lang of ['en', 'es'] as const) {
      const p = detail(withHours(), lang);
      const courses = p.steps.flatMap((s) => s.courses);
      expect(courses.find((c) => c.id === 'rti-1')).toMatchObject({ credits: 0, clockHours: 144 });
      expect(courses.find((c) => c.id === 'elt-1')).toMatchObject({ credits: 4, clockHours: 144 });
      expect(courses.find((c) => c.id === 'cis-133')?.clockHours).toBeUndefined();
      const rows = programToCsv(p).split(/\r?\n/);
      const row = (code: string) => rows.find((r) => r.includes(`,${code},`)) ?? '';
      expect(row('ELEC 101')).toContain(
        lang === 'es' ? ',144,horas de instrucción,' : ',144,clock_hours,',
      );
      expect(row('ELT 101')).toContain(lang === 'es' ? ',4,horas de crédito,' : ',4,credit_hours,');
    }
  });

  it.skipIf(!HAS_PDFTOTEXT && !REQUIRED)('say their hours in the PDF', async () => {
    const en = pdfText(await programToPdf(detail(withHours(), 'en'))).replace(/\s+/g, ' ');
    expect(en).toContain('ELEC 101 Electrical Theory 1 — 144 clock hours');
    expect(en).toContain('ELT 101 Electrical Theory 1 — 4 cr (144 clock hours)');
    const es = pdfText(await programToPdf(detail(withHours(), 'es'))).replace(/\s+/g, ' ');
    expect(es).toContain('144 horas de instrucción');
  });
});
