/**
 * The caseload list's filters, sort and pages, after the triage (so the counts by signal cover
 * the whole scope). Names (the shown name, or family then given name) sort by a collator of the
 * request's language that ignores case and accents at the first level ("Ávila" with the A's), with the student id last so the order, and
 * therefore every page, is the same from one request to the next.
 */
import type { TCaseloadFilters } from '../../contracts/caseload.ts';
import type { Lang } from '../../domain/framework.ts';
import { byFamilyName, byShownName, nameCollator } from '../../domain/people/name-order.ts';
import { nameMatcher } from '../../domain/people/name-search.ts';
import type { Triage } from '../../domain/triage/signals.ts';
import type { CaseloadStudent } from '../../db/caseload-repository.ts';
import type { ConcentratorProgram } from './caseload-concentrators.ts';

export interface CaseloadRow {
  student: CaseloadStudent;
  triage: Triage;
  /** The programs of study the student is a CTE concentrator in (empty: none). */
  concentrator: ConcentratorProgram[];
}

export function filterRows(rows: CaseloadRow[], query: TCaseloadFilters): CaseloadRow[] {
  const matches = query.q ? nameMatcher(query.q) : undefined;
  return rows.filter(
    ({ student, triage, concentrator }) =>
      (query.signal === undefined || triage.signals.some((s) => s.code === query.signal)) &&
      (query.concentrator === undefined ||
        concentrator.length > 0 === (query.concentrator === 'yes')) &&
      (query.grade === undefined || student.grade === query.grade) &&
      (matches === undefined ||
        matches(student.name) ||
        (student.localId !== null && matches(student.localId))),
  );
}

export function sortRows(
  rows: CaseloadRow[],
  sort: TCaseloadFilters['sort'],
  lang: Lang,
): CaseloadRow[] {
  const collator = nameCollator(lang);
  const byId = (a: CaseloadRow, b: CaseloadRow) =>
    a.student.userId < b.student.userId ? -1 : a.student.userId > b.student.userId ? 1 : 0;
  const shown = byShownName(collator);
  const family = byFamilyName(collator);
  const byName = (a: CaseloadRow, b: CaseloadRow) => shown(a.student, b.student) || byId(a, b);
  const byFamily = (a: CaseloadRow, b: CaseloadRow) => family(a.student, b.student) || byId(a, b);
  const shortfall = (r: CaseloadRow) => (r.triage.expected ?? 0) - r.triage.earned;
  const compare: Record<TCaseloadFilters['sort'], (a: CaseloadRow, b: CaseloadRow) => number> = {
    signals: (a, b) => b.triage.signals.length - a.triage.signals.length || byName(a, b),
    name: byName,
    family: byFamily,
    grade: (a, b) => (a.student.grade ?? 0) - (b.student.grade ?? 0) || byName(a, b),
    credits: (a, b) => shortfall(b) - shortfall(a) || byName(a, b),
  };
  return [...rows].sort(compare[sort]);
}

/** One page of a list (pages from 1); past the last page, none. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): T[] {
  return rows.slice((page - 1) * pageSize, page * pageSize);
}
