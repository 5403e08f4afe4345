/**
 * Whether a credit agreement is in force for a program: within its dates (when the caller gives
 * today's date) and between partners of the program (a high school counts through its district).
 */
import type { TCreditAgreement } from '../../contracts/program.ts';
import type { RuleContext } from './context.ts';

export type AgreementProblem =
  | { kind: 'expired'; date: string }
  | { kind: 'not-yet'; date: string }
  | { kind: 'not-partner'; institutionId: string };

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function isPartner(ctx: RuleContext, partners: ReadonlySet<string>, id: string): boolean {
  if (partners.has(id)) return true;
  const parent = ctx.institutions.get(id)?.value.parentId;
  return parent !== undefined && partners.has(parent);
}

/** The ids of the program's partners. */
export const partnerIds = (ctx: RuleContext): ReadonlySet<string> =>
  new Set(ctx.program.partners.map((p) => p.institutionId));

/** Why the agreement does not count for this program, or undefined when it is in force. */
export function agreementProblem(
  ctx: RuleContext,
  agreement: TCreditAgreement,
  partners: ReadonlySet<string> = partnerIds(ctx),
): AgreementProblem | undefined {
  const today = ctx.options.today;
  if (today !== undefined) {
    if (agreement.effectiveTo !== undefined && agreement.effectiveTo < today)
      return { kind: 'expired', date: agreement.effectiveTo };
    if (agreement.effectiveFrom > today) return { kind: 'not-yet', date: agreement.effectiveFrom };
  }
  for (const id of [agreement.postsecondaryInstitutionId, agreement.secondaryInstitutionId]) {
    if (!isPartner(ctx, partners, id)) return { kind: 'not-partner', institutionId: id };
  }
  return undefined;
}

/** The agreements whose high school course the program lists in a grade, in catalog order. */
export function programAgreements(
  ctx: RuleContext,
): { agreement: TCreditAgreement; index: number }[] {
  const inHighSchool = new Set<string>();
  for (const p of ctx.coursePlacements)
    if (p.step.level.startsWith('grade-')) inHighSchool.add(p.courseId);
  return ctx.catalog.creditAgreements
    .map((agreement, index) => ({ agreement, index }))
    .filter(({ agreement }) => inHighSchool.has(agreement.secondaryCourseId));
}
