/**
 * The forms of one folded word, without a dictionary: its gender- and number-free key
 * (spanishKey), its other number, the masculine of a feminine, and the base words and doers of an
 * English -ing word. Both the index and the query go through here. Pure.
 */

const NONE: readonly string[] = Object.freeze([]);

/**
 * The gender- and number-free key of a folded word: plural -es after l, r, n, d, z, j and plural
 * -s after a vowel go, -triz becomes -tor, then a final -a or -o goes ("jueces" → "juez",
 * "doctoras" → "doctor", "técnicos" → "tecnic", "actrices" → "actor"). English plurals fold
 * too: -ies becomes -y ("secretaries" → "secretary") and -s after a consonant goes
 * ("engineers" → "engineer", "mechanics" → "mechanic"; not -ss: "business"), as does -es after
 * ch, sh, x and ss ("coaches" → "coach", "taxes" → "tax"). Short words are their own key. Both
 * the index and the query go through here, so a key only has to be the same for the forms of
 * one word.
 */
export function spanishKey(word: string): string {
  if (word.length < 4) return word;
  const w = singular(word);
  return w.length >= 4 && /[ao]$/.test(w) ? w.slice(0, -1) : w;
}

/** A word of four letters or more without its plural (spanishKey, before the gender vowel goes). */
function singular(word: string): string {
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ces')) w = `${w.slice(0, -3)}z`;
  else if (/[lrndzj]es$/.test(w)) w = w.slice(0, -2);
  else if (/[aeiou]s$/.test(w)) w = w.slice(0, -1);
  else if (/[^aeiousy]s$/.test(w)) w = w.slice(0, -1);
  // English -es after ch, sh, x and ss ("coaches", "dishes", "taxes", "businesses"): the
  // singular's key. A Spanish -che, -she or -xe keeps one key too ("coche" and "coches").
  if (/(ch|sh|x|ss)e$/.test(w)) w = w.slice(0, -1);
  // The feminine of -tor in -triz: "actriz", "actrices" → "actor".
  if (w.length >= 6 && w.endsWith('triz')) w = `${w.slice(0, -4)}tor`;
  return w;
}

/**
 * Whether a folded word's key drops a final -a or -o ("fábrica", "bomberos" do; "fabric",
 * "doctor" do not). A word that keeps its ending is no form of one that drops it: "fabric" is
 * an English word of its own, not "fábrica" without its -a, while "doctora" is a form of
 * "doctor" and "bombera" of "bombero".
 */
export function dropsVowel(word: string): boolean {
  if (word.length < 4) return false;
  const w = singular(word);
  return w.length >= 4 && /[ao]$/.test(w);
}

/**
 * The same folded word in the other number, as a word may be written: "barcos" → "barco",
 * "barco" → "barcos", "boats" → "boat", "coach" → "coaches", "secretary" → "secretaries",
 * "movies" → "movie" (an -ies plural of a word in -ie too), "juez" → "jueces".
 * Only forms with the word's own key (spanishKey), so never another gender ("maestra" is no
 * form of "maestros"); forms that are no word of the index simply match nothing.
 */
export function numberForms(word: string): readonly string[] {
  if (word.length < 4) return NONE;
  const forms: string[] = [];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('ces')) forms.push(`${word.slice(0, -3)}z`);
  else if (word.endsWith('es')) forms.push(word.slice(0, -1), word.slice(0, -2));
  else if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  else if (word.endsWith('y')) forms.push(`${word}s`, `${word.slice(0, -1)}ies`);
  else if (word.endsWith('z')) forms.push(`${word.slice(0, -1)}ces`);
  else if (/[aeiou]$/.test(word)) forms.push(`${word}s`);
  else forms.push(`${word}s`, `${word}es`);
  const key = spanishKey(word);
  const same = forms.filter((form) => spanishKey(form) === key);
  // "movies" → "movie": keyed as "movy", the word in -ie has a key of its own, and no gender.
  return word.endsWith('ies') ? [...same, word.slice(0, -1)] : same;
}

/**
 * The masculine in -o of a folded Spanish feminine in -a or -as ("maestra" → "maestro",
 * "enfermeras" → "enfermeros"), as our titles name people (masculine plural); empty for other
 * words. Without a dictionary: forms that are no word ("casos" for "casas") only matter where
 * the index has them. Not the bare stem ("doctora" → "doctor"): as a typo's stand-in it is
 * close to too many English words ("polisia" → "polisi" is one letter from "polish").
 */
export function masculineForms(word: string): readonly string[] {
  if (word.length < 5) return NONE;
  if (word.endsWith('as')) return [`${word.slice(0, -2)}os`];
  if (word.endsWith('a')) return [`${word.slice(0, -1)}o`];
  return NONE;
}

/**
 * The English base words an -ing word may come from, as keys: "nursing" → "nurs", "nurse";
 * "welding" → "weld", "welde"; "programming" → "programm", "programme", "program". Without a
 * dictionary the stem with and without a final -e are both given; only words that exist in the
 * index ever match. Empty for other words and for stems without a vowel ("string", "spring").
 */
export function ingKeys(word: string): readonly string[] {
  const bases = ingBases(word);
  // Most words are no -ing word: no new empty list for each (search asks for every name's words).
  return bases.length === 0 ? NONE : bases.map(spanishKey);
}

/** The possible base words of an English -ing word, unkeyed; empty for other words. */
function ingBases(word: string): readonly string[] {
  if (word.length < 6 || !word.endsWith('ing')) return NONE;
  const stem = word.slice(0, -3);
  if (!/[aeiouy]/.test(stem)) return NONE;
  const bases = [stem, `${stem}e`];
  if (/([^aeiouy])\1$/.test(stem) && !/(ll|ss)$/.test(stem)) bases.push(stem.slice(0, -1));
  return bases;
}

/**
 * The person who does what an English -ing word names, as written and as keys: "welding" →
 * "welder", "painting" → "painter", "programming" → "programmer", "driving" → "driver", and
 * with -or: "acting" → "actor", "editing" → "editor", "operating" → "operator", "tutoring" →
 * "tutor". A job search for the activity means the trade ("welding" is the work of welders). As
 * with ingKeys, forms that are no word ("nurser", "weldor") simply match nothing.
 */
export function agentForms(word: string): readonly string[] {
  // The stem and the stem with -e only: a doubled consonant stays doubled in the people
  // ("programming", "running": "programmer", "runner"; no "programer" to stand in the way of the
  // typo "programer" being read as "programmer").
  const bases = ingBases(word).slice(0, 2);
  if (bases.length === 0) return NONE;
  const people = bases.map((base) => (base.endsWith('e') ? `${base}r` : `${base}er`));
  // "-or" on the stem as typed ("act" + "or"; "tutor" + "ing" keeps the whole word).
  const stem = bases[0]!;
  people.push(stem.endsWith('or') ? stem : `${stem}or`);
  // A final consonant after one vowel doubles before -er, as students may not have typed it:
  // "programing" → "programmer", "shoping" → "shopper".
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(stem)) people.push(`${stem}${stem.at(-1)}er`);
  return [...new Set(people)];
}
