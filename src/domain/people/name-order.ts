/**
 * The order of people by name that lists of students use: a collator of the reader's language that
 * ignores case and accents at the first level ("Ávila" with the A's) and reads numbers as numbers.
 * By family name, then given name, as the roster gave them; a person without a split name sorts by
 * the name shown in the same sequence. Ties fall to the caller's next key.
 */
import type { Lang } from '../framework.ts';

export interface NamedPerson {
  name: string;
  givenName: string | null;
  familyName: string | null;
}

export const nameCollator = (lang: Lang): Intl.Collator =>
  new Intl.Collator(lang, { sensitivity: 'base', numeric: true });

/** Compares by the name shown. */
export const byShownName =
  (collator: Intl.Collator) =>
  (a: NamedPerson, b: NamedPerson): number =>
    collator.compare(a.name, b.name);

/** Compares by family name, then given name, then the name shown. */
export const byFamilyName =
  (collator: Intl.Collator) =>
  (a: NamedPerson, b: NamedPerson): number =>
    collator.compare(a.familyName ?? a.name, b.familyName ?? b.name) ||
    collator.compare(a.givenName ?? a.name, b.givenName ?? b.name) ||
    collator.compare(a.name, b.name);
