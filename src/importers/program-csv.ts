/**
 * A program of study as CSV: one row per course, credential and work-based learning item. The
 * English file keeps its machine-friendly column names and codes; the Spanish one (p.lang "es")
 * has Spanish column names and labels, for families and counselors who open it in a spreadsheet.
 * A course to choose from is a `course_choice` row whose last column names its choice, and a
 * credential to choose from a `credential_choice` row; a credential's early_credit column holds
 * the college credit holding it earns (credential credit).
 */
import { writeCsv } from './csv-writer.ts';
import type { TCourseView, TProgramDetail } from '../contracts/program-api.ts';
import { formatMessage } from '../domain/i18n/message.ts';
import { posLabels } from '../domain/program/pos-labels.ts';
import { chooseText, earnText } from '../domain/program/pos-texts.ts';

export const PROGRAM_CSV_COLUMNS = [
  'program_id',
  'version',
  'status',
  'step',
  'term',
  'item',
  'code',
  'title',
  'kind',
  'subject',
  'credits',
  'credit_unit',
  'institution',
  'early_credit',
  'choice',
] as const;

export const PROGRAM_CSV_COLUMNS_ES: Record<(typeof PROGRAM_CSV_COLUMNS)[number], string> = {
  program_id: 'Programa',
  version: 'Versión',
  status: 'Estado',
  step: 'Nivel',
  term: 'Periodo',
  item: 'Elemento',
  code: 'Código',
  title: 'Título',
  kind: 'Tipo',
  subject: 'Materia',
  credits: 'Créditos',
  credit_unit: 'Unidad',
  institution: 'Institución',
  early_credit: 'Crédito universitario en la preparatoria',
  choice: 'Opción',
};

export function programToCsv(p: TProgramDetail): string {
  const es = p.lang === 'es';
  const l = posLabels(p.lang);
  // English keeps the codes it always had; Spanish shows labels.
  const label = <K extends string>(labels: Record<K, string>, code: K): string =>
    es ? labels[code] : code;
  /**
   * The credits and their unit; a course of no credit counted in hours (an apprenticeship's
   * related instruction) gives its hours in the unit clock_hours.
   */
  const creditCells = (c: TCourseView): [string, string] =>
    c.credits === 0 && c.creditsMin === undefined && c.clockHours !== undefined
      ? [String(c.clockHours), label(l.creditUnit, 'clock_hours')]
      : [
          c.creditsMin === undefined ? String(c.credits) : `${c.creditsMin}-${c.credits}`,
          label(l.creditUnit, c.creditUnit),
        ];
  /** College credit: "dual_credit: CIS 115 3 cr at Valley CC" (a course's, or a credential's). */
  const earlyCell = (e: TCourseView['earlyCredit'][number]) =>
    `${es ? l.agreement[e.type] : e.type}: ${e.course.code} ${formatMessage(p.lang, l.text.credit_hours, { count: e.credits })} ${l.words.at} ${e.institution}`;
  const rows: string[][] = [];
  for (const step of p.steps) {
    const base = [
      p.id,
      String(p.version),
      label(l.status, p.status),
      label(l.level, step.level),
      step.term ? label(l.term, step.term) : '',
    ];
    const listed = step.courses.map((course) => ({ course, item: 'course' as const, choice: '' }));
    // A course to choose from names its choice: "1. Choose 1 of 2 (Anatomy and physiology)".
    const chosen = (step.choices ?? []).flatMap((choice, k) => {
      const heading = chooseText(p.lang, { choose: choice.choose, of: choice.courses.length });
      const name = `${k + 1}. ${heading}${choice.note ? ` (${choice.note})` : ''}`;
      return choice.courses.map((course) => ({
        course,
        item: 'course_choice' as const,
        choice: name,
      }));
    });
    for (const { course: c, item, choice } of [...listed, ...chosen]) {
      const early = c.earlyCredit.map(earlyCell).join('; ');
      rows.push([
        ...base,
        label(l.item, item),
        c.code,
        c.title,
        label(l.kind, c.kind),
        label(l.subject, c.subject),
        ...creditCells(c),
        c.institution,
        early,
        choice,
      ]);
    }
    // A credential to choose from names its choice: "1. Earn 1 of 2 (Patient care)".
    const credentials = [
      ...step.credentials.map((credential) => ({
        credential,
        item: 'credential' as const,
        choice: '',
      })),
      ...(step.credentialChoices ?? []).flatMap((choice, k) => {
        const heading = earnText(p.lang, { choose: choice.choose, of: choice.credentials.length });
        const name = `${k + 1}. ${heading}${choice.note ? ` (${choice.note})` : ''}`;
        return choice.credentials.map((credential) => ({
          credential,
          item: 'credential_choice' as const,
          choice: name,
        }));
      }),
    ];
    for (const { credential: c, item, choice } of credentials)
      rows.push([
        ...base,
        label(l.item, item),
        c.id,
        c.title,
        label(l.credential, c.type),
        '',
        '',
        '',
        c.issuer ?? '',
        (c.earlyCredit ?? []).map(earlyCell).join('; '),
        choice,
      ]);
    for (const w of step.workBasedLearning)
      rows.push([
        ...base,
        label(l.item, 'work_based_learning'),
        es ? '' : w.type,
        w.title,
        es ? l.wbl[w.type] : '',
        '',
        '',
        '',
        w.employer ?? '',
        '',
        '',
      ]);
  }
  const header = es
    ? PROGRAM_CSV_COLUMNS.map((key) => PROGRAM_CSV_COLUMNS_ES[key])
    : PROGRAM_CSV_COLUMNS;
  return writeCsv(header, rows, { bom: true });
}
