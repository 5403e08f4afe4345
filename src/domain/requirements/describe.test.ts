import { describe, expect, it } from 'vitest';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import { sampleValues } from '../i18n/sample-values.ts';
import { formatMessage } from '../i18n/message.ts';
import {
  describeCounted,
  describeNode,
  describeNotCounted,
  sentenceText,
  titleIn,
} from './describe.ts';
import { describeEn, describeEs } from './describe-messages.ts';
import { checkProgress, type NodeProgress, type ProgressCheck } from './evaluate.ts';
import { attempt, leaf, setOf } from './test-factories.ts';

const diploma = shippedRequirementSet('rusd-diploma')!;

function node(check: ProgressCheck, id: string): NodeProgress {
  const find = (n: NodeProgress): NodeProgress | undefined =>
    n.id === id ? n : n.children.map(find).find(Boolean);
  return find(check.root)!;
}

describe('progress sentences', () => {
  const science = attempt('03001', { title: 'Science', grade: 'A', schoolYear: 2025 });
  const algebra = attempt('02052', { title: 'Algebra I', titleEs: 'Álgebra I', schoolYear: 2024 });
  const failed = attempt('02072', { title: 'Geometry', result: 'fail', schoolYear: 2026 });
  const check = checkProgress(diploma, [science, algebra, failed]);
  const counted = (id: string) => node(check, id).counted[0]!;

  it('marks a course title the school wrote only in English inside a Spanish sentence', () => {
    const parts = describeCounted(
      science,
      counted('science'),
      node(check, 'science'),
      { en: 'Science', es: 'Ciencias' },
      'es',
    );
    expect(parts).toEqual([
      { text: 'Science', lang: 'en' },
      { text: ', 2024–25, calificación A, cuenta para Ciencias: 1 de 3 créditos.' },
    ]);
    const english = describeCounted(
      science,
      counted('science'),
      node(check, 'science'),
      { en: 'Science', es: 'Ciencias' },
      'en',
    );
    expect(english).toEqual([
      { text: 'Science, 2024–25, grade A, counts toward Science: 1 of 3 credits.' },
    ]);
  });

  it('uses the catalog’s Spanish title and agrees in number', () => {
    const math = node(check, 'math-algebra-1');
    const parts = describeCounted(
      algebra,
      counted('math-algebra-1'),
      math,
      { en: 'Algebra I', es: 'Álgebra I' },
      'es',
    );
    expect(parts).toEqual([
      { text: 'Álgebra I, 2023–24, calificación B, cuenta para Álgebra I: 1 de 1 crédito.' },
    ]);
    expect(
      sentenceText(
        describeCounted(algebra, counted('math-algebra-1'), math, { en: 'Algebra I' }, 'en'),
      ),
    ).toBe('Algebra I, 2023–24, grade B, counts toward Algebra I: 1 of 1 credit.');
  });

  it('marks an English-only requirement title, says why a course does not count', () => {
    const parts = describeNode(node(check, 'science'), { en: 'Lab science' }, 'es');
    expect(parts[0]).toEqual({ text: 'Lab science', lang: 'en' });
    expect(sentenceText(parts)).toBe(
      'Lab science: falta (1 de 3 créditos hasta ahora, contando lo planeado).',
    );
    expect(describeNotCounted(failed, 'failed', 'es')).toEqual([
      { text: 'Geometry', lang: 'en' },
      { text: ', 2025–26, no se aprobó, así que no cuenta. Si lo vuelves a tomar, puede contar.' },
    ]);
  });

  it('counts options and courses by plural rules', () => {
    const one = checkProgress(setOf(leaf('x', { codes: ['X1'] }, { minCourses: 1 })), [
      attempt('X1'),
    ]);
    expect(sentenceText(describeNode(one.root, { en: 'Pick one' }, 'en'))).toBe(
      'Pick one: done (1 of 1 course).',
    );
    expect(sentenceText(describeNode(one.root, { en: 'Pick one', es: 'Elige uno' }, 'es'))).toBe(
      'Elige uno: cumplido (1 de 1 curso).',
    );
  });

  it('gives a title in the language or marks the English one', () => {
    expect(titleIn({ en: 'Biology', es: 'Biología' }, 'es')).toEqual({ text: 'Biología' });
    expect(titleIn({ en: 'Biology' }, 'es')).toEqual({ text: 'Biology', lang: 'en' });
    expect(titleIn({ en: 'Biology', es: 'Biología' }, 'en')).toEqual({ text: 'Biology' });
  });

  it('fills every template in both languages with no raw placeholder left', () => {
    for (const catalog of [describeEn, describeEs])
      for (const template of Object.values(catalog))
        for (const values of sampleValues(template))
          for (const lang of ['en', 'es'] as const)
            expect(formatMessage(lang, template, values)).not.toMatch(/[{}]/);
    expect(Object.keys(describeEs)).toEqual(Object.keys(describeEn));
  });
});
