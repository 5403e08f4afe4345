/**
 * Where a counselor was in the caseload list when they opened a student: the list's query (its
 * filters, search and sort) and the student. Going back, by the browser's Back or the student
 * page's "Back to the caseload", returns to that same list with the keyboard focus (and the
 * scroll) on that student, instead of the top of an unfiltered list of several hundred.
 * Kept for the browser tab only (sessionStorage), never sent anywhere.
 */
import type { TLang } from '../../contracts/framework.ts';
import { caseloadPath } from './caseload-paths.ts';

const STORAGE_KEY = 'wayfinder.caseload.place';

export interface ListPlace {
  /** The list's address query, without "?" ("signal=no_plan&sort=name"; "" for the whole list). */
  query: string;
  studentId: string;
}

type PlaceStorage = Pick<Storage, 'getItem' | 'setItem'>;

function tabStorage(): PlaceStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage switched off: the list simply starts at the top
  }
}

export function rememberPlace(place: ListPlace, storage = tabStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(place));
  } catch {
    // full or refused: nothing to remember
  }
}

/** The place remembered, when it is the one of this student (or of any, without an id). */
export function placeOf(studentId?: string, storage = tabStorage()): ListPlace | undefined {
  let value: unknown;
  try {
    value = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { query, studentId: id } = value as Record<string, unknown>;
  if (typeof query !== 'string' || typeof id !== 'string' || id === '') return undefined;
  if (studentId !== undefined && id !== studentId) return undefined;
  return { query, studentId: id };
}

/** The caseload list as it was when this student was opened from it (else the whole list). */
export function caseloadReturnPath(lang: TLang, place: ListPlace | undefined): string {
  return place?.query ? `${caseloadPath(lang)}?${place.query}` : caseloadPath(lang);
}
