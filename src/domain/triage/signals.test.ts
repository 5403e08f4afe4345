import { describe, expect, it } from 'vitest';
import type { CourseAttempt } from '../requirements/attempts.ts';
import { attempt, leaf, setOf } from '../requirements/test-factories.ts';
import { gradePointAverage } from './gpa.ts';
import { SIGNAL_LABELS, signalReason, signalReasonParts } from './reasons.ts';
import {
  SIGNAL_CODES,
  expectedCredits,
  triageStudent,
  type Signal,
  type TriagePlan,
  type TriageStudent,
} from './signals.ts';

/** 20 credits of anything: the expected credits are 0, 5, 10 and 15 in grades 9–12. */
const SET = setOf({
  id: 'root',
  title: { en: 'Diploma' },
  type: 'credits_of',
  credits: 20,
  children: [leaf('english', { scedSubjects: ['01'] }, { minCredits: 4 })],
  select: { codes: ['*'] },
});
const NOW = new Date('2026-11-26T12:00:00Z'); // school year 2026–27 (ending 2027)

const plan = (over: Partial<TriagePlan> = {}): TriagePlan => ({
  reviewedAt: new Date('2026-09-15T00:00:00Z'),
  guardianSigned: true,
  programCodes: new Set(),
  dualCredit: [],
  ...over,
});
const student = (over: Partial<TriageStudent> = {}): TriageStudent => ({
  grade: 9,
  attempts: [],
  exceptions: [],
  plan: plan(),
  hasInterestProfile: true,
  ...over,
});
const codes = (s: TriageStudent) =>
  triageStudent(s, { set: SET, now: NOW }).signals.map((x) => x.code);
const passed = (n: number, year: number) =>
  Array.from({ length: n }, (_, i) => attempt(`ELEC-${year}-${i}`, { schoolYear: year }));

describe('caseload triage signals', () => {
  it('finds none for a grade-9 student with a reviewed, signed plan and an interest profile', () => {
    expect(codes(student())).toEqual([]);
  });

  it('expects the total × years completed / 4 credits', () => {
    expect([9, 10, 11, 12].map((g) => expectedCredits(22, g))).toEqual([0, 5.5, 11, 16.5]);
  });

  it('flags credits behind what the grade needs, from the requirement set', () => {
    // Grade 11: 10 expected; 9 earned is behind, 10 is not.
    const behind = triageStudent(student({ grade: 11, attempts: passed(9, 2026) }), {
      set: SET,
      now: NOW,
    });
    expect(behind.signals).toContainEqual({
      code: 'credits_behind',
      earned: 9,
      expected: 10,
      required: 20,
      grade: 11,
    });
    expect(codes(student({ grade: 11, attempts: passed(10, 2026) }))).not.toContain(
      'credits_behind',
    );
    // In-progress courses are not earned yet.
    const inProgress = passed(4, 2027).map((a) => ({
      ...a,
      result: 'in_progress' as const,
      creditsEarned: 0,
      grade: null,
    }));
    expect(codes(student({ grade: 10, attempts: [...passed(4, 2026), ...inProgress] }))).toContain(
      'credits_behind',
    );
  });

  it('flags a failed core course (SCED 01–04) until it is passed, and not an elective', () => {
    const failed = attempt('02052', { result: 'fail', title: 'Algebra I', schoolYear: 2027 });
    expect(codes(student({ attempts: [failed] }))).toContain('failed_core');
    const madeUp = attempt('02052', { schoolYear: 2027, term: 'summer' });
    expect(codes(student({ attempts: [failed, madeUp] }))).not.toContain('failed_core');
    // Passed again, but with its credit withheld: still not made up.
    const withheld = { ...madeUp, key: 'withheld', creditsEarned: 0, grade: 'D' };
    expect(codes(student({ attempts: [failed, withheld] }))).toContain('failed_core');
    const art = attempt('05001', { result: 'fail', schoolYear: 2027 });
    expect(codes(student({ attempts: [art] }))).toEqual(['low_grade9_gpa']);
    const reason = signalReason(
      triageStudent(student({ attempts: [failed] }), { set: SET, now: NOW }).signals[0]!,
      'es',
    );
    expect(reason).toBe('Reprobó y aún no recupera: Algebra I.');
  });

  it("flags a failed course of the plan's program of study", () => {
    const failed = attempt('RHS-HS-2', { result: 'fail', title: 'Patient Care', schoolYear: 2026 });
    const s = student({ grade: 10, attempts: [...passed(6, 2026), failed] });
    expect(codes(s)).not.toContain('failed_program');
    const inProgram = { ...s, plan: plan({ programCodes: new Set(['RHS-HS-2']) }) };
    const signals = triageStudent(inProgram, { set: SET, now: NOW }).signals;
    expect(signals).toContainEqual({ code: 'failed_program', courses: [{ en: 'Patient Care' }] });
    expect(
      signalReason(
        signals.find((x) => x.code === 'failed_program')!,
        'en',
      ),
    ).toBe('Failed a course of their program of study: Patient Care.');
  });

  it('compares course codes by their key: another spelling of a program course, or of a retake, is that course', () => {
    const failed = attempt('CTE 101', { result: 'fail', title: 'Patient Care', schoolYear: 2026 });
    const inProgram = student({
      grade: 10,
      attempts: [...passed(6, 2026), failed],
      plan: plan({ programCodes: new Set(['cte-101']) }),
    });
    expect(codes(inProgram)).toContain('failed_program');
    const retaken = attempt('CTE101', { title: 'Patient Care', schoolYear: 2027 });
    expect(codes({ ...inProgram, attempts: [...inProgram.attempts, retaken] })).not.toContain(
      'failed_program',
    );
  });

  it('computes the grade-9 GPA credits-weighted and flags 2.0 or below', () => {
    const year9 = 2026; // a grade-10 student's grade-9 year
    const attempts = [
      attempt('01001', { grade: 'C', schoolYear: year9, creditsAttempted: 1 }),
      attempt('02052', { grade: 'D', schoolYear: year9, creditsAttempted: 1 }),
      attempt('03001', { grade: 'A', schoolYear: year9, creditsAttempted: 0.5 }),
      attempt('ELEC-1', { grade: 'P', schoolYear: year9 }),
      attempt('01002', { grade: 'A', schoolYear: 2027 }), // grade 10: not counted
    ];
    // (2 + 1 + 4 × 0.5) / 2.5 = 2.0
    expect(gradePointAverage(attempts.slice(0, 4))).toBe(2);
    const result = triageStudent(student({ grade: 10, attempts }), { set: SET, now: NOW });
    expect(result.grade9Gpa).toBe(2);
    expect(result.signals).toContainEqual({ code: 'low_grade9_gpa', gpa: 2 });
    const better = attempts.map((a) => (a.code === '02052' ? { ...a, grade: 'B' } : a));
    expect(codes(student({ grade: 10, attempts: better }))).not.toContain('low_grade9_gpa');
    expect(gradePointAverage([attempt('X', { grade: null })])).toBeNull();
  });

  it("counts a summer course in the grade-9 GPA when it is filed in grade 9's year (the summer after it)", () => {
    const year9 = 2026; // a grade-10 student's grade-9 year: 2025–26, and the summer of 2026
    const regular = attempt('01001', { grade: 'C', schoolYear: year9 });
    const summer = attempt('02052', {
      grade: 'F',
      result: 'fail',
      schoolYear: year9,
      term: 'summer',
    });
    const after = { ...summer, schoolYear: 2027 }; // had it been filed with grade 10
    const gpa = (attempts: CourseAttempt[]) =>
      triageStudent(student({ grade: 10, attempts }), { set: SET, now: NOW }).grade9Gpa;
    expect(gpa([regular, summer])).toBe(1);
    expect(gpa([regular, after])).toBe(2);
  });

  it('flags no plan, a plan not reviewed since July 1, and no guardian sign-off', () => {
    expect(codes(student({ plan: null }))).toEqual(['no_plan']);
    expect(
      codes(student({ plan: plan({ reviewedAt: new Date('2026-06-30T00:00:00Z') }) })),
    ).toEqual(['plan_not_reviewed']);
    expect(codes(student({ plan: plan({ reviewedAt: null, guardianSigned: false }) }))).toEqual([
      'plan_not_reviewed',
      'guardian_unsigned',
    ]);
  });

  it('flags no interest profile only when the caller may know', () => {
    expect(codes(student({ hasInterestProfile: false }))).toEqual(['no_interest_profile']);
    expect(codes(student({ hasInterestProfile: undefined }))).toEqual([]);
  });

  it('flags a dual-credit deadline within 30 days for a planned course not yet passed', () => {
    const dual = (deadlines: string[]) =>
      plan({ dualCredit: [{ code: 'RHS-IT-3', title: { en: 'Python' }, deadlines }] });
    const signal = triageStudent(student({ plan: dual(['2027-06-30', '2026-12-10']) }), {
      set: SET,
      now: NOW,
    }).signals;
    expect(signal).toEqual([
      { code: 'dual_credit_deadline', course: { en: 'Python' }, date: '2026-12-10', days: 14 },
    ]);
    expect(signalReason(signal[0]!, 'en')).toBe(
      'Python: the dual-credit deadline is December 10, 2026, in 14 days.',
    );
    expect(codes(student({ plan: dual(['2026-12-27']) }))).toEqual([]); // 31 days
    expect(codes(student({ plan: dual(['2026-11-25']) }))).toEqual([]); // passed by
    expect(codes(student({ plan: dual(['2026-11-26']) }))).toEqual(['dual_credit_deadline']);
    const took = [attempt('RHS-IT-3', { schoolYear: 2027, term: 'fall' })];
    expect(codes(student({ plan: dual(['2026-12-10']), attempts: took }))).toEqual([]);
  });

  it('words every signal in English and Spanish without a placeholder left', () => {
    const samples: Signal[] = [
      { code: 'credits_behind', earned: 4.5, expected: 5.5, required: 22, grade: 10 },
      { code: 'failed_core', courses: [{ en: 'Algebra I', es: 'Álgebra I' }, { en: 'Biology' }] },
      { code: 'failed_program', courses: [{ en: 'Welding I' }] },
      { code: 'low_grade9_gpa', gpa: 1.75 },
      { code: 'no_plan' },
      { code: 'plan_not_reviewed' },
      { code: 'guardian_unsigned' },
      { code: 'no_interest_profile' },
      { code: 'dual_credit_deadline', course: { en: 'Python' }, date: '2026-12-01', days: 1 },
    ];
    expect(samples.map((s) => s.code)).toEqual([...SIGNAL_CODES]);
    for (const s of samples)
      for (const lang of ['en', 'es'] as const) {
        const text = signalReason(s, lang);
        expect(text).not.toMatch(/[{}#]/);
        expect(SIGNAL_LABELS[s.code][lang]).toBeTruthy();
      }
    expect(signalReason(samples[0]!, 'es')).toBe(
      'Tiene 4.5 de 22 créditos; en 10.º grado se esperan 5.5 a estas alturas.',
    );
    // A set that counts years of coursework (UC a-g) says years.
    const years: Signal = {
      code: 'credits_behind',
      earned: 6,
      expected: 7.5,
      required: 15,
      grade: 10,
      unit: 'years',
    };
    expect([signalReason(years, 'en'), signalReason(years, 'es')]).toEqual([
      '6 of 15 years earned; grade 10 expects 7.5 by now.',
      'Tiene 6 de 15 años; en 10.º grado se esperan 7.5 a estas alturas.',
    ]);
    // A course with a Spanish title uses it; one the school wrote only in English is marked.
    expect(signalReasonParts(samples[1]!, 'es')).toEqual([
      { text: 'Reprobó y aún no recupera: Álgebra I y ' },
      { text: 'Biology', lang: 'en' },
      { text: '.' },
    ]);
    expect(signalReason(samples[1]!, 'en')).toBe(
      'Failed and not yet made up: Algebra I and Biology.',
    );
    expect(signalReason(samples[8]!, 'es')).toBe(
      'Python: el plazo del crédito dual es el 1 de diciembre de 2026, en 1 día.',
    );
  });
});
