import { describe, expect, it } from 'vitest';
import { fieldOf } from '../../../test/app-error-field.ts';
import type { TPlanCredential } from '../../contracts/plans.ts';
import type { TPlanCredentialChoice } from '../../contracts/plan-credential-choices.ts';
import type { TProgramBody } from '../../contracts/program.ts';
import {
  applyCredentialPicks,
  carriedCredentialChoices,
  checkNotPickedTwice,
  startCredentialChoices,
} from './plan-credential-choices.ts';

type Step = TProgramBody['steps'][number];
const step = (over: Partial<Step> & Pick<Step, 'level'>): Step =>
  ({ courses: [], credentials: [], workBasedLearning: [], ...over }) as Step;
const program = {
  steps: [
    step({
      level: 'grade-11',
      credentialChoices: [
        { choose: 1, credentials: ['cna', 'pct'], note: { en: 'Care', es: 'Cuidado' } },
      ],
    }),
    step({
      level: 'grade-12',
      credentialChoices: [{ choose: 2, credentials: ['cpr', 'bls', 'ekg'] }],
    }),
    step({
      level: 'postsecondary-2',
      credentialChoices: [{ choose: 1, credentials: ['lpn', 'cma'] }],
    }),
  ],
};
const cred = (credentialId: string, level = 'grade-11'): TPlanCredential => ({
  credentialId,
  level: level as TPlanCredential['level'],
});

describe('startCredentialChoices', () => {
  it('keeps every choice, college years too, with the first N options not listed picked', () => {
    const choices = startCredentialChoices(program, [cred('cpr', 'grade-10')]);
    expect(choices.map((c) => [c.level, c.picked])).toEqual([
      ['grade-11', ['cna']],
      ['grade-12', ['bls', 'ekg']],
      ['postsecondary-2', ['lpn']],
    ]);
    expect(choices[0]!.note).toEqual({ en: 'Care', es: 'Cuidado' });
    expect(choices[1]!.options).toEqual(['cpr', 'bls', 'ekg']);
  });

  it('does not pick an option an earlier choice picked', () => {
    const twice = {
      steps: [
        step({ level: 'grade-10', credentialChoices: [{ choose: 1, credentials: ['a', 'b'] }] }),
        step({ level: 'grade-11', credentialChoices: [{ choose: 1, credentials: ['a', 'c'] }] }),
      ],
    };
    expect(startCredentialChoices(twice, []).map((c) => c.picked)).toEqual([['a'], ['c']]);
  });
});

describe('carriedCredentialChoices', () => {
  it('returns a plan’s stored choices as they are', () => {
    const stored: TPlanCredentialChoice[] = [
      { level: 'grade-11', choose: 1, options: ['cna', 'pct'], picked: [] },
    ];
    const out = carriedCredentialChoices(
      { credentials: [cred('pct')], credentialChoices: stored },
      program,
    );
    expect(out).toEqual({ credentials: [cred('pct')], credentialChoices: stored });
  });

  it('turns an older plan’s plain options into its picks, and picks the college years first N', () => {
    // The older plan took cna as a plain credential; the student swapped it for pct in grade 12.
    const out = carriedCredentialChoices(
      { credentials: [cred('osha'), cred('pct', 'grade-12'), cred('bls', 'grade-12')] },
      program,
    );
    expect(out.credentials).toEqual([cred('osha')]);
    expect(out.credentialChoices.map((c) => c.picked)).toEqual([['pct'], ['bls'], ['lpn']]);
  });

  it('picks the first options for a plan older than credentials, and none without a program', () => {
    const out = carriedCredentialChoices({}, program);
    expect(out.credentialChoices.map((c) => c.picked)).toEqual([['cna'], ['cpr', 'bls'], ['lpn']]);
    expect(carriedCredentialChoices({ credentials: [cred('x')] }, undefined)).toEqual({
      credentials: [cred('x')],
      credentialChoices: [],
    });
  });
});

describe('applyCredentialPicks', () => {
  const choices = startCredentialChoices(program, []);

  it('takes any option of each choice, and a choice left open', () => {
    const out = applyCredentialPicks(choices, [['pct'], [], ['cma']]);
    expect(out.map((c) => c.picked)).toEqual([['pct'], [], ['cma']]);
    expect(out[0]!.options).toEqual(['cna', 'pct']);
  });

  it('refuses an option the choice does not offer, naming the pick', () => {
    expect(() => applyCredentialPicks(choices, [['lpn'], [], []])).toThrow(
      'lpn is not an option of the choice "earn 1 of cna, pct" (grade 11)',
    );
    expect(fieldOf(() => applyCredentialPicks(choices, [[], ['cpr', 'cna'], []]))).toBe(
      'credentialPicks.1.1',
    );
  });

  it('refuses more picks than the choice takes, and a pick given twice', () => {
    expect(fieldOf(() => applyCredentialPicks(choices, [['cna', 'pct'], [], []]))).toBe(
      'credentialPicks.0.1',
    );
    expect(fieldOf(() => applyCredentialPicks(choices, [[], ['bls', 'bls'], []]))).toBe(
      'credentialPicks.1.1',
    );
  });

  it('refuses picks for another number of choices than the plan has', () => {
    expect(fieldOf(() => applyCredentialPicks(choices, [['cna']]))).toBe('credentialPicks');
  });
});

describe('checkNotPickedTwice', () => {
  it('refuses a plain credential a choice also picks, and takes an option left unpicked', () => {
    const choices = applyCredentialPicks(startCredentialChoices(program, []), [['pct'], [], []]);
    expect(fieldOf(() => checkNotPickedTwice([cred('osha'), cred('pct')], choices))).toBe(
      'credentials.1',
    );
    expect(() => checkNotPickedTwice([cred('cna')], choices)).not.toThrow();
  });
});
