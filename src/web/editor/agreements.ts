/**
 * The program's credit agreements in the editor (catalog.creditAgreements): each one a form of
 * texts as typed, pure changes from one list to the next (never mutating), the agreement each form
 * makes, what a save sends (every agreement, once any is added, changed or removed, in the form's
 * order, so the server's findings index the same list) and the ids it removes. The schema's own
 * checks (ZCreditAgreement) find the problems; agreement-problems.ts words them.
 */
import {
  ZCreditAgreement,
  type TCreditAgreement,
  type TCreditAgreementType,
} from '../../contracts/program-agreement.ts';

/** One agreement as the form holds it: ids ('' for none), credits and dates as typed. */
export interface AgreementForm {
  /** The stored agreement's id; undefined for one added in the editor. */
  storedId?: string;
  /** For a new agreement: a random tail that keeps its id unique in the whole catalog. */
  tail: string;
  type: TCreditAgreementType;
  secondaryCourseId: string;
  credentialId: string;
  postsecondaryCourseId: string;
  credits: string;
  secondaryInstitutionId: string;
  postsecondaryInstitutionId: string;
  effectiveFrom: string;
  effectiveTo: string;
  registrationDeadline: string;
  /** Exam credit's exam ("AP Computer Science A") and the least score it takes, as typed. */
  examName: string;
  examMinScore: string;
}

export interface AgreementEdits {
  forms: AgreementForm[];
  /** Ids of stored agreements the author removed. */
  removed: string[];
}

export type AgreementField = Exclude<keyof AgreementForm, 'storedId' | 'tail'>;

export function formOf(a: TCreditAgreement): AgreementForm {
  return {
    storedId: a.id,
    tail: '',
    type: a.type,
    secondaryCourseId: a.secondaryCourseId ?? '',
    credentialId: a.credentialId ?? '',
    postsecondaryCourseId: a.postsecondaryCourseId,
    credits: String(a.credits),
    secondaryInstitutionId: a.secondaryInstitutionId ?? '',
    postsecondaryInstitutionId: a.postsecondaryInstitutionId,
    effectiveFrom: a.effectiveFrom,
    effectiveTo: a.effectiveTo ?? '',
    registrationDeadline: a.registrationDeadline ?? '',
    examName: a.exam?.name ?? '',
    examMinScore: a.exam ? String(a.exam.minScore) : '',
  };
}

/**
 * The forms of a catalog's agreements. After a save, `order` (the ids as the form listed them)
 * keeps the list as the author saw it; agreements it does not name follow in catalog order.
 */
export function agreementEdits(
  agreements: readonly TCreditAgreement[],
  order: readonly string[] = [],
): AgreementEdits {
  const rank = (a: TCreditAgreement) => {
    const at = order.indexOf(a.id);
    return at < 0 ? order.length : at;
  };
  const sorted = [...agreements].sort((a, b) => rank(a) - rank(b));
  return { forms: sorted.map(formOf), removed: [] };
}

const slug = (text: string) => text.replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');

/** The agreement's id: the stored one, or for a new one "agr-<source>-<college course>-<tail>". */
export function agreementId(form: AgreementForm): string {
  if (form.storedId) return form.storedId;
  const source = form.type === 'credential_credit' ? form.credentialId : form.secondaryCourseId;
  const parts = ['agr', source, form.postsecondaryCourseId].map(slug).filter(Boolean);
  const head = parts.join('-').slice(0, 80 - form.tail.length - 1);
  return `${head}-${form.tail}`;
}

/** A number as typed: blank is missing, anything else a number (NaN when it is not one). */
function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Exam credit's exam: none while both fields are blank (the file format makes it optional), else
 * the name and score as typed, so the schema names the one missing or not a number.
 */
function examOf(form: AgreementForm): TCreditAgreement['exam'] {
  if (form.type !== 'exam_credit') return undefined;
  if (form.examName.trim() === '' && form.examMinScore.trim() === '') return undefined;
  return { name: form.examName.trim(), minScore: parseNumber(form.examMinScore) as number };
}

/**
 * The agreement a form makes, as the API takes it: optional fields left blank are left out, and
 * a credential-credit agreement names no high school course (the others no credential).
 */
export function agreementOf(form: AgreementForm): TCreditAgreement {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const credential = form.type === 'credential_credit';
  const a = {
    id: agreementId(form),
    type: form.type,
    secondaryCourseId: credential ? undefined : optional(form.secondaryCourseId),
    credentialId: credential ? optional(form.credentialId) : undefined,
    postsecondaryCourseId: form.postsecondaryCourseId,
    credits: parseNumber(form.credits),
    secondaryInstitutionId: optional(form.secondaryInstitutionId),
    postsecondaryInstitutionId: form.postsecondaryInstitutionId,
    exam: examOf(form),
    effectiveFrom: form.effectiveFrom.trim(),
    effectiveTo: optional(form.effectiveTo),
    registrationDeadline: optional(form.registrationDeadline),
  };
  for (const key of Object.keys(a) as Array<keyof typeof a>)
    if (a[key] === undefined) delete a[key];
  // Missing credits (or an exam's score) stay missing: the schema check names the field.
  return a as TCreditAgreement;
}

/** A new agreement at the end: dual credit with the program's college, in force from `today`. */
export function addAgreement(
  edits: AgreementEdits,
  start: { tail: string; collegeId?: string; highSchoolId?: string; today: string },
): AgreementEdits {
  const form: AgreementForm = {
    tail: start.tail,
    type: 'dual_credit',
    secondaryCourseId: '',
    credentialId: '',
    postsecondaryCourseId: '',
    credits: '',
    secondaryInstitutionId: start.highSchoolId ?? '',
    postsecondaryInstitutionId: start.collegeId ?? '',
    effectiveFrom: start.today,
    effectiveTo: '',
    registrationDeadline: '',
    examName: '',
    examMinScore: '',
  };
  return { ...edits, forms: [...edits.forms, form] };
}

export function updateAgreement(
  edits: AgreementEdits,
  index: number,
  patch: Partial<Pick<AgreementForm, AgreementField>>,
): AgreementEdits {
  const form = edits.forms[index];
  if (!form) return edits;
  return { ...edits, forms: edits.forms.map((f, i) => (i === index ? { ...form, ...patch } : f)) };
}

/** Removes the form; a stored agreement is also named for removal on the next save. */
export function removeAgreement(edits: AgreementEdits, index: number): AgreementEdits {
  const form = edits.forms[index];
  if (!form) return edits;
  const removed =
    form.storedId && !edits.removed.includes(form.storedId)
      ? [...edits.removed, form.storedId]
      : edits.removed;
  return { forms: edits.forms.filter((_, i) => i !== index), removed };
}

/** JSON with sorted keys, so two copies of an agreement compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** Whether the author added, changed or removed any agreement of the stored catalog. */
export function agreementsChanged(
  edits: AgreementEdits,
  stored: readonly TCreditAgreement[],
): boolean {
  if (edits.removed.length > 0) return true;
  const byId = new Map(stored.map((a) => [a.id, a]));
  return edits.forms.some((form) => {
    const old = form.storedId ? byId.get(form.storedId) : undefined;
    return !old || canonical(old) !== canonical(agreementOf(form));
  });
}

/** What a save sends: nothing while no agreement changed, else every one and the removed ids. */
export function agreementsToSave(
  edits: AgreementEdits,
  stored: readonly TCreditAgreement[],
): { creditAgreements: TCreditAgreement[]; removeCreditAgreements: string[] } | undefined {
  if (!agreementsChanged(edits, stored)) return undefined;
  return {
    creditAgreements: edits.forms.map(agreementOf),
    removeCreditAgreements: [...edits.removed],
  };
}

/** The kind of a schema problem: a missing value, one out of range, or a bad format. */
export type AgreementProblem = 'required' | 'range' | 'format';

/** The first schema problem of each of a form's fields, by field (in the schema's order). */
export function formProblems(form: AgreementForm): Map<AgreementField, AgreementProblem> {
  const parsed = ZCreditAgreement.safeParse(agreementOf(form));
  const problems = new Map<AgreementField, AgreementProblem>();
  for (const issue of parsed.error?.issues ?? []) {
    const key = issue.path[0];
    // The exam's problems belong to its two controls.
    const field = (
      key === 'exam' ? (issue.path[1] === 'minScore' ? 'examMinScore' : 'examName') : key
    ) as AgreementField;
    if (problems.has(field)) continue;
    const blank = issue.code === 'custom' || (form[field] ?? '').trim() === '';
    problems.set(field, blank ? 'required' : issue.code === 'too_small' ? 'range' : 'format');
  }
  // The schema asks for the source and the high school only once every other field is whole
  // (zod skips refinements after a missing value); the form names them missing at once.
  const needed: AgreementField[] =
    form.type === 'credential_credit'
      ? ['credentialId']
      : ['secondaryCourseId', 'secondaryInstitutionId'];
  for (const field of needed)
    if (!problems.has(field) && form[field].trim() === '') problems.set(field, 'required');
  return problems;
}
