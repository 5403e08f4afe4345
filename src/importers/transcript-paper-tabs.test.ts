/**
 * Transcripts copied from a web portal: a row's cells set apart by one tab each, some rows with a
 * tab doubled (an empty cell) or the mark shifted one column right. What can be placed is read;
 * a line whose empty cells cannot be placed is refused naming it, in English and Spanish. Made-up
 * school, student and marks.
 */
import { describe, expect, it } from 'vitest';
import { parse, rowsOf } from '../../test/transcript-text.ts';
import { expectSpanish } from '../../test/issue-spanish.ts';
import { localizeIssue } from './issue-text.ts';
import { tabRow } from './transcript-paper-layout.ts';

const PORTAL = [
  'Northfield High School Student Portal — Course History',
  'Student ID:\t72210',
  'School:\tnfhs',
  'Course\tTitle\tGrade\tCredit',
  'Grade 11 — 2024-2025',
  'ENG301\tAmerican Literature\tB+\t1.0',
  // A tab doubled: the mark one column right.
  'MTH301\tAlgebra II\t\tA-\t1.0',
  // Trailing tabs the portal leaves.
  'CHM301\tChemistry\tC\t1.0\t\t',
  // No course code: an empty first cell, as wide as the header.
  '\tStudy Hall\tP\t0',
];

const file = (lines: string[]) => `${lines.join('\n')}\n`;

describe('transcripts pasted from a web portal, tab-set cells', () => {
  it('reads a doubled tab, a shifted mark and trailing tabs', () => {
    expect(
      rowsOf(file(PORTAL)).map((r) => [
        r.line,
        r.localId,
        r.courseCode,
        r.courseTitle,
        r.letterGrade,
        r.creditsAttempted,
      ]),
    ).toEqual([
      [6, '72210', 'ENG301', 'American Literature', 'B+', 1],
      [7, '72210', 'MTH301', 'Algebra II', 'A-', 1],
      [8, '72210', 'CHM301', 'Chemistry', 'C', 1],
      [9, '72210', '', 'Study Hall', 'P', 0],
    ]);
  });

  it('refuses a line whose empty cells cannot be placed, naming it, in English and Spanish', () => {
    const parsed = parse(file([...PORTAL, '\tHealth\t\tP\t0.5']));
    const issue = parsed.issues.find((i) => i.key === 'paper_tab_cells');
    expect(issue?.line).toBe(10);
    expect(issue?.message).toContain('5 cells');
    expect(localizeIssue(issue!, 'es').message).toContain('5 celdas');
    expectSpanish(parsed.issues);
  });

  it('places cells by tabs alone', () => {
    expect(tabRow('A\tB\t\tC\tD', 4)).toEqual(['A', 'B', 'C', 'D']);
    expect(tabRow('A\tB\tC\tD\t\t', 4)).toEqual(['A', 'B', 'C', 'D']);
    expect(tabRow('\tB\tC\tD', 4)).toEqual(['', 'B', 'C', 'D']);
    expect(tabRow('\tB\t\tC\tD', 4)).toBeUndefined();
    expect(tabRow('A\tB', 4)).toEqual(['A', 'B']);
  });
});
