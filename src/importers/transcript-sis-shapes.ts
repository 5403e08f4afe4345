/**
 * Exports whose headers are a system's short field codes rather than words: read as the fields
 * they stand for only when the header is that system's shape, so a lone "CR" or "TE" in another
 * file is not taken for credits or a term.
 *
 * Aeries grade history (the HIS table, as a query or report of it writes it): PID the student's
 * permanent id, SCH the school code, YR the school year, TE the term, GR the grade level, CN the
 * course number, CO the course title, MK the mark, CR the credit attempted, CC the credit
 * completed. Its other fields (ST, SQ, …) are not read.
 */
import { headerKey, type TabularFile } from './tabular.ts';

interface SisShape {
  /** Every one of these header codes is there. */
  signature: readonly string[];
  /** Code → the field name transcript-columns.ts looks for. */
  fields: Readonly<Record<string, string>>;
}

const SHAPES: readonly SisShape[] = [
  {
    signature: ['pid', 'cn', 'mk', 'cr', 'cc'],
    fields: {
      pid: 'student_id',
      sch: 'school_id',
      yr: 'school_year',
      te: 'term',
      gr: 'grade_level',
      cn: 'course_code',
      co: 'course_title',
      mk: 'letter_grade',
      cr: 'credits_attempted',
      cc: 'credits_earned',
    },
  },
];

/** Names the columns of a file of a known short-code shape by the fields they hold. */
export function readSisShape(file: TabularFile): void {
  const codes = new Map(file.header.map((name, i) => [headerKey(name), i] as const));
  for (const shape of SHAPES) {
    if (!shape.signature.every((code) => codes.has(code))) continue;
    for (const [code, field] of Object.entries(shape.fields))
      file.alias(field, codes.get(code) ?? -1);
  }
}
