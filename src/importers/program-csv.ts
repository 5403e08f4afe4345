/** A program of study as CSV: one row per course, credential and work-based learning item. */
import { writeCsv } from './csv-writer.ts';
import type { TProgramDetail } from '../contracts/program-api.ts';

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
] as const;

export function programToCsv(p: TProgramDetail): string {
  const rows: string[][] = [];
  for (const step of p.steps) {
    const base = [p.id, String(p.version), p.status, step.level, step.term ?? ''];
    for (const c of step.courses) {
      const early = c.earlyCredit
        .map((e) => `${e.type}: ${e.course.code} ${e.credits} cr at ${e.institution}`)
        .join('; ');
      rows.push([
        ...base,
        'course',
        c.code,
        c.title,
        c.kind,
        c.subject,
        String(c.credits),
        c.creditUnit,
        c.institution,
        early,
      ]);
    }
    for (const c of step.credentials)
      rows.push([...base, 'credential', c.id, c.title, c.type, '', '', '', c.issuer ?? '', '']);
    for (const w of step.workBasedLearning)
      rows.push([
        ...base,
        'work_based_learning',
        w.type,
        w.title,
        '',
        '',
        '',
        '',
        w.employer ?? '',
        '',
      ]);
  }
  return writeCsv(PROGRAM_CSV_COLUMNS, rows, { bom: true });
}
