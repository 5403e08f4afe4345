/** For the importers' message tests: every problem keyed, with a Spanish text of its own. */
import { expect } from 'vitest';
import { localizeIssue } from '../src/importers/issue-text.ts';
import { formatIssue, type ImportIssue } from '../src/importers/tabular.ts';

/** Each problem keyed, and its Spanish another text at the same file, line, column and field. */
export function expectSpanish(issues: readonly ImportIssue[]): void {
  for (const issue of issues) {
    expect(issue.key, formatIssue(issue)).toBeDefined();
    const es = localizeIssue(issue, 'es');
    expect(es.message, formatIssue(issue)).not.toBe(issue.message);
    expect({ ...es, message: issue.message }).toEqual(issue);
  }
}
