/** The header of a report saved as CSV, found below the title lines it may open with. */
import { headerKey, TabularFile } from './tabular.ts';

/**
 * A report saved as CSV may open with title lines ("Transcript Export", "Printed 06/01/2025")
 * before its header: when the first line names none of `names` and one of the next ten does, that
 * line is the header and the lines above it are left out. Otherwise the file as it is.
 */
export function skipTitleLines(file: TabularFile, names: readonly string[]): TabularFile {
  if (names.some((name) => file.has(name))) return file;
  const wanted = new Set(names.map(headerKey));
  const index = file.rows
    .slice(0, 10)
    // "Student ID:" beside its value is a label, no column.
    .findIndex((row) =>
      row.fields.some((field) => wanted.has(headerKey(field)) && !field.trim().endsWith(':')),
    );
  if (index < 0) return file;
  return new TabularFile(file.name, file.rows[index]!.fields, file.rows.slice(index + 1), [
    ...file.issues,
  ]);
}
