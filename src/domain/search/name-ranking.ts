/**
 * How a hit's other names (O*NET alternate and short titles) weigh in its ranking
 * (search-ranking.ts): a whole other name typed ("RN", "cop") earns a bonus, a name that says a
 * verb with its object ("Help Desk Analyst") keeps the verb needed, and many names saying the
 * words ("Design Architect", "Building Architect") order the hits found by names only
 * (name-shares.ts).
 */
import { WHOLE_ALIAS, KEY, TYPO, TYPO_STEP, TITLE, ALIAS } from './search-weights.ts';
import { ingKeys } from './spanish.ts';
import { tokenize } from './text.ts';
import { isTeachingKey, someNameWith } from './alias-book.ts';
import { doerNamed } from './doer-names.ts';
import {
  aliasBookOf,
  keyOf,
  keysOf,
  nameKey,
  type Postings,
  type SearchData,
  type SearchDoc,
} from './search-data.ts';
import { postingsOf, tokensOf, type WordTokens } from './word-matches.ts';

/**
 * Documents with the whole query as another name ("RN", "cop"), with their bonus; for a
 * one-word query with a typo, also those with a whole other name that the typo stands for
 * ("docter" → "Doctor"), weighed as the typo match is.
 */
export function wholeAliases(
  data: SearchData,
  query: string,
  words: string[],
  found: WordTokens,
  lang: 'en' | 'es' | undefined,
): Map<number, number> {
  const bonus = new Map<number, number>();
  // The query as typed ("Staff RN"), or its words without stopwords ("I want to be a nurse").
  for (const name of new Set([nameKey(query), words.join(' ')]))
    for (const id of data.aliasNames.get(name) ?? []) bonus.set(id, WHOLE_ALIAS);
  // In another gender or number ("doctora" is "Doctor", "teachers" "Teacher"), weighed as such
  // a word is; only when no other name is the query as typed ("art teacher" is "Art Teacher",
  // not "Arts Teacher"). In Spanish, only for a word no title has in that form: the (English)
  // other name is then a coincidence ("maestra" is "Maestros de primaria", not the music
  // directors' "Maestro").
  const keyed = keysOf(data, words);
  const spanishTitle = lang === 'es' && words.length === 1 && inSomeTitle(data, keyed);
  if (bonus.size === 0 && !spanishTitle)
    for (const id of data.aliasKeyNames.get(keyed) ?? []) bonus.set(id, WHOLE_ALIAS * KEY);
  if (bonus.size === 0 && words.length > 1) inOtherWords(data, words, found, bonus);
  if (words.length !== 1 || data.postings.has(words[0]!)) return bonus;
  const loose = tokensOf(data, words[0]!, found).loose;
  const closest = Math.max(0, ...loose.values()) - TYPO_STEP / 2;
  for (const [token, factor] of loose) {
    // Only the closest corrections: "plumer" is the other name "Plumber", not "Flumer".
    if (factor < closest) continue;
    for (const id of data.aliasNames.get(token) ?? []) {
      const typo = (WHOLE_ALIAS * factor) / TYPO;
      if ((bonus.get(id) ?? 0) < typo) bonus.set(id, typo);
    }
  }
  return bonus;
}

/** At most this many readings of a query are looked up as whole other names. */
const MAX_READINGS = 256;

/**
 * Documents with the whole query, read word by word in other words (everyday-words.ts), as
 * another name: "kids nurse" is "Pediatric Nurse" (registered nurses), "baby nurse" "Neonatal
 * Nurse", weighed as the least of its words' readings. Two words are read in either order, as
 * Spanish puts them ("enfermera de bebés" is "Neonatal Nurse"). Into `bonus`.
 */
function inOtherWords(
  data: SearchData,
  words: readonly string[],
  found: WordTokens,
  bonus: Map<number, number>,
): void {
  const readings = words.map((word) => {
    const { keys, related } = tokensOf(data, word, found);
    return [...keys].map(([k, f]) => ({ k, f, work: related.has(k) }));
  });
  if (readings.reduce((n, r) => n * r.length, 1) > MAX_READINGS) return;
  let names: { key: string; factor: number; work: boolean }[] = [
    { key: '', factor: 1, work: false },
  ];
  for (const keys of readings)
    names = names.flatMap(({ key, factor, work }) =>
      keys.map(({ k, f, work: w }) => ({
        key: key ? `${key} ${k}` : k,
        factor: Math.min(factor, f),
        work: work || w,
      })),
    );
  if (words.length === 2)
    names = names.concat(
      names.map(({ key, factor, work }) => ({
        key: key.split(' ').reverse().join(' '),
        factor,
        work,
      })),
    );
  for (const { key, factor, work } of names)
    // A teacher's name says what is taught: a word read as the work it stands for ("niños":
    // pediatric) is not that ("Pediatrics Teacher" teaches future doctors, not children).
    if (!(work && isTeachingKey(key.split(' ').at(-1))))
      for (const id of data.aliasKeyNames.get(key) ?? [])
        if ((bonus.get(id) ?? 0) < WHOLE_ALIAS * factor) bonus.set(id, WHOLE_ALIAS * factor);
}

/**
 * Drops the whole-other-name bonus (`wholeAliases`) of the documents found by other names only,
 * when the query has a word standing for work (everyday-words.ts `related`: "heart" →
 * cardiologists) and another document has that work in its title and every other word too:
 * O*NET lists "Heart Doctor" among the other names of "Pediatric Surgeons", but "heart doctor"
 * asks for the "Cardiologists" the word stands for. Where no title says the work, or the
 * document's title has another word of the query ("Bank Manager" of "Financial Managers"), the
 * whole name still counts.
 */
export function dropUnprovenAliases(
  data: SearchData,
  words: readonly string[],
  found: WordTokens,
  postingsFor: (word: string) => { exact: Postings },
  counts: (word: string) => boolean,
  accept: (doc: SearchDoc) => boolean,
  bonus: Map<number, number>,
): void {
  if (bonus.size === 0) return;
  for (const word of words) {
    const match = tokensOf(data, word, found);
    if (!match.standsFor || bonus.size === 0) continue;
    const own = postingsFor(word).exact;
    const others = words.filter((w) => w !== word && counts(w)).map((w) => postingsFor(w).exact);
    let titled = false;
    for (const [id, score] of own)
      if (score > ALIAS && others.every((p) => p.has(id)) && accept(data.docs[id]!)) {
        titled = true;
        break;
      }
    if (!titled) continue;
    const all = [own, ...others];
    // A verb of doing said as its doer beside the rest ("Furniture Maker" for "make
    // furniture") names the work itself, not the work the verb stands for ("Film Developer").
    const byDoer = doerNamed(
      data,
      match,
      words.filter((w) => w !== word && counts(w)),
      found,
    );
    for (const id of [...bonus.keys()])
      if (all.every((p) => (p.get(id) ?? 0) <= ALIAS) && !byDoer(data.docs[id]!)) bonus.delete(id);
  }
}

/**
 * "kids nurse", "baby nurse": where the last word of a query names the people who do the work
 * (some English title ends on it: "Registered Nurses") and words before it say which, the
 * documents whose title names those people, as typed or in another form, or that have the
 * whole query as another name; else undefined. They come before work that has the people in
 * other names only ("Child's Nurse" of childcare workers).
 */
export function headNamed(
  data: SearchData,
  kept: readonly string[],
  found: WordTokens,
  wholeAlias: ReadonlyMap<number, number>,
): Set<number> | undefined {
  const head = kept.at(-1);
  if (kept.length < 2 || !head || !data.titleHeads.has(keyOf(data, head))) return undefined;
  const named = new Set(wholeAlias.keys());
  for (const [id, score] of postingsOf(data, tokensOf(data, head, found), 'as typed').exact)
    if (score > ALIAS) named.add(id);
  return named;
}

/** Whether some document has a title word with this Spanish key (spanishKey). */
function inSomeTitle(data: SearchData, key: string): boolean {
  for (const weight of data.keys.get(key)?.values() ?? []) if (weight >= TITLE) return true;
  return false;
}

/**
 * Whether one title or other name of a document says the query: has every word as typed or in
 * another form (not as the start of a longer word, a synonym or the work it stands for):
 * "Help Desk Analyst" has "help desk", while "Fixing Machine Operator" and "Car Hop" are no name
 * with "fix cars". With `meant`, a synonym counts too ("Car Repair Technician" says "fix cars").
 * A name of someone who teaches the work says what they teach, not what they do: "Computer
 * Repair Instructor" (career and technical teachers) is no name that fixes computers.
 * With `people`, a word's people say it too ("Fashion Designer" says "design clothes").
 */
export function namesSaying(
  data: SearchData,
  words: string[],
  found: WordTokens,
  meant = false,
  people = false,
): (doc: SearchDoc) => boolean {
  const matches = words.map((word) => {
    const m = tokensOf(data, word, found);
    const said = (t: string) => meant || !m.meant.has(t);
    const tokens = [...m.exact.keys()].filter((t) => !m.started.has(t) && said(t));
    if (people && m.asTyped === undefined) tokens.push(...peopleOf(word));
    const keys = [...m.keys.keys()].filter((k) => !m.related.has(k) && said(k));
    return { tokens: new Set(tokens), keys: new Set(keys) };
  });
  const flags = (token: string, key: string, ing: readonly string[] = ingKeys(token)) =>
    matches.map(
      ({ tokens, keys }) =>
        tokens.has(token) || keys.has(key) || (ing.length > 0 && ing.some((k) => keys.has(k))),
    );
  return (doc) => {
    for (const title of [doc.title.en, doc.title.es ?? '']) {
      const rows = tokenize(title).map((token) => flags(token, keyOf(data, token)));
      if (matches.every((_, i) => rows.some((row) => row[i]))) return true;
    }
    const book = aliasBookOf(data, doc);
    return book !== undefined && someNameWith(book, matches, true);
  };
}

/** The people of a word as names say them: with -er, -r or -or ("design": "designer"). */
function peopleOf(word: string): string[] {
  return [`${word}er`, `${word}r`, `${word}or`];
}
