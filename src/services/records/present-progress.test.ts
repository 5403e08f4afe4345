import { describe, expect, it } from 'vitest';
import { checkProgress } from '../../domain/requirements/evaluate.ts';
import { attempt, leaf, setOf } from '../../domain/requirements/test-factories.ts';
import { presentCheck } from './present-progress.ts';

describe('the progress check as the API gives it', () => {
  const root = leaf('cte', { codes: ['CTE-*'] });
  const attempts = [attempt('CTE-1')];

  it('marks a set title with no Spanish version as English on a Spanish page', () => {
    const check = checkProgress(setOf(root, { title: { en: 'Cybersecurity' } }), attempts);
    expect(presentCheck(check, attempts, 'es')).toMatchObject({
      setTitle: 'Cybersecurity',
      setTitleLang: 'en',
    });
    expect(presentCheck(check, attempts, 'en')).toMatchObject({
      setTitle: 'Cybersecurity',
      setTitleLang: 'en',
    });
  });

  it('gives the Spanish title in Spanish when there is one', () => {
    const check = checkProgress(
      setOf(root, { title: { en: 'Nursing', es: 'Enfermería' } }),
      attempts,
    );
    expect(presentCheck(check, attempts, 'es')).toMatchObject({
      setTitle: 'Enfermería',
      setTitleLang: 'es',
    });
    expect(presentCheck(check, attempts, 'en')).toMatchObject({
      setTitle: 'Nursing',
      setTitleLang: 'en',
    });
  });

  it('does not tell a student to retake a failed course they already took again', () => {
    const failed = attempt('CTE-1', { result: 'fail', schoolYear: 2025, title: 'Welding I' });
    const passed = attempt('CTE-1', { schoolYear: 2026, title: 'Welding I' });
    const alone = attempt('CTE-2', { result: 'fail', title: 'Welding II' });
    const all = [failed, passed, alone];
    const check = checkProgress(setOf(root), all);
    const sentences = (lang: 'en' | 'es') =>
      presentCheck(check, all, lang).notCounted.map((n) => n.sentence);
    expect(sentences('en')).toEqual([
      'Welding I, 2024–25, was not passed, so that try does not count; the course was taken again.',
      'Welding II, 2025–26, was not passed, so it does not count. Taking it again can fix that.',
    ]);
    expect(sentences('es')[0]).toBe(
      'Welding I, 2024–25, no se aprobó, así que ese intento no cuenta; el curso se volvió a tomar.',
    );
  });

  it('says a pass whose credit was withheld does not count, and where a later try stands', () => {
    const withheld = (code: string, title: string, schoolYear: number) =>
      attempt(code, { schoolYear, title, creditsEarned: 0, grade: 'C' });
    const first = withheld('CTE-1', 'Welding I', 2025);
    const again = attempt('CTE-1', { result: 'in_progress', schoolYear: 2026, title: 'Welding I' });
    const alone = withheld('CTE-2', 'Welding II', 2026);
    const all = [first, again, alone];
    const check = checkProgress(setOf(root), all);
    const shown = (lang: 'en' | 'es') =>
      presentCheck(check, all, lang).notCounted.map((n) => [n.reason, n.sentence]);
    expect(shown('en')).toEqual([
      [
        'no_credit',
        'Welding I, 2024–25, was passed but its credit was withheld, so that try does not count; the course is being taken again.',
      ],
      [
        'no_credit',
        'Welding II, 2025–26, was passed but its credit was withheld, so it does not count. Earning the credit back, or taking the course again, can fix that.',
      ],
    ]);
    expect(shown('es')[1]![1]).toBe(
      'Welding II, 2025–26, se aprobó pero no se otorgó el crédito, así que no cuenta. Si recuperas el crédito o vuelves a tomar el curso, puede contar.',
    );
  });

  it('says truly where the later try stands: under way or only planned', () => {
    const failed = attempt('CTE-1', { result: 'fail', schoolYear: 2025, title: 'Welding I' });
    const again = (result: 'in_progress' | 'planned') => {
      const all = [failed, attempt('CTE-1', { result, schoolYear: 2026, title: 'Welding I' })];
      const check = checkProgress(setOf(root), all);
      return (lang: 'en' | 'es') => presentCheck(check, all, lang).notCounted[0]?.sentence;
    };
    expect(again('in_progress')('en')).toBe(
      'Welding I, 2024–25, was not passed, so that try does not count; the course is being taken again.',
    );
    expect(again('in_progress')('es')).toBe(
      'Welding I, 2024–25, no se aprobó, así que ese intento no cuenta; el curso se está volviendo a tomar.',
    );
    expect(again('planned')('en')).toBe(
      'Welding I, 2024–25, was not passed, so that try does not count; another try is planned.',
    );
    expect(again('planned')('es')).toBe(
      'Welding I, 2024–25, no se aprobó, así que ese intento no cuenta; hay otro intento planeado.',
    );
  });
});
