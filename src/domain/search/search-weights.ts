/**
 * How much each way a query word can match a document weighs in search-index.ts, and the bonuses
 * and limits of its ranking: the numbers the search's tests pin, in one place.
 */
export const TITLE = 1;
export const TEXT = 0.4;
export const ALIAS = 0.9;
/** Added when the query is a whole other name of the document ("RN", "cop"). */
export const WHOLE_ALIAS = 0.3;
/** Added for a document's prior at most: less than any difference in how well words match. */
export const PRIOR = 0.04;
/** How much a filler word ("jobs", "trabajar") counts when not every word matches. */
export const FILLER_RARITY = 0.1;
/**
 * How much a filler word counts where it matches when the other words match too ("work with
 * kids": "Childcare Workers"): less than a document's prior, so it only orders equal hits.
 */
export const FILLER_WEIGHT = 0.03;
/**
 * How much a verb of doing beside a word that says what ("build houses", "fix phones") counts
 * where it matches: it says which kind of work with the thing, so more than a filler word, and
 * more than a title's word over the work a word stands for ("construir casas": construction
 * before "Cocineros de casas particulares").
 */
export const ACTION_WEIGHT = 0.15;
/**
 * Added at most for how well a hit fits the interest areas of words beside those that say what
 * ("work with animals outside": the realistic area): it orders hits whose words match about as
 * well, not a title match before another name's.
 */
export const AREA_FIT = 0.08;
/**
 * A verb of doing counts where it matches this well at least: in a title, itself or the work it
 * stands for (RELATED); in another name, itself in any form (ALIAS · KEY · ING, "helping");
 * not the work it stands for in another name only (ALIAS · RELATED · NAMED_ONLY).
 */
export const VERB_MIN = 0.8;
/**
 * Added when the title (in the language asked for) is the query in other forms ("physical
 * therapist" is "Physical Therapists"), beside the title start.
 */
export const WHOLE_TITLE = 0.1;
/**
 * Added at most for how much of the title the query is (its words over the title's), where the
 * title has them: "kids" finds "Childcare Workers" before "Child, Family, and School Social
 * Workers". Less than a document's prior: it orders near-equal hits.
 */
export const COVER = 0.015;
/**
 * Added at most, for a document found by its other names only, for how many of them have the
 * query's words (search-data.ts `aliasShares`): as much as a prior, so it orders hits that
 * match equally, as the prior does.
 */
export const NAME_SHARE = 0.04;
/**
 * A document found by its other names only where one of them, among this many or more, has a
 * query word ("zoo": "Zoo Director" among 81 names of the general managers) counts no prior:
 * its employment is that of the whole work, not of the side of it one name says, so it comes
 * after documents found as well by more of their names ("Zoo Keeper", "Zoo Caretaker").
 */
export const LONE_NAMES = 10;
/**
 * Among LONE_NAMES other names or more, this share of them at most (and one at least) is a few:
 * a side of the work, as one name is ("dentist": "Vet Dentist", "Equine Dentist" among 75 names
 * of Veterinarians come after Prosthodontists, 3 of whose 10 names say it).
 */
export const FEW_NAMES = 0.05;
/**
 * Added, for a document found by its other names only, when O*NET lists it among the related
 * occupations of one whose title has the query's words (work-family.ts): half a prior at most,
 * so it orders hits found by names only ("photographer": Camera Operators before Office Machine
 * Operators), never before a title.
 */
export const FAMILY = 0.02;
/**
 * Added, for a Spanish query whose words a title has after its people (no title start), when
 * the English title has them too (as themselves, a synonym or what they mean): our Spanish
 * titles are translations, and a word of the translation only ("Empleados de oficinas de
 * correos" is "Postal Service Clerks") says less of the work than one both say ("Operadores de
 * máquinas de oficina", "Office Machine Operators"). About a prior's worth: it orders hits that
 * match about as well.
 */
export const BOTH_TITLES = 0.01;
/**
 * Added at most where a title has a query word only as the work it stands for (RELATED), and the
 * document's other names say the word itself (confirmed-names.ts): "boat" puts "Sailors and
 * Marine Oilers" ("Boat Hand") before "Tank Car, Truck, and Ship Loaders". More than the gap
 * between what a word means (EVERYDAY) and the work it stands for (RELATED), with a prior.
 */
export const CONFIRMED = 0.08;
/** The share of a document's other names that confirms a word in full (CONFIRMED). */
export const CONFIRM_SHARE = 0.05;
/**
 * Taken from a hit whose English title has a query word only before another word of the thing it
 * names ("video" in "Video Game Designers"; compound-words.ts): more than any prior, so a title
 * where the word is the thing ("Film and Video Editors") comes first; less than the gap between a
 * title and another name.
 */
export const COMPOUND = 0.05;
/** Added when the title (in the language asked for) starts with the query. */
export const TITLE_START = 0.25;
export const PREFIX = 0.85;
/** Same word in another gender or number, as its key (spanish.ts spanishKey). */
export const KEY = 0.95;
/**
 * The same word in the other number, written out ("barcos" and "Capitanes … de barco", "boats"
 * and "Boat Mate"): the word itself, whatever number a title names it in.
 */
export const NUMBER = 1;
/** An everyday synonym of the word. */
export const SYNONYM = 0.8;
/**
 * What an everyday word or short form stands for (everyday-words.ts: "coding" → programmer):
 * what the person means, so weighed as the same word in another form.
 */
export const EVERYDAY = KEY;
/**
 * The work an everyday word usually stands for (everyday-words.ts `related`: "hospital" →
 * nurse): in a title, a little more than the word itself in another name (ALIAS), less than the
 * word itself in a title in another form (KEY) by more than any prior.
 */
export const RELATED = 0.905;
/**
 * For a word that stands for work (RELATED), a match in another name only ("Money Examiner" for
 * "money") is weighed this much less: below that work in a title whatever the priors.
 */
export const NAMED_ONLY = 0.9;
export const MAX_PREFIX_EXPANSION = 300;
/** An English -ing word and its base word ("nursing" and "nurse", "cooking" and "cooks"). */
export const ING = 0.95;
/** The people who do the work a noun names ("psychology" → psychologists, "diseño" → diseñadores). */
export const NOUN_AGENT = KEY;
/** A typo match one edit away; each further edit, and a different first letter, costs TYPO_STEP. */
export const TYPO = 0.75;
export const TYPO_STEP = 0.15;
/**
 * The person who does the work an -ing word names ("welding" → welders): the same trade, so
 * weighed as the word itself.
 */
export const AGENT = 1;
/** Short forms this long at most ("AI", "EMT", "CNA") match only themselves, not longer words. */
export const SHORT_FORM = 4;
/** At most this many variants of a query with a short form spelled out ("IT" → information technology). */
export const MAX_VARIANTS = 4;
/**
 * An interest query ("help people") finds occupations that fit its areas at least this well on
 * O*NET's 1–7 scale (a high interest), at most MAX_INTEREST of them.
 */
export const INTEREST_MIN = 5;
export const MAX_INTEREST = 50;
/**
 * For an interest query, a hit that has every word in another name or its text ("creative" →
 * "Creative Director") ranks as if it fitted this much better (on the 1–7 scale).
 */
export const NAMED_FIT = 0.5;
