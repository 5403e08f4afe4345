/**
 * The caseload list as a spreadsheet: one row per student the caller sees, in the list's order,
 * with headers and signal reasons in the request's language. One column per signal (headed by
 * its label), holding the reason when the student has it and nothing when not; "No interest
 * profile" is left out when the caller may not see interest results, as on the page. The
 * programs of study a student is a CTE concentrator in share one column, "; " between them. Written
 * through the one CSV writer (formula-neutralised cells) with a byte-order mark for Excel.
 */
import type { TCaseload } from '../contracts/caseload.ts';
import type { Lang } from '../domain/framework.ts';
import { SIGNAL_LABELS } from '../domain/triage/reasons.ts';
import { SIGNAL_CODES } from '../domain/triage/signals.ts';
import { writeCsv } from './csv-writer.ts';

export const CASELOAD_CSV_HEADERS: Record<Lang, Record<(typeof COLUMNS)[number], string>> = {
  en: {
    name: 'Student',
    localId: 'Local ID',
    school: 'School',
    grade: 'Grade',
    earned: 'Credits earned',
    required: 'Credits required',
    expected: 'Credits expected by now',
    gpa: 'Grade 9 GPA',
    concentrator: 'CTE concentrator in',
    signals: 'Signals',
  },
  es: {
    name: 'Estudiante',
    localId: 'Número de estudiante',
    school: 'Escuela',
    grade: 'Grado',
    earned: 'Créditos obtenidos',
    required: 'Créditos requeridos',
    expected: 'Créditos esperados a estas alturas',
    gpa: 'Promedio de 9.º grado',
    concentrator: 'Concentrador de CTE en',
    signals: 'Señales',
  },
};

const COLUMNS = [
  'name',
  'localId',
  'school',
  'grade',
  'earned',
  'required',
  'expected',
  'gpa',
  'concentrator',
  'signals',
] as const;

const text = (value: number | string | null) => (value === null ? '' : String(value));

export function caseloadToCsv(caseload: Pick<TCaseload, 'items' | 'interestsKnown'>, lang: Lang) {
  const codes = SIGNAL_CODES.filter(
    (code) => caseload.interestsKnown || code !== 'no_interest_profile',
  );
  const headers = CASELOAD_CSV_HEADERS[lang];
  return writeCsv(
    [...COLUMNS.map((c) => headers[c]), ...codes.map((code) => SIGNAL_LABELS[code][lang])],
    caseload.items.map((s) => [
      s.name,
      text(s.localId),
      s.schoolName,
      text(s.grade),
      text(s.credits.earned),
      text(s.credits.required),
      text(s.credits.expected),
      s.grade9Gpa === null ? '' : s.grade9Gpa.toFixed(2),
      s.concentrator.map((p) => p.title).join('; '),
      String(s.signals.length),
      ...codes.map((code) => s.signals.find((x) => x.code === code)?.reason ?? ''),
    ]),
    { bom: true },
  );
}
