/**
 * For plan views' tests (PDF lines, the plan page): a plan whose grade 11 earns 1 of two care
 * credentials (pct picked) and whose first college year earns 2 of CPR, BLS and EKG (bls picked,
 * one still to choose).
 */
import type { TLang } from '../src/contracts/framework.ts';
import type { TPlan } from '../src/contracts/plans.ts';

export const credentialOption = (credentialId: string, title: string, titleLang: TLang = 'en') => ({
  credentialId,
  title,
  titleLang,
  type: 'industry_certification' as const,
});

/** The plan; `grade11` changes its grade-11 choice (its options' titles, a note). */
export function planWithCredentialChoices(grade11: Record<string, unknown> = {}): TPlan {
  return {
    credentialChoices: [
      {
        level: 'grade-11',
        choose: 1,
        options: [
          credentialOption('cna', 'Nursing Assistant'),
          credentialOption('pct', 'Patient Care Technician'),
        ],
        picked: ['pct'],
        ...grade11,
      },
      {
        level: 'postsecondary-1',
        choose: 2,
        options: [
          credentialOption('cpr', 'CPR'),
          credentialOption('bls', 'BLS'),
          credentialOption('ekg', 'EKG'),
        ],
        picked: ['bls'],
      },
    ],
  } as unknown as TPlan;
}
