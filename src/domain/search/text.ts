/** Text folding for search: lower case, accents dropped, split into words. Pure. */

const STOPWORDS = new Set([
  'and',
  'or',
  'of',
  'the',
  'for',
  'in',
  'to',
  'a',
  'an',
  'y',
  'o',
  'de',
  'del',
  'la',
  'el',
  'los',
  'las',
  'en',
  'para',
  'por',
  'un',
  'una',
  // What people type around the words that matter: "I want to work with animals", "quiero ser
  // enfermera", "trabajar con animales".
  'with',
  'i',
  'im',
  'me',
  'my',
  'want',
  'be',
  'become',
  'like',
  'about',
  'at',
  'on',
  'as',
  'is',
  'am',
  'con',
  'sin',
  'que',
  'mi',
  'mis',
  'yo',
  'al',
  'quiero',
  'ser',
  'como',
  'sobre',
  // Spoken forms of wanting or going to be: "i wanna be a nurse", "gonna be a vet", "voy a ser
  // maestra", "quisiera ser chef", "me gustaría ser piloto".
  'wanna',
  'wana',
  'gonna',
  'gotta',
  'voy',
  'quisiera',
  'gustaria',
]);

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

/** Words of a text: letters and digits, folded. Codes such as 15-1252.00 are split into their parts. */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * Words that say the person wants work (or pay), not which work ("jobs with animals", "trabajar
 * con animales", "make money"): when no document has every word of a query, these count for
 * little.
 */
const FILLER = new Set([
  'work',
  'working',
  'job',
  'jobs',
  'career',
  'careers',
  'trabajar',
  'trabajo',
  'trabajos',
  'empleo',
  'empleos',
  'carrera',
  'carreras',
  // Wanting pay, not saying which work: "make money", "ganar dinero".
  'make',
  'earn',
  'ganar',
]);

export const isFiller = (word: string): boolean => FILLER.has(word);

/**
 * Words that name no kind of work: generic nouns that only stand in for what a verb is done to
 * ("build things", "fix stuff", "arreglar cosas"), words of liking ("I love reading", "me encanta
 * cocinar") or aptitude ("good with numbers"), light verbs ("take care of pets", "hacer videojuegos") and words of extent or
 * ownership ("the world", "my own"). Like filler words, they
 * are never needed beside words that say what, and then only order equal hits.
 */
const GENERIC = new Set([
  'thing',
  'things',
  'stuff',
  'something',
  'love',
  'enjoy',
  'really',
  'lot',
  'lots',
  // "good with numbers", "bueno para los números": an aptitude, said of what follows.
  'good',
  'great',
  'bueno',
  'buena',
  'do',
  'doing',
  'take',
  // "learn to code", "save animals", "start a business": wanting to learn, to help or to begin,
  // said of what follows.
  'learn',
  'save',
  'start',
  // "travel the world", "be my own boss", "conocer el mundo", "mi propio negocio": they say how
  // much, how long or whose, not which work.
  'world',
  'own',
  'all',
  'day',
  'todo',
  'dia',
  'mundo',
  'propio',
  'propia',
  'cosa',
  'cosas',
  'algo',
  'gusta',
  'gustan',
  'encanta',
  'encantan',
  'hacer',
]);

export const isGeneric = (word: string): boolean => GENERIC.has(word);

/** A query without markup: a pasted "<b>nurse</b>" is the word "nurse". */
export function plainQuery(text: string): string {
  return text.replace(/<[^<>]*>/g, ' ');
}

/** Whether a word only joins others ("and", "of", "de"): no word of what a name names. */
export const isStopword = (word: string): boolean => STOPWORDS.has(word);

/** Query words without stopwords, unless that leaves nothing. */
export function queryWords(text: string): string[] {
  const words = tokenize(plainQuery(text));
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  return meaningful.length > 0 ? meaningful : words;
}

/** A code typed as a query: SOC / O*NET-SOC ("15-1252", "15-1252.00"), CIP ("51.38"), cluster or pathway ("08", "08-05"). */
export function asCodeQuery(text: string): string | undefined {
  const q = text.trim();
  return /^\d{2}(-\d{1,4}(\.\d{0,2})?|\.\d{0,4})?$/.test(q) || /^\d{2}-$/.test(q) ? q : undefined;
}

/** Damerau–Levenshtein distance (optimal string alignment), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, prev2[j - 2]! + 1);
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1]!;
}

export function trigrams(word: string): string[] {
  const padded = ` ${word} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}
