import { describe, expect, it } from 'vitest';
import { expectSpanishOfEach } from '../../../test/en-es-messages.ts';
import type { TPlanCredentialChoice } from '../../contracts/plan-credential-choices.ts';
import { AppError } from '../errors.ts';
import { checkPicks } from './plan-choices.ts';
import { applyCredentialPicks, checkNotPickedTwice } from './plan-credential-choices.ts';
import { PLAN_PICK_MESSAGES } from './plan-pick-messages.ts';

const choice = (level: string, choose: number, options: string[]): TPlanCredentialChoice =>
  ({ level, choose, options, picked: [] }) as unknown as TPlanCredentialChoice;
const choices = [
  choice('grade-11', 1, ['cna', 'pct']),
  choice('postsecondary-2', 1, ['pct', 'lpn']),
];

const courseChoices = [
  { level: 'grade-11' as const, choose: 1, options: ['bio', 'chem'] },
  { level: 'grade-12' as const, choose: 1, options: ['phys', 'astro'] },
];
const course = (courseId: string, choice: number) =>
  ({ courseId, level: 'grade-11', dualCredit: false, choice }) as const;

function errorOf(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('plan credential pick problems', () => {
  it('has each problem in both languages, with the same placeholders and other words', () => {
    expectSpanishOfEach(PLAN_PICK_MESSAGES);
  });

  it('tells every refusal in English and Spanish, naming the field, the pick and the choice', () => {
    const cases: Array<[() => unknown, string, string, string]> = [
      [
        () => checkPicks([course('bio', 0)], []),
        'courses.0.choice',
        'no choices',
        'no tiene elecciones',
      ],
      [
        () => checkPicks([course('bio', 2)], courseChoices),
        'courses.0.choice',
        '(0 to 1), not 2',
        '(de 0 a 1), no 2',
      ],
      [
        () => checkPicks([course('phys', 0)], courseChoices),
        'courses.0.courseId',
        'phys is not an option',
        '«elegir 1 de bio, chem» (11.º grado)',
      ],
      [
        () => checkPicks([course('phys', 1), course('astro', 1)], courseChoices),
        'courses.1.choice',
        'takes 1 course:',
        'admite 1 curso:',
      ],
      [
        () => applyCredentialPicks(choices, [['cna']]),
        'credentialPicks',
        '2 choices',
        '2 elecciones',
      ],
      [
        () => applyCredentialPicks([choices[0]!], [['lpn']]),
        'credentialPicks.0.0',
        'grade 11',
        '11.º grado',
      ],
      [
        () => applyCredentialPicks(choices, [[], ['lpn', 'lpn']]),
        'credentialPicks.1.1',
        'college year 2',
        'año 2 de educación superior',
      ],
      [
        () => applyCredentialPicks(choices, [['pct'], ['pct']]),
        'credentialPicks.1.0',
        'choice 1 of',
        'elección 1 de',
      ],
      [
        () => applyCredentialPicks(choices, [['cna', 'pct'], []]),
        'credentialPicks.0.1',
        '1 credential:',
        '1 credencial:',
      ],
      [
        () =>
          checkNotPickedTwice(
            [{ credentialId: 'cna', level: 'grade-11' }],
            applyCredentialPicks(choices, [['cna'], []]),
          ),
        'credentials.0',
        'Credential cna',
        'La credencial cna',
      ],
    ];
    const messages = new Set<string>();
    for (const [f, field, en, es] of cases) {
      const error = errorOf(f);
      expect(error.field).toBe(field);
      expect(error.message).toContain(en);
      expect(error.translations?.es).toContain(es);
      expect(error.translations?.es).not.toContain(en);
      messages.add(error.message);
    }
    expect(messages.size).toBe(cases.length);
  });
});
