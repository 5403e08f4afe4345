/**
 * Terms a paper transcript writes as T and a number ("T1"), as headings or in a term column. They
 * are trimesters (t1–t3), as they always were; but a year whose terms so written are T1, T2, T3
 * and T4 is a year of quarters, and they are q1–q4 (the names the rest of the importer keeps,
 * domain/requirements/terms.ts). A "T4" heading in a year that is not so is no term: refused
 * naming its line, in English and Spanish, and the courses under it left out (its problem says
 * why). A year is told by its school year and grade (a heading of the grade alone has no year yet).
 * Terms written "Term 1", "1st Term" say nothing of their length: the year's highest such number
 * is how many terms it has, 2 semesters, 3 trimesters or 4 quarters, as in a transcript file.
 */
import { numberedTerm } from '../domain/requirements/terms.ts';
import { issueText } from './issue-text.ts';
import type { TabularFile, TabularRow } from './tabular.ts';
import type { TranscriptRow } from './transcript-csv.ts';

/** The year a term belongs to, for counting its terms. */
export const yearKey = (when: { year?: number | undefined; grade?: number | undefined }) =>
  `${when.year ?? ''}\u0000${when.grade ?? ''}`;

interface Numbered {
  n: number;
  key: string;
  /** The heading the course is under, when its term came from one. */
  heading?: TabularRow | undefined;
  /** Written "Term <n>" (counted by the year's highest number), not "T<n>". */
  counted?: boolean;
}

/** "T<n>" and "Term <n>" numbers of one year are counted apart. */
const countKey = ({ key, counted }: Pick<Numbered, 'key' | 'counted'>) =>
  counted ? `${key}\u0000term` : key;

export class NumberedTerms {
  readonly #seen = new Map<string, Set<number>>();
  readonly #headings: Array<{ row: TabularRow; text: string } & Numbered> = [];
  readonly #courses = new Map<TranscriptRow, Numbered>();

  #note(key: string, n: number) {
    const set = this.#seen.get(key);
    if (set) set.add(n);
    else this.#seen.set(key, new Set([n]));
  }

  /** A term heading "T<n>" (or "Term <n>", `counted`) of the year `key`. */
  heading(row: TabularRow, text: string, n: number, key: string, counted = false): void {
    this.#headings.push({ row, text, n, key, counted });
    this.#note(countKey({ key, counted }), n);
  }

  /** A course whose term was written "T<n>", in its term column or by the heading above it. */
  course(course: TranscriptRow, numbered: Numbered): void {
    this.#courses.set(course, numbered);
    this.#note(countKey(numbered), numbered.n);
  }

  /**
   * Names the terms of the years of quarters, refuses the other "T4" headings (on `file`) and
   * returns the rows kept: all but the courses under a refused heading.
   */
  finish(file: TabularFile, rows: TranscriptRow[]): TranscriptRow[] {
    // Numbers run 1 to 4: four of them are T1 to T4.
    const quarters = (key: string) => this.#seen.get(key)?.size === 4;
    const refused = new Set<TabularRow>();
    for (const h of this.#headings) {
      if (h.counted || h.n < 4 || quarters(h.key)) continue;
      refused.add(h.row);
      file.fail(h.row, 0, issueText('paper_line', { text: h.text.slice(0, 60) }));
    }
    const underWay = new Set(
      [...this.#courses]
        .filter(([course, numbered]) => numbered.counted && course.result === 'in_progress')
        .map(([, numbered]) => numbered.key),
    );
    for (const [course, numbered] of this.#courses) {
      if (!numbered.counted) {
        if (quarters(numbered.key)) course.term = numberedTerm(numbered.n, 4);
        continue;
      }
      // "Term 1" to "Term <count>", each of them, is a year of <count> terms; a year whose terms
      // are not all there, or still under way with fewer than four, keeps them as written
      // ("term 2"), as a transcript file's bare numbers are (transcript-term-numbers.ts).
      const held = this.#seen.get(countKey(numbered))!;
      const count = Math.max(...held);
      if (count < 2 || held.size !== count || (count < 4 && underWay.has(numbered.key))) continue;
      course.term = numberedTerm(numbered.n, count as 2 | 3 | 4);
    }
    if (refused.size === 0) return rows;
    return rows.filter((r) => {
      const heading = this.#courses.get(r)?.heading;
      return heading === undefined || !refused.has(heading);
    });
  }
}
