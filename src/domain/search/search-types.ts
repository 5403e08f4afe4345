/**
 * The shapes of a search index: the documents it is given, the hits it answers, and the data it
 * builds from the documents once (search-data.ts) and then only reads.
 */
import type { AliasBook } from './alias-book.ts';
import type { Vocabulary } from './vocabulary.ts';
import type { Modifiers } from './compound-words.ts';
import type { RiasecLetter, RiasecScores } from '../occupation/riasec.ts';
import type { OccupationLevel } from '../program/exit-points.ts';

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
  /**
   * The schooling levels the work is entered at (program/exit-points.ts occupationLevels):
   * found by what students say about school ("no college", "stay in school long").
   */
  levels?: readonly OccupationLevel[] | undefined;
  /**
   * Occupations: the ids of the occupations O*NET lists as related (the family of its work),
   * which come first among hits found by other names only (work-family.ts).
   */
  related?: readonly string[] | undefined;
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

/** Document number → weight. */
export type Postings = Map<number, number>;

/** One other name of a document: as written, its words, and its words as one key. */
export interface AliasName {
  alias: string;
  key: string;
  tokens: string[];
}

/** A title in each language (Spanish where there is one). */
export interface TitlePair {
  en: string;
  es: string | undefined;
}

export interface SearchData {
  readonly docs: readonly SearchDoc[];
  readonly postings: ReadonlyMap<string, Postings>;
  /** Spanish gender- and number-free keys (spanishKey) → documents. */
  readonly keys: ReadonlyMap<string, Postings>;
  readonly vocabulary: Vocabulary;
  /** Every code of every document, lower case, sorted by code. */
  readonly codes: readonly { code: string; doc: number }[];
  /** Other names, as the keys of their words in order (nameKey) → documents. */
  readonly aliasNames: ReadonlyMap<string, number[]>;
  /**
   * Other names by the Spanish keys of their words (spanishKey): "doctora" and "cops" are the
   * whole other names "Doctor" and "Cop" in another gender or number.
   */
  readonly aliasKeyNames: ReadonlyMap<string, number[]>;
  /**
   * A word of other names, and its Spanish key (spanishKey) → document → the share of the
   * document's other names that have the word: how much of what people call the work says it ("Architect",
   * "Building Architect", "Design Architect", … say "design" and "building" often).
   */
  readonly aliasShares: ReadonlyMap<string, Postings>;
  /** Each document's other names as read; laid out as an AliasBook when first needed. */
  readonly aliasList: ReadonlyMap<SearchDoc, AliasName[]>;
  /** Cache: the AliasBooks laid out so far. */
  readonly aliasBooks: Map<SearchDoc, AliasBook>;
  /**
   * Words of titles and other text, not only of other names: a whole word typed ("cop") finds
   * longer words by prefix only among these ("Copilot", "Copyman" are other names' words).
   */
  readonly plainWords: ReadonlySet<string>;
  /** Cache: each indexed word's Spanish key (spanishKey), worked out once. */
  readonly wordKeys: Map<string, string>;
  /** Each document's titles folded once, for the "title starts with the query" bonus. */
  readonly foldedTitles: readonly TitlePair[];
  /** Each document's titles as the keys of their words, for the "whole title" bonus. */
  readonly titleKeys: readonly TitlePair[];
  /** The names of the people each Spanish title starts with, as keys (spanish-titles.ts). */
  readonly esTitleHeads: readonly (readonly string[])[];
  /**
   * How many words (no stopwords) each document's titles have, the English one before any
   * "except" ("Elementary School Teachers, Except Special Education" has three).
   */
  readonly titleWords: readonly { en: number; es: number | undefined }[];
  /**
   * The keys of the words English titles end on, each part between commas (before any
   * "except"): the people the work names ("Registered Nurses", "Teachers, Postsecondary").
   */
  readonly titleHeads: ReadonlySet<string>;
  /**
   * Per document of work, the words of its English title that all its names have only before
   * another word of the thing they name ("video" → "game": "Video Game Designers"; compound-words.ts).
   */
  readonly modifiers: readonly Modifiers[];
  /**
   * Key of a people word (`titleHeads`) → the documents that have it only before another word of
   * a name, never ending one ("Sewer Pipe Cleaners", "Sewer Cleaner"): there it names a thing,
   * not the people ("Sewers, Hand").
   */
  readonly thingWords: ReadonlyMap<string, ReadonlySet<number>>;
  /**
   * Short words written only in capitals in titles and other names ("EMT", "CNA", "HR"): short
   * forms, which a query matches as whole words ("AI" is not "air").
   */
  readonly shortForms: ReadonlySet<string>;
  /**
   * Per interest area, the documents that fit it at least INTEREST_MIN, best first, then by
   * prior: what an interest query of one area answers without a sort.
   */
  readonly byArea: ReadonlyMap<RiasecLetter, number[]>;
  /** The types of document that have interest scores (occupations). */
  readonly interestTypes: ReadonlySet<string>;
  /**
   * The types of document that are work, named by titles and other names (occupations: those
   * with interest scores or other names), where a figurative word as typed means something
   * else ("Nail Kegger", "Drawing Machine Setters").
   */
  readonly workTypes: ReadonlySet<string>;
}
