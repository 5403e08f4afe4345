/**
 * Work on many rows a batch at a time: ids cut into chunks (so one statement's parameters stay
 * few), and rows read a chunk at a time grouped by student.
 */

const CHUNK = 500;
export const chunks = <T>(items: readonly T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );

/**
 * Rows of many students read a chunk of ids at a time (`read`), each made into its value
 * (`make`) and grouped by student id.
 */
export async function groupedByStudent<R extends { student_id: string }, T>(
  studentIds: readonly string[],
  read: (part: string[]) => Promise<R[]>,
  make: (row: R) => T,
): Promise<Map<string, T[]>> {
  const grouped = new Map<string, T[]>();
  for (const part of chunks(studentIds)) {
    for (const row of await read(part)) {
      const list = grouped.get(row.student_id);
      if (list) list.push(make(row));
      else grouped.set(row.student_id, [make(row)]);
    }
  }
  return grouped;
}
