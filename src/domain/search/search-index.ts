/**
 * An in-memory search index over a few thousand documents (clusters, pathways, occupations,
 * programs, courses, credentials, CIP programs). Every word of the query must match a word of
 * the document exactly, as a prefix ("nurs"), in another gender or number ("maestra" finds
 * "Maestros"), as an everyday synonym ("profesor" finds "Maestros") or within one or two typos
 * ("sofware"); titles weigh more than other text. A document whose words all match for real
 * always ranks above one that needs a typo match. English-only documents are also found by the
 * glossary's Spanish terms, and occupations by their other names (O*NET alternate and short
 * titles), which results can show as "also called …". Codes are found by exact code or code
 * prefix. Pure and synchronous.
 */
import {
  agentForms,
  everydayWordsOf,
  glossaryTerms,
  ingKeys,
  isKnownShortForm,
  phrasesOf,
  spanishKey,
  synonymsOf,
} from './spanish.ts';
import { aliasBook, shortestWithEvery, type AliasBook } from './alias-book.ts';
import { lowerBound, Vocabulary } from './vocabulary.ts';
import {
  TITLE,
  TEXT,
  ALIAS,
  WHOLE_ALIAS,
  PRIOR,
  FILLER_RARITY,
  FILLER_WEIGHT,
  WHOLE_TITLE,
  COVER,
  TITLE_START,
  PREFIX,
  KEY,
  SYNONYM,
  EVERYDAY,
  MAX_PREFIX_EXPANSION,
  ING,
  TYPO,
  TYPO_STEP,
  AGENT,
  SHORT_FORM,
  MAX_VARIANTS,
  INTEREST_MIN,
  MAX_INTEREST,
  NAMED_FIT,
} from './search-weights.ts';

import { interestAreas } from './interest-words.ts';
import { RIASEC, type RiasecLetter, type RiasecScores } from '../occupation/riasec.ts';
import { asCodeQuery, fold, isFiller, plainQuery, queryWords, tokenize } from './text.ts';

export interface SearchDoc {
  type: string;
  id: string;
  /** Codes this document is found by (e.g. "15-1252.00", "15-1252", "51.3801"). */
  codes: string[];
  /** Title in each language; Spanish is optional. */
  title: { en: string; es?: string | undefined };
  /** Other searchable text, weighed less than the title. */
  text?: string;
  /** Other names people use (O*NET alternate and short titles), weighed almost as the title. */
  aliases?: readonly string[] | undefined;
  /** A short second line for results. */
  subtitle?: { en: string; es?: string | undefined } | undefined;
  /**
   * How commonly people mean this document, from 0 to 1 (occupations: how many do the work);
   * orders hits that match equally well.
   */
  prior?: number | undefined;
  /**
   * How well the work fits each interest area (O*NET Occupational Interests, 1 to 7): found by
   * interest words ("help people", "creativo") after every hit whose title has the words.
   */
  interests?: RiasecScores | undefined;
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

type Postings = Map<number, number>;

/**
 * A hit being ranked: how many query words it matched (fewer only when no document has them
 * all), the share of them it matched without a typo, and its score.
 */
interface Ranked {
  score: number;
  real: number;
  matched: number;
  /**
   * For an interest query, set on hits ranked by how well they fit its areas (those without
   * every word in a title), which follow all others.
   */
  fit?: number;
}

/**
 * What one query word finds, with factors: indexed words (`exact`: itself, longer words it
 * starts, synonyms), Spanish gender- and number-free keys (`keys`), and, only when the word is no
 * indexed word itself in any gender or number and has no synonym, words one or two typos away
 * (`loose`).
 */
interface WordMatch {
  exact: Map<string, number>;
  keys: Map<string, number>;
  loose: Map<string, number>;
  /** Keys of the everyday synonyms of the typo matches ("docter" → doctor → physician). */
  looseKeys: Map<string, number>;
  /** The words and keys in `exact` and `keys` only as synonyms or everyday words. */
  meant: Set<string>;
}

/** One other name of a document: as written, its words, and its words as one key. */
interface AliasName {
  alias: string;
  key: string;
  tokens: string[];
}

/** Query word → what it finds; kept for one query. */
type WordTokens = Map<string, WordMatch>;

/** The words of a name, in order, as one key: "Staff RN" and "staff-rn" are the same name. */
const nameKey = (text: string) => tokenize(text).join(' ');

export class SearchIndex {
  readonly #docs: SearchDoc[];
  readonly #postings = new Map<string, Postings>();
  /** Spanish gender- and number-free keys (spanishKey) → documents. */
  readonly #keys = new Map<string, Postings>();
  readonly #vocabulary: Vocabulary;
  readonly #codes: { code: string; doc: number }[];
  readonly #aliasNames = new Map<string, number[]>();
  /**
   * Other names by the Spanish keys of their words (spanishKey): "doctora" and "cops" are the
   * whole other names "Doctor" and "Cop" in another gender or number.
   */
  readonly #aliasKeyNames = new Map<string, number[]>();
  /** Each document's other names as read; laid out as an AliasBook when first needed. */
  readonly #aliasList = new Map<SearchDoc, AliasName[]>();
  readonly #aliasBooks = new Map<SearchDoc, AliasBook>();
  /**
   * Words of titles and other text, not only of other names: a whole word typed ("cop") finds
   * longer words by prefix only among these ("Copilot", "Copyman" are other names' words).
   */
  readonly #plainWords = new Set<string>();
  /** Each indexed word's Spanish key (spanishKey), worked out once. */
  readonly #wordKeys = new Map<string, string>();
  /** Each document's titles folded once, for the "title starts with the query" bonus. */
  readonly #foldedTitles: { en: string; es: string | undefined }[] = [];
  /** Each document's titles as the keys of their words, for the "whole title" bonus. */
  readonly #titleKeys: { en: string; es: string | undefined }[] = [];
  /**
   * How many words (no stopwords) each document's English title has before any "except"
   * ("Elementary School Teachers, Except Special Education" has three).
   */
  readonly #titleWords: number[] = [];
  /**
   * Short words written only in capitals in titles and other names ("EMT", "CNA", "HR"): short
   * forms, which a query matches as whole words ("AI" is not "air").
   */
  readonly #shortForms = new Set<string>();
  /**
   * Per interest area, the documents that fit it at least INTEREST_MIN, best first, then by
   * prior: what an interest query of one area answers without a sort.
   */
  readonly #byArea = new Map<RiasecLetter, number[]>();
  /** The types of document that have interest scores (occupations). */
  readonly #interestTypes = new Set<string>();

  constructor(docs: SearchDoc[]) {
    this.#docs = docs;
    const codes: { code: string; doc: number }[] = [];
    const capitals = new Set<string>();
    const ordinary = new Set<string>();
    docs.forEach((doc, id) => {
      this.#foldedTitles.push({
        en: fold(doc.title.en),
        es: doc.title.es ? fold(doc.title.es) : undefined,
      });
      const titleKey = (text: string) =>
        queryWords(text)
          .map((w) => this.#keyOf(w))
          .join(' ');
      const words = queryWords(doc.title.en);
      const except = words.indexOf('except');
      this.#titleWords.push(Math.max(1, except > 0 ? except : words.length));
      this.#titleKeys.push({
        en: titleKey(doc.title.en),
        es: doc.title.es ? titleKey(doc.title.es) : undefined,
      });
      const add = (text: string, weight: number, words = tokenize(text)) => {
        for (const word of words) {
          addPosting(this.#postings, word, id, weight);
          if (weight !== ALIAS) this.#plainWords.add(word);
          addPosting(this.#keys, this.#keyOf(word), id, weight);
          for (const key of ingKeys(word)) addPosting(this.#keys, key, id, weight * ING);
          for (const agent of agentForms(word))
            addPosting(this.#keys, spanishKey(agent), id, weight * ING);
        }
      };
      add(doc.title.en, TITLE);
      if (doc.title.es) add(doc.title.es, TITLE);
      for (const name of [doc.title.en, doc.title.es ?? '', ...(doc.aliases ?? [])])
        noteCase(name, capitals, ordinary);
      if (doc.text) add(doc.text, TEXT);
      if (!doc.title.es) add(glossaryTerms(doc.title.en), TEXT);
      const names: AliasName[] = [];
      for (const alias of doc.aliases ?? []) {
        const tokens = tokenize(alias);
        add(alias, ALIAS, tokens);
        const key = tokens.join(' ');
        names.push({ alias, key, tokens });
        for (const [map, name] of [
          [this.#aliasNames, key],
          [this.#aliasKeyNames, this.#keysOf(tokens)],
        ] as const) {
          const list = map.get(name);
          if (!list) map.set(name, [id]);
          else if (list.at(-1) !== id) list.push(id);
        }
      }
      if (names.length > 0) this.#aliasList.set(doc, names);
      for (const code of doc.codes) codes.push({ code: code.toLowerCase(), doc: id });
    });
    for (const word of capitals) if (!ordinary.has(word)) this.#shortForms.add(word);
    this.#vocabulary = new Vocabulary(this.#postings.keys());
    this.#codes = codes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    for (const doc of docs) if (doc.interests) this.#interestTypes.add(doc.type);
    for (const letter of RIASEC) {
      const fits = (id: number) => docs[id]!.interests?.[letter] ?? 0;
      this.#byArea.set(
        letter,
        docs
          .map((_, id) => id)
          .filter((id) => fits(id) >= INTEREST_MIN)
          .sort((a, b) => fits(b) - fits(a) || (docs[b]!.prior ?? 0) - (docs[a]!.prior ?? 0)),
      );
    }
  }

  /** A document's other names laid out for queries, once (most documents are never shown). */
  #aliasBookOf(doc: SearchDoc): AliasBook | undefined {
    let book = this.#aliasBooks.get(doc);
    if (!book) {
      const names = this.#aliasList.get(doc);
      if (!names) return undefined;
      this.#aliasBooks.set(doc, (book = aliasBook(names, (w) => this.#keyOf(w))));
    }
    return book;
  }

  /** Words as their Spanish keys, as one key: "doctoras de familia" → "doctor famili". */
  #keysOf(words: readonly string[]): string {
    return words.map((word) => this.#keyOf(word)).join(' ');
  }

  /** A word's Spanish key, remembered for the words of the index. */
  #keyOf(word: string): string {
    let key = this.#wordKeys.get(word);
    if (key === undefined) {
      key = spanishKey(word);
      if (this.#postings.has(word)) this.#wordKeys.set(word, key);
    }
    return key;
  }

  /** A short form ("ai", "emt"): known from everyday-words.ts or written only in capitals here. */
  #isShortForm(word: string): boolean {
    return word.length <= SHORT_FORM && (isKnownShortForm(word) || this.#shortForms.has(word));
  }

  get size(): number {
    return this.#docs.length;
  }

  search(
    query: string,
    accept: (doc: SearchDoc) => boolean = () => true,
    lang?: 'en' | 'es',
  ): SearchHit[] {
    return this.find(query, accept, lang).hits;
  }

  /**
   * The hits, and the other name each was found by (see `alsoCalled`), from one reading of the
   * query. With `lang`, a title starting with the query counts only in the title shown in that
   * language; without, in either.
   */
  find(
    query: string,
    accept: (doc: SearchDoc) => boolean = () => true,
    lang?: 'en' | 'es',
  ): { hits: SearchHit[]; alsoCalled: (doc: SearchDoc, lang?: 'en' | 'es') => string | undefined } {
    const code = asCodeQuery(query);
    if (code !== undefined) {
      // Found by code: no other name to show.
      const byCode = this.#byCode(code.toLowerCase(), accept);
      if (byCode.length > 0) return { hits: byCode, alsoCalled: () => undefined };
    }
    const found: WordTokens = new Map();
    return {
      hits: this.#search(query, accept, found, lang),
      alsoCalled: this.#alsoCalled(query, found),
    };
  }

  /**
   * For a query, the other name each hit was found by, to show as "also called …": none when
   * the title has every word; else the alias that is the whole query, or the shortest alias that
   * has every word.
   */
  alsoCalled(query: string): (doc: SearchDoc, lang?: 'en' | 'es') => string | undefined {
    return this.#alsoCalled(query, new Map());
  }

  #search(
    query: string,
    accept: (doc: SearchDoc) => boolean,
    found: WordTokens,
    lang: 'en' | 'es' | undefined,
  ): SearchHit[] {
    const inLang = ({ en, es }: { en: string; es: string | undefined }) =>
      lang === undefined ? [en, es] : [lang === 'es' ? (es ?? en) : en];
    const titlesOf = (id: number) => inLang(this.#foldedTitles[id]!);
    const words = queryWords(query);
    if (words.length === 0) return [];
    const wholeAlias = this.#wholeAliases(query, words, found);
    const best = new Map<number, Ranked>();
    const keep = (id: number, hit: Ranked) => {
      const had = best.get(id);
      if (!had || hit.real > had.real || (hit.real === had.real && hit.score > had.score))
        best.set(id, hit);
    };
    // "jobs with animals", "work with kids": the words that say what work count; the filler
    // words are not needed and weigh little where they match ("workers"), so a document with
    // "animals" alone ranks with those that also have "work".
    const kept = words.filter((word) => !isFiller(word));
    const weightOf = (word: string) => (kept.length > 0 && isFiller(word) ? FILLER_WEIGHT : 1);
    const meaningful = kept.length > 0 ? kept.length : words.length;
    const variants = [
      { words, text: tokenize(plainQuery(query)).join(' '), bonus: 0, matched: meaningful },
    ];
    if (kept.length > 0 && kept.length < words.length)
      variants.push({ words: kept, text: kept.join(' '), bonus: 0, matched: meaningful });
    // A short form spelled out ("IT" → information technology): a whole query that is a short
    // form is weighed as a whole other name is.
    words.forEach((word, i) => {
      for (const phrase of phrasesOf(word)) {
        if (variants.length > MAX_VARIANTS) break;
        const spelled = [...words.slice(0, i), ...phrase, ...words.slice(i + 1)];
        const bonus = words.length === 1 ? WHOLE_ALIAS : 0;
        variants.push({ words: spelled, text: spelled.join(' '), bonus, matched: meaningful });
      }
    });
    const perWord = new Map<string, { exact: Postings; loose: Postings }>();
    const matchesOf = (word: string) => {
      let m = perWord.get(word);
      if (!m) perWord.set(word, (m = this.#matches(this.#tokensOf(word, found))));
      return m;
    };
    for (const variant of variants) {
      const weights = variant.words.map(weightOf);
      const scored = this.#scored(variant.words.map(matchesOf), weights);
      // "welding": a title starting with the trade ("Welders, …") starts with the query too.
      const starts = [variant.text];
      if (variant.words.length === 1) starts.push(...agentForms(variant.words[0]!));
      const n = weights.filter((w) => w === 1).length;
      const whole = variant.words.map((w) => this.#keyOf(w)).join(' ');
      const total = weights.reduce((a, b) => a + b, 0);
      for (const [id, { score, real, count }] of scored) {
        if (count !== variant.words.length) continue;
        const doc = this.#docs[id]!;
        if (!accept(doc)) continue;
        const start = titlesOf(id).some((title) => starts.some((text) => title?.startsWith(text)));
        const bonus =
          variant.bonus +
          (start ? TITLE_START : 0) +
          (inLang(this.#titleKeys[id]!).includes(whole) ? WHOLE_TITLE : 0) +
          // Only where the title has the words (better than any other name can match).
          (score / n > ALIAS ? COVER * Math.min(1, n / this.#titleWords[id]!) : 0) +
          (wholeAlias.get(id) ?? 0) +
          PRIOR * (doc.prior ?? 0);
        keep(id, { score: score / n + bonus, real: real / total, matched: variant.matched });
      }
    }
    // Words of interest ("help people", "trabajar al aire libre"): the occupations that fit
    // them come after every hit whose title has the words, in place of a partial answer.
    const areas = interestAreas(words);
    const fits = areas && this.#byInterest(areas, kept.length > 0 ? kept : words, found, best);
    if (fits) {
      for (const [id, fit] of fits)
        if (!best.has(id) && accept(this.#docs[id]!))
          best.set(id, { score: fit, real: 0, matched: 0, fit });
    } else if (best.size === 0 && words.length > 1)
      this.#partial(words, words.map(matchesOf), accept, keep);
    return [...best]
      .map(([id, hit]) => ({ doc: this.#docs[id]!, ...hit }))
      .sort(
        (a, b) =>
          (a.fit === undefined ? 0 : 1) - (b.fit === undefined ? 0 : 1) ||
          (b.fit ?? 0) - (a.fit ?? 0) ||
          b.matched - a.matched ||
          b.real - a.real ||
          b.score - a.score ||
          (b.doc.prior ?? 0) - (a.doc.prior ?? 0) ||
          a.doc.title.en.length - b.doc.title.en.length,
      )
      .map(({ doc, score }) => ({ doc, score }));
  }

  /**
   * For an interest query, how the hits that do not have every word in a title rank (`fit` set
   * on them in `best`, so they follow every hit whose title has them), and the documents that
   * fit the areas best, each with its fit: its scores in the areas, weighed as the query weighs
   * them, and NAMED_FIT more for a hit with every word in another name or its text.
   */
  #byInterest(
    areas: RiasecScores,
    words: string[],
    found: WordTokens,
    best: Map<number, Ranked>,
  ): Map<number, number> {
    const letters = RIASEC.filter((letter) => (areas[letter] ?? 0) > 0);
    const total = letters.reduce((sum, letter) => sum + areas[letter]!, 0);
    const fitOf = (id: number) => {
      const scores = this.#docs[id]!.interests;
      if (!scores) return 0;
      return letters.reduce((sum, l) => sum + (scores[l] ?? 0) * areas[l]!, 0) / total;
    };
    // A title has a word as typed, in another number or gender, as a synonym or as the trade of
    // an -ing word; not as the start of a longer word ("art" is not "Artillery") nor as the base
    // of a title's -ing word ("draw" is not "Drawing Machine").
    const wanted = words.map((word) => this.#tokensOf(word, found).keys);
    const inTitle = (id: number) => {
      const { en, es } = this.#docs[id]!.title;
      return [en, es].some((title) => {
        if (!title) return false;
        const tokens = tokenize(title);
        const keys = tokens.map((token) => this.#keyOf(token));
        // "Sciences" is "science" too, though its Spanish key reads it as a Spanish -ces plural.
        const plurals = tokens.flatMap((t) =>
          t.endsWith('s') ? [spanishKey(t.slice(0, -1))] : [],
        );
        return wanted.every(
          (meant) => keys.some((key) => meant.has(key)) || plurals.some((key) => meant.has(key)),
        );
      });
    };
    const meaningful = best.size > 0 ? Math.max(...[...best.values()].map((h) => h.matched)) : 0;
    for (const [id, hit] of best) {
      // Types with no interest scores (clusters, programs) keep their order.
      if (!this.#interestTypes.has(this.#docs[id]!.type) || inTitle(id)) continue;
      hit.fit = fitOf(id) + (hit.matched >= meaningful && hit.real === 1 ? NAMED_FIT : 0);
    }
    const fits = new Map<number, number>();
    if (letters.length === 1) {
      for (const id of this.#byArea.get(letters[0]!)!) {
        if (fits.size >= MAX_INTEREST) break;
        fits.set(id, fitOf(id));
      }
      return fits;
    }
    const candidates = new Set(letters.flatMap((letter) => this.#byArea.get(letter)!));
    const ranked = [...candidates]
      .map((id) => ({ id, fit: fitOf(id), prior: this.#docs[id]!.prior ?? 0 }))
      .filter((c) => c.fit >= INTEREST_MIN)
      .sort((a, b) => b.fit - a.fit || b.prior - a.prior)
      .slice(0, MAX_INTEREST);
    for (const { id, fit } of ranked) fits.set(id, fit);
    return fits;
  }

  /**
   * Documents with the whole query as another name ("RN", "cop"), with their bonus; for a
   * one-word query with a typo, also those with a whole other name that the typo stands for
   * ("docter" → "Doctor"), weighed as the typo match is.
   */
  #wholeAliases(query: string, words: string[], found: WordTokens): Map<number, number> {
    const bonus = new Map<number, number>();
    // The query as typed ("Staff RN"), or its words without stopwords ("I want to be a nurse").
    for (const name of new Set([nameKey(query), words.join(' ')]))
      for (const id of this.#aliasNames.get(name) ?? []) bonus.set(id, WHOLE_ALIAS);
    // In another gender or number ("doctora" is "Doctor"), weighed as such a word is; only
    // when no other name is the query as typed ("art teacher" is "Art Teacher", not "Arts
    // Teacher").
    if (bonus.size === 0)
      for (const id of this.#aliasKeyNames.get(this.#keysOf(words)) ?? [])
        bonus.set(id, WHOLE_ALIAS * KEY);
    if (words.length !== 1 || this.#postings.has(words[0]!)) return bonus;
    const loose = this.#tokensOf(words[0]!, found).loose;
    const closest = Math.max(0, ...loose.values()) - TYPO_STEP / 2;
    for (const [token, factor] of loose) {
      // Only the closest corrections: "plumer" is the other name "Plumber", not "Flumer".
      if (factor < closest) continue;
      for (const id of this.#aliasNames.get(token) ?? []) {
        const typo = (WHOLE_ALIAS * factor) / TYPO;
        if ((bonus.get(id) ?? 0) < typo) bonus.set(id, typo);
      }
    }
    return bonus;
  }

  /**
   * Per document: the weighed sum of its best score for each query word, how many words it
   * matched, and the weight of those matched for real.
   */
  #scored(
    perWord: { exact: Postings; loose: Postings }[],
    weights: number[],
  ): Map<number, { score: number; count: number; real: number }> {
    const scored = new Map<number, { score: number; count: number; real: number }>();
    for (const [i, { exact, loose }] of perWord.entries()) {
      const weight = weights[i]!;
      for (const [matches, isReal] of [
        [exact, true],
        [loose, false],
      ] as const) {
        for (const [doc, score] of matches) {
          const s = scored.get(doc);
          if (s) {
            s.score += score * weight;
            s.count += 1;
            if (isReal) s.real += weight;
          } else scored.set(doc, { score: score * weight, count: 1, real: isReal ? weight : 0 });
        }
      }
    }
    return scored;
  }

  /**
   * When no document has every word ("work with animals" once "with" is gone, "jobs outdoors"):
   * the documents with the most of them, each word weighed by how rare it is, so "animals"
   * counts for more than "work", which half the titles have; words that only say the person
   * wants work ("jobs", "trabajar") count for little.
   */
  #partial(
    words: string[],
    perWord: { exact: Postings; loose: Postings }[],
    accept: (doc: SearchDoc) => boolean,
    keep: (id: number, hit: Ranked) => void,
  ): void {
    const total = this.#docs.length;
    const scored = new Map<number, { score: number; count: number; real: number }>();
    perWord.forEach(({ exact, loose }, i) => {
      const docs = exact.size + loose.size;
      if (docs === 0) return;
      const rarity = isFiller(words[i]!) ? FILLER_RARITY : Math.log(1 + total / docs);
      for (const [matches, isReal] of [
        [exact, true],
        [loose, false],
      ] as const) {
        for (const [doc, score] of matches) {
          const s = scored.get(doc) ?? { score: 0, count: 0, real: 0 };
          s.score += score * rarity;
          s.count += 1;
          if (isReal) s.real += 1;
          scored.set(doc, s);
        }
      }
    });
    for (const [id, { score, count, real }] of scored) {
      if (!accept(this.#docs[id]!)) continue;
      const prior = PRIOR * (this.#docs[id]!.prior ?? 0);
      keep(id, {
        score: score / perWord.length + prior,
        real: real / perWord.length,
        matched: count,
      });
    }
  }

  #alsoCalled(
    query: string,
    cache: WordTokens,
  ): (doc: SearchDoc, lang?: 'en' | 'es') => string | undefined {
    const words = queryWords(query);
    const key = nameKey(query);
    const keyed = this.#keysOf(words);
    const asNamed = this.#aliasNames.get(key) ?? this.#aliasKeyNames.get(keyed) ?? [];
    const wholeNamed = new Set(asNamed.map((id) => this.#docs[id]));
    let found: WordMatch[] | undefined;
    const matches = (m: WordMatch, token: string, tokenKey: string) =>
      m.exact.has(token) ||
      m.loose.has(token) ||
      m.keys.has(tokenKey) ||
      m.looseKeys.has(tokenKey) ||
      ingKeys(token).some((key) => m.keys.has(key));
    // How a name's word has a query word, best first: as typed or in another form ("cops",
    // "enfermeras", "nursing"), as the start of a longer word or through a typo ("cop" in
    // "Copper"), or only through a synonym ("camionero" → "truck").
    const whole = (m: WordMatch, token: string, tokenKey: string) =>
      !m.meant.has(token) &&
      !m.meant.has(tokenKey) &&
      (m.exact.get(token) === 1 ||
        m.keys.has(tokenKey) ||
        ingKeys(token).some((key) => m.keys.has(key)));
    const direct = (m: WordMatch, token: string, tokenKey: string) =>
      matches(m, token, tokenKey) && !m.meant.has(token) && !m.meant.has(tokenKey);
    return (doc, lang = 'en') => {
      const book = this.#aliasBookOf(doc);
      if (!book || words.length === 0) return undefined;
      const wanted = (found ??= words.map((w) => this.#tokensOf(w, cache)));
      // The title the person sees (Spanish where there is one) already explains the match.
      const title = tokenize(lang === 'es' ? (doc.title.es ?? doc.title.en) : doc.title.en);
      const keys = title.map((token) => this.#keyOf(token));
      const titleHas = (tier: typeof matches) =>
        wanted.every((m) => title.some((token, i) => tier(m, token, keys[i]!)));
      if (titleHas(direct)) return undefined;
      if (wholeNamed.has(doc)) {
        const named =
          book.names.find((name) => name.key === key) ??
          book.names.find((name) => this.#keysOf(name.key.split(' ')) === keyed);
        if (named) return named.alias;
      }
      const named = (tier: typeof matches) =>
        shortestWithEvery(book, (token, tokenKey) => wanted.map((m) => tier(m, token, tokenKey)));
      // An other name with the words as typed explains more than a title that has them only
      // through a synonym ("cop": "Cop" beside "Police"; "EMT"). A title that has them through a
      // synonym ("camionero": "Conductores de camiones") explains better than an other name
      // that has them only as a prefix, a typo or the same synonym ("Truck Hop").
      const asTyped = named(whole);
      if (asTyped !== undefined || titleHas(matches)) return asTyped;
      const typed = named(direct);
      if (typed !== undefined || lang === 'en') return typed ?? named(matches);
      // In Spanish, an (English) other name that has none of the words as typed, only their
      // translations ("enfermera practicante" → "Nurse Practitioner"), explains nothing to the
      // reader: one is shown only when it has at least one word as typed ("kinder" in
      // "Pre-Kindergarten Teacher").
      return shortestWithEvery(book, (token, tokenKey) => [
        ...wanted.map((m) => matches(m, token, tokenKey)),
        wanted.some((m) => direct(m, token, tokenKey)),
      ]);
    };
  }

  /**
   * doc → best score for one query word: `exact` holds real matches (the word, a longer word it
   * starts, the same word in another gender or number, a synonym), `loose` typo matches of
   * documents with no real match.
   */
  #matches(match: WordMatch): { exact: Postings; loose: Postings } {
    const exact: Postings = new Map();
    const merge = (into: Postings, postings: Postings | undefined, factor: number) => {
      for (const [doc, weight] of postings ?? []) {
        const score = weight * factor;
        if ((into.get(doc) ?? 0) < score) into.set(doc, score);
      }
    };
    for (const [token, factor] of match.exact) merge(exact, this.#postings.get(token), factor);
    for (const [key, factor] of match.keys) merge(exact, this.#keys.get(key), factor);
    const loose: Postings = new Map();
    const mergeLoose = (postings: Postings | undefined, factor: number) => {
      for (const [doc, weight] of postings ?? []) {
        if (exact.has(doc)) continue;
        if ((loose.get(doc) ?? 0) < weight * factor) loose.set(doc, weight * factor);
      }
    };
    for (const [token, factor] of match.loose) mergeLoose(this.#postings.get(token), factor);
    for (const [key, factor] of match.looseKeys) mergeLoose(this.#keys.get(key), factor);
    return { exact, loose };
  }

  #tokensOf(word: string, cache: WordTokens): WordMatch {
    let match = cache.get(word);
    if (!match) cache.set(word, (match = this.#tokensFor(word)));
    return match;
  }

  #tokensFor(word: string): WordMatch {
    const exact = new Map<string, number>();
    const keys = new Map<string, number>();
    const loose = new Map<string, number>();
    const better = (map: Map<string, number>, key: string, factor: number) => {
      if ((map.get(key) ?? 0) < factor) map.set(key, factor);
    };
    if (this.#postings.has(word)) exact.set(word, 1);
    better(keys, spanishKey(word), KEY);
    for (const key of ingKeys(word)) better(keys, key, KEY * ING);
    for (const agent of agentForms(word)) better(keys, spanishKey(agent), AGENT);
    const meant = new Set<string>();
    for (const [synonyms, factor] of [
      [synonymsOf(word), SYNONYM],
      [everydayWordsOf(word), EVERYDAY],
    ] as const) {
      for (const synonym of synonyms) {
        const key = spanishKey(synonym);
        if (!exact.has(synonym)) meant.add(synonym);
        if (!keys.has(key)) meant.add(key);
        better(exact, synonym, factor);
        better(keys, key, factor);
      }
    }
    if (word.length >= 2 && !this.#isShortForm(word)) {
      // A whole word of the index as typed ("cop") is not the start of other names' longer
      // words ("Copilot", "Copper"): they would drag in unrelated English names.
      const whole = this.#postings.has(word);
      for (const longer of this.#vocabulary.startingWith(word, MAX_PREFIX_EXPANSION))
        if (longer !== word && (!whole || this.#plainWords.has(longer)))
          better(exact, longer, PREFIX);
    }
    const looseKeys = new Map<string, number>();
    // A word that is an indexed word in another gender or number ("mesero": "Meseros"), or one
    // with synonyms, is no typo: correcting it would only drag in unrelated words ("yesero").
    const known = this.#postings.has(word) || this.#keys.has(spanishKey(word)) || meant.size > 0;
    if (word.length >= 4 && !known) this.#typos(word, exact, loose, looseKeys);
    return { exact, keys, loose, looseKeys, meant };
  }

  /**
   * Indexed words one or two typos from `word` (two from 8 letters on) into `loose`, unless
   * `exact` has them. A plural counts as its singular ("mecanic" is one typo from "mechanics",
   * "docters" from "doctor"). The
   * closest words weigh most; a different first letter counts as one more typo (people seldom
   * miss the first letter: "plumer" is "plumber" before "flumer"); among equally close words,
   * the more common ones weigh a little more ("enginer" is "engineer" before "engine"). The
   * everyday synonyms of what the typo stands for count too ("docter" → doctor → physician).
   */
  #typos(
    word: string,
    exact: Map<string, number>,
    loose: Map<string, number>,
    looseKeys: Map<string, number>,
  ): void {
    const found: { token: string; factor: number; df: number }[] = [];
    let mostDocs = 1;
    for (const { token, cost } of this.#vocabulary.typosOf(word, (t) => exact.has(t))) {
      const df = this.#postings.get(token)!.size;
      if (df > mostDocs) mostDocs = df;
      found.push({ token, factor: TYPO - TYPO_STEP * cost, df });
    }
    for (const { token, factor, df } of found) {
      const weighed = factor * (0.92 + 0.08 * (Math.log(1 + df) / Math.log(1 + mostDocs)));
      if ((loose.get(token) ?? 0) < weighed) loose.set(token, weighed);
      for (const synonym of [...synonymsOf(token), ...everydayWordsOf(token)]) {
        const key = spanishKey(synonym);
        if ((looseKeys.get(key) ?? 0) < weighed * SYNONYM) looseKeys.set(key, weighed * SYNONYM);
      }
    }
  }

  #byCode(code: string, accept: (doc: SearchDoc) => boolean): SearchHit[] {
    const hits = new Map<SearchDoc, number>();
    for (
      let i = lowerBound(this.#codes, code, (c) => c.code);
      i < this.#codes.length && this.#codes[i]!.code.startsWith(code);
      i++
    ) {
      const doc = this.#docs[this.#codes[i]!.doc]!;
      const score = this.#codes[i]!.code === code ? 2 : 1;
      if (accept(doc) && (hits.get(doc) ?? 0) < score) hits.set(doc, score);
    }
    return [...hits]
      .map(([doc, score]) => ({ doc, score }))
      .sort(
        (a, b) => b.score - a.score || (a.doc.codes[0] ?? '').localeCompare(b.doc.codes[0] ?? ''),
      );
  }
}

function addPosting(index: Map<string, Postings>, key: string, doc: number, weight: number): void {
  let posting = index.get(key);
  if (!posting) index.set(key, (posting = new Map()));
  if ((posting.get(doc) ?? 0) < weight) posting.set(doc, weight);
}

/**
 * Sorts the words of a title or other name: short words in capitals ("EMT", "RNs") into
 * `capitals`, every other word into `ordinary`, both folded.
 */
function noteCase(name: string, capitals: Set<string>, ordinary: Set<string>): void {
  for (const raw of name.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length === 0) continue;
    if (/^[A-Z]{2,4}s?$/.test(raw) && raw.length <= SHORT_FORM + 1)
      capitals.add(fold(raw.endsWith('s') ? raw.slice(0, -1) : raw));
    else ordinary.add(fold(raw));
  }
}
