/**
 * A transcript printed as text rather than saved as CSV: its columns set apart by bars ("Course |
 * Title | Grade | Credit"), by tabs, or by runs of spaces (text copied from a PDF), under title
 * lines that hold none of these. The text is rewritten as CSV, one field a cell, for the readers
 * (transcript-csv.ts) to read as any other; lines (and so line numbers) stay as they are. A line
 * of runs of spaces with fewer cells than the header puts each cell under the header column it
 * starts nearest to, as a printed page lines them up ("      English 9     A-    1.0" under
 * "Course  Title  Grade  Credit" leaves the course code empty). Text copied from a web portal, its
 * header's cells set apart by one tab each, is read a tab a cell (tabRow): a line with more cells
 * than the header whose extra cells are exactly its empty ones (a tab doubled, the mark shifted one
 * column right) is read without them; more empty cells than that cannot be placed, and the line is
 * named (`uneven`) for the reader to refuse.
 */

/** A column header line: a title column, a mark column and a credit column. */
const TITLE = /\b(?:course|title|class|subject)\b/i;
const MARK = /\b(?:grade|mark)\b/i;
const CREDIT = /\b(?:credits?|units?|cr\.?)\b/i;

type Layout = 'bars' | 'tabs' | 'spaces';

/** The layout of the first header line, when it is printed (no comma or semicolon in it). */
function layoutOf(lines: readonly string[]): { layout: Layout; header: number } | undefined {
  const header = lines.findIndex(
    (l, i) => i < 40 && TITLE.test(l) && MARK.test(l) && CREDIT.test(l),
  );
  if (header < 0) return undefined;
  const line = lines[header]!;
  // A CSV header, or a tab-separated one the file starts with, is read as it is.
  if (/[,;]/.test(line) || (header === 0 && line.includes('\t'))) return undefined;
  if (line.includes('|')) return { layout: 'bars', header };
  const tabbed = line.trim().split('\t');
  if (tabbed.length >= 3 && tabbed.every((c) => c.trim() !== '' && !/ {2}/.test(c.trim())))
    return { layout: 'tabs', header };
  if (/\t| {2,}/.test(line.trim())) return { layout: 'spaces', header };
  return undefined;
}

interface Cell {
  text: string;
  start: number;
}

/**
 * The cells of a line. Bars: a bar at either end of the line is a border only when the header
 * has one there too; under a header with none, a line's first bar sets an empty first cell apart
 * ("| PE 10 | P | 0.5" under "Course | Title | Grade | Credit": a course without a code).
 */
function cellsOf(line: string, layout: Layout, header?: string): Cell[] {
  if (layout === 'bars') {
    const edges = (header ?? line).trim();
    let inner = line.trim();
    if (edges.startsWith('|')) inner = inner.replace(/^\|/, '');
    if (edges.endsWith('|')) inner = inner.replace(/\|$/, '');
    return inner.split('|').map((text) => ({ text: text.trim(), start: 0 }));
  }
  const cells: Cell[] = [];
  const expanded = line.replace(/\t/g, '    ');
  for (const found of expanded.matchAll(/\S+(?: \S+)*/g))
    cells.push({ text: found[0], start: found.index });
  return cells;
}

/** Cells of a line of spaces under the columns they start nearest to, when they are fewer. */
function aligned(cells: Cell[], columns: Cell[]): string[] {
  if (cells.length >= columns.length || cells.length <= 1) return cells.map((c) => c.text);
  const out = columns.map(() => '');
  let next = 0;
  for (const [i, cell] of cells.entries()) {
    // The nearest column left for it, leaving a column for each cell after it.
    let best = next;
    for (let k = next; k <= columns.length - (cells.length - i); k++)
      if (Math.abs(columns[k]!.start - cell.start) < Math.abs(columns[best]!.start - cell.start))
        best = k;
    out[best] = cell.text;
    next = best + 1;
  }
  return out;
}

/**
 * The cells of a tab-separated line under a header of `width` cells: empty cells past the last
 * dropped; when still too many, the empty ones dropped if they are exactly the extra ones; else
 * undefined (which empty cell is the extra one cannot be told).
 */
export function tabRow(line: string, width: number): string[] | undefined {
  const cells = line.split('\t').map((c) => c.trim());
  while (cells.length > width && cells.at(-1) === '') cells.pop();
  if (cells.length <= width) return cells;
  const filled = cells.filter((c) => c !== '');
  return filled.length === width ? filled : undefined;
}

const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * The text as CSV when it is a printed transcript, with the (1-based) lines whose tab-set cells
 * cannot be placed under the header's columns; undefined when it is not one.
 */
export function printedAsCsv(
  text: string,
): { csv: string; uneven: number[]; sideBySide?: number } | undefined {
  const lines = text.split(/\r\n|\n|\r/);
  const found = layoutOf(lines);
  if (!found) return undefined;
  const uneven: number[] = [];
  const layout = found.layout === 'tabs' ? 'spaces' : found.layout;
  const columns = cellsOf(lines[found.header]!, layout);
  // Two years printed side by side ("Course Grade Credit    Course Grade Credit"): whose year
  // each course is under cannot be told from the text, so it is refused (its line named).
  // The same title, mark and credit column names printed twice over.
  const names = columns.map((c) => c.text.toLowerCase());
  const twice = (re: RegExp) => names.some((n, i) => re.test(n) && names.indexOf(n) !== i);
  if ([TITLE, MARK, CREDIT].every(twice)) return { csv: '', uneven, sideBySide: found.header + 1 };
  const csv = lines
    .map((line, i) => {
      if (found.layout === 'tabs' && line.includes('\t')) {
        const cells = tabRow(line, columns.length);
        if (!cells) uneven.push(i + 1);
        return (cells ?? line.split('\t').map((c) => c.trim())).map(quote).join(',');
      }
      const cells = cellsOf(line, layout, lines[found.header]);
      if (cells.every((c) => c.text === '')) return '';
      const fields = layout === 'spaces' ? aligned(cells, columns) : cells.map((c) => c.text);
      return fields.map(quote).join(',');
    })
    .join('\n');
  return { csv, uneven };
}
