/**
 * The words for the editor's credit agreements: how the form names each field ("Credit agreement
 * 2: College credit hours"), and the schema's problems with each agreement (ZCreditAgreement) as
 * findings in the page's language whose path is the agreement's field
 * ("catalog.creditAgreements[1].credits"), like the rules' own findings about agreements.
 */
import type { TLang } from '../../contracts/framework.ts';
import type { TFindingView } from '../../contracts/program-api.ts';
import { formatMessage, messages } from '../i18n.ts';
import { formProblems, type AgreementEdits, type AgreementField } from './agreements.ts';

type Texts = (typeof messages)[TLang];

const FIELD_TEXT: Record<AgreementField, (t: Texts) => string> = {
  type: (t) => t.agreementType,
  secondaryCourseId: (t) => t.agreementCourse,
  credentialId: (t) => t.agreementCredential,
  postsecondaryCourseId: (t) => t.agreementCollegeCourse,
  credits: (t) => t.agreementCredits,
  secondaryInstitutionId: (t) => t.agreementHighSchool,
  postsecondaryInstitutionId: (t) => t.agreementCollege,
  effectiveFrom: (t) => t.agreementFrom,
  effectiveTo: (t) => t.agreementTo,
  registrationDeadline: (t) => t.agreementDeadline,
  examName: (t) => t.agreementExam,
  examMinScore: (t) => t.agreementExamScore,
};

/** A path's field below the agreement ("credits", "exam.minScore") as the form's field name. */
const formField = (key: string, sub: string | undefined) =>
  key === 'exam' ? (sub === 'minScore' ? 'examMinScore' : 'examName') : key;

/** The fields in the form's order. */
const ORDER = Object.keys(FIELD_TEXT);

const isField = (key: string): key is AgreementField => Object.hasOwn(FIELD_TEXT, key);

/** The control's own label: "College credit hours". */
export const agreementControlLabel = (lang: TLang, field: AgreementField): string =>
  FIELD_TEXT[field](messages[lang]);

/**
 * How the form names an agreement's field at `path` ("catalog.creditAgreements[1].credits" →
 * "Credit agreement 2: College credit hours"); undefined for a path about something else.
 */
export function agreementFieldLabel(lang: TLang, path: string): string | undefined {
  const t = messages[lang];
  if (path.startsWith('removeCreditAgreements')) return t.agreementsRemovedField;
  const match = path.match(/^catalog\.creditAgreements\[(\d+)\](?:\.(\w+)(?:\.(\w+))?)?/);
  if (!match) return path.startsWith('catalog.creditAgreements') ? t.agreementsTitle : undefined;
  const n = Number(match[1]) + 1;
  const key = formField(match[2] ?? 'type', match[3]);
  const field = isField(key) ? agreementControlLabel(lang, key) : t.agreementType;
  return formatMessage(lang, t.agreementFieldOf, { n, field });
}

/** The schema's problems with the agreements, in the form's order, as findings that name the field. */
export function agreementFindings(edits: AgreementEdits, lang: TLang): TFindingView[] {
  const t = messages[lang];
  const template = { required: t.problemRequired, range: t.problemRange, format: t.problemFormat };
  return edits.forms.flatMap((form, i) =>
    [...formProblems(form)]
      .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
      .map(([key, kind]) => {
        const path = `catalog.creditAgreements[${i}].${key}`;
        const field = agreementFieldLabel(lang, path) ?? path;
        return {
          rule: `schema.${kind}`,
          severity: 'error' as const,
          message: formatMessage(lang, template[kind], { field }),
          path,
        };
      }),
  );
}
