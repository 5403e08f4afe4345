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
});
