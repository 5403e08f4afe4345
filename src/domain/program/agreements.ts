/**
 * Whether a credit agreement is in force for a program: within its dates (when the caller gives
 * today's date) and between partners of the program (a high school counts through its district).
 * A credential-credit agreement names no high school unless it is with one: then only its college
 * must be a partner.
 */
import { agreementSource, type TCreditAgreement } from '../../contracts/program.ts';
import type { RuleContext } from './context.ts';
import { isGradeLevel } from './steps.ts';

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

/**
 * Whether the agreement is in force on `day` (YYYY-MM-DD): ended before it, or not begun yet.
 * A program checks it against today; a credential a student earned, against the day earned.
 */
export function datesProblem(
  agreement: Pick<TCreditAgreement, 'effectiveFrom' | 'effectiveTo'>,
  day: string,
): Extract<AgreementProblem, { kind: 'expired' | 'not-yet' }> | undefined {
  if (agreement.effectiveTo !== undefined && agreement.effectiveTo < day)
    return { kind: 'expired', date: agreement.effectiveTo };
  if (agreement.effectiveFrom > day) return { kind: 'not-yet', date: agreement.effectiveFrom };
  return undefined;
}

/** Why the agreement does not count for this program, or undefined when it is in force. */
export function agreementProblem(
  ctx: RuleContext,
  agreement: TCreditAgreement,
  partners: ReadonlySet<string> = partnerIds(ctx),
): AgreementProblem | undefined {
  const today = ctx.options.today;
  if (today !== undefined) {
    const dates = datesProblem(agreement, today);
    if (dates) return dates;
  }
  for (const id of [agreement.postsecondaryInstitutionId, agreement.secondaryInstitutionId]) {
    if (id !== undefined && !isPartner(ctx, partners, id))
      return { kind: 'not-partner', institutionId: id };
  }
  return undefined;
}

/**
 * Whether a program relies on an agreement: it lists the agreement's high school course in a
 * grade, or (credential credit) lists its credential at any step, earned or to choose from.
 */
export function reliesOn(
  agreement: TCreditAgreement,
  coursesInHighSchool: ReadonlySet<string>,
  credentials: ReadonlySet<string>,
): boolean {
  const source = agreementSource(agreement);
  if (!source) return false;
  return source.kind === 'course'
    ? coursesInHighSchool.has(source.courseId)
    : credentials.has(source.credentialId);
}

/** The course ids a program lists in a grade, and the credential ids it lists at any step. */
export function programSources(ctx: RuleContext): {
  coursesInHighSchool: Set<string>;
  credentials: Set<string>;
} {
  const coursesInHighSchool = new Set<string>();
  for (const p of ctx.coursePlacements)
    if (isGradeLevel(p.step.level)) coursesInHighSchool.add(p.courseId);
  return {
    coursesInHighSchool,
    credentials: new Set(ctx.credentialPlacements.map((p) => p.credentialId)),
  };
}

/** The agreements the program relies on (see reliesOn), in catalog order. */
export function programAgreements(
  ctx: RuleContext,
): { agreement: TCreditAgreement; index: number }[] {
  const { coursesInHighSchool, credentials } = programSources(ctx);
  return ctx.catalog.creditAgreements
    .map((agreement, index) => ({ agreement, index }))
    .filter(({ agreement }) => reliesOn(agreement, coursesInHighSchool, credentials));
}
