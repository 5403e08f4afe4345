/**
 * Ranking a query's hits over a search index (search-data.ts): every word of the query must
 * match (a filler word such as "jobs" need not), titles weigh more than other names and text, a
 * real match always ranks above a typo match; a short form is also read spelled out ("IT" →
 * information technology); a whole other name, a title that starts with the query or is the
 * query in other forms earn bonuses (other names' part: name-ranking.ts). When no document has
 * every word, those with the most (the rarer words weighing more); interest words ("help people")
 * add the occupations that fit them.
 */
import { agentForms, isFigurative, phrasesOf, readQuery } from './spanish.ts';
import {
  ALIAS,
  WHOLE_ALIAS,
  PRIOR,
  FILLER_WEIGHT,
  ACTION_WEIGHT,
  WHOLE_TITLE,
  COVER,
  TITLE_START,
  MAX_VARIANTS,
  NAME_SHARE,
  AREA_FIT,
  BOTH_TITLES,
  CONFIRMED,
  COMPOUND,
} from './search-weights.ts';
import { onlyModifier } from './compound-words.ts';
import { confirmedByNames, startsWithWork } from './confirmed-names.ts';
import { interestAreas } from './interest-words.ts';
import { areaFit, doingWords } from './doing-words.ts';
import { isFiller, isGeneric, plainQuery, tokenize } from './text.ts';
import {
  englishTitleHas,
  keyOf,
  titleShare,
  type Postings,
  type SearchData,
  type SearchDoc,
  type SearchHit,
} from './search-data.ts';
import { postingsOf, tokensOf, type WordTokens } from './word-matches.ts';
import { byInterest, type Ranked } from './interest-ranking.ts';
import { dropUnprovenAliases, headNamed, wholeAliases } from './name-ranking.ts';
import { fewNames, nameShare } from './name-shares.ts';
import { isActionWord } from './action-words.ts';
import { meaningOf, startsWithMeaning } from './meaning-starts.ts';
import { dropSpreadNames, titleHasEvery } from './spread-names.ts';
import { partial, scoreAll } from './hit-scores.ts';
import { doerNamedByVerbs } from './doer-names.ts';
import { rankFamily } from './work-family.ts';

/**
 * The hits for a query, best first. With `lang`, a title starting with the query counts only in
 * the title shown in that language; without, in either. `found` keeps what each query word
 * finds, for the "also called" labels of the same query.
 */
export function rankedHits(
  data: SearchData,
  query: string,
  accept: (doc: SearchDoc) => boolean,
  found: WordTokens,
  lang: 'en' | 'es' | undefined,
): SearchHit[] {
  const inLang = ({ en, es }: { en: string; es: string | undefined }) =>
    lang === undefined ? [en, es] : [lang === 'es' ? (es ?? en) : en];
  const titlesOf = (id: number) => inLang(data.foldedTitles[id]!);
  const words = readQuery(query);
  if (words.length === 0) return [];
  const wholeAlias = wholeAliases(data, query, words, found, lang);
  const best = new Map<number, Ranked>();
  // The hits whose title has the words that count (better than any other name can match).
  const titled = new Set<number>();
  const keep = (id: number, hit: Ranked) => {
    const had = best.get(id);
    if (!had || hit.real > had.real || (hit.real === had.real && hit.score > had.score))
      best.set(id, hit);
  };
  const perWord = new Map<string, { exact: Postings; loose: Postings }>();
  const matchesOf = (word: string) => {
    let m = perWord.get(word);
    if (!m) perWord.set(word, (m = postingsOf(data, tokensOf(data, word, found))));
    return m;
  };
  const areas = interestAreas(words);
  // "help animals", "build houses", "work with animals outside": beside words that say what,
  // a verb of doing or a word of an interest area need not match (doing-words.ts).
  const doing = doingWords(data, words, areas, accept, found, matchesOf);
  const verbs = doing.verbs;
  // "jobs with animals", "work with kids", "fix things": the words that say what work count;
  // filler words and generic nouns are not needed and weigh little where they match
  // ("workers"), so a document with "animals" alone ranks with those that also have "work".
  const soft = (word: string) => isFiller(word) || isGeneric(word) || verbs.has(word);
  const kept = words.filter((word) => !soft(word));
  const weightOf = (word: string) =>
    kept.length === 0 || !soft(word) ? 1 : verbs.has(word) ? ACTION_WEIGHT : FILLER_WEIGHT;
  // A generic word matches only as itself: "own" is not the start of "Owner".
  const postingsFor = (word: string) =>
    verbs.get(word) ??
    (isGeneric(word) ? postingsOf(data, tokensOf(data, word, found), true) : matchesOf(word));
  dropUnprovenAliases(data, words, found, postingsFor, (w) => !soft(w), accept, wholeAlias);
  const named = lang === 'es' ? undefined : headNamed(data, kept, found, wholeAlias);
  const meaningful = kept.length > 0 ? kept.length : words.length;
  // "build boats", "paint houses": an other name that says who does it beside the thing ("Boat
  // Builder", "House Painter") names the work as a title starting with it would.
  const things = words.filter((w) => !isFiller(w) && !isGeneric(w) && !isActionWord(w));
  const byDoer = doerNamedByVerbs(data, words.filter(isActionWord), things, found);
  // The words that count, as keys, in every variant: a title may start with them.
  const read = (kept.length > 0 ? kept : words).map((w) => keyOf(data, w)).join(' ');
  const keysSaying = (word: string) => {
    const m = tokensOf(data, word, found);
    return [...m.keys.keys()].filter((key) => !m.related.has(key));
  };
  const variants = [
    { words, text: tokenize(plainQuery(query)).join(' '), bonus: 0, matched: meaningful },
  ];
  if (kept.length > 0 && kept.length < words.length)
    variants.push({ words: kept, text: kept.join(' '), bonus: 0, matched: meaningful });
  // A short form spelled out ("IT" → information technology): a whole query that is a short
  // form is weighed as a whole other name is. In the words that count too ("trabajar en
  // mcdonalds": fast food, without the generic "trabajar").
  // The words that count first: a variant of every word needs its filler words too ("trabajar
  // con ia": "inteligencia artificial" and "artificial intelligence" before "trabajar …").
  for (const base of variants.slice().reverse())
    base.words.forEach((word, i) => {
      for (const phrase of phrasesOf(word)) {
        if (variants.length > MAX_VARIANTS) break;
        const spelled = [...base.words.slice(0, i), ...phrase, ...base.words.slice(i + 1)];
        const bonus = base.words.length === 1 ? WHOLE_ALIAS : 0;
        variants.push({ words: spelled, text: spelled.join(' '), bonus, matched: meaningful });
      }
    });
  for (const variant of variants) {
    const weights = variant.words.map(weightOf);
    const wordHits = variant.words.map(postingsFor);
    const scored = scoreAll(wordHits, weights);
    // "welding": a title starting with the trade ("Welders, …") starts with the query too.
    // A figurative word starts no title as typed ("fábrica" is no "Fabricantes …").
    const figurative = variant.words.some(isFigurative);
    const starts = figurative ? [] : [variant.text];
    if (variant.words.length === 1 && !figurative) starts.push(...agentForms(variant.words[0]!));
    // A last word typed whole, as the index has it ("zoo"), starts a title only as a whole word
    // (or its plural): "Zoologists" is no title starting with "zoo", as "Zoo Keeper" names one.
    const typedWhole = data.postings.has(variant.words.at(-1) ?? '');
    // "psicología", "deportes": a title that starts with the people the word means.
    // Not for a verb of doing ("arreglar cosas": repairers of every kind start with it).
    const one = variant.words.length === 1 ? variant.words[0]! : undefined;
    // Where some hit has a name of who does what the query's verb says ("Boat Builder"), the
    // verb says which work: not the work the thing stands for ("boats": sailors, ship engineers).
    const doerSaid = [...scored.keys()].some((id) => byDoer(data.docs[id]!));
    const meaning =
      one !== undefined && !isActionWord(one) && !doerSaid ? meaningOf(data, one) : undefined;
    const n = weights.filter((w) => w === 1).length;
    const wordKeys = variant.words.map((w) => keyOf(data, w));
    const whole = wordKeys.join(' ');
    const total = weights.reduce((a, b) => a + b, 0);
    // The keys of what the words that count mean, to tell how much of a title they say.
    const meant = new Set(
      variant.words.flatMap((w, i) =>
        weights[i] === 1 ? [...tokensOf(data, w, found).keys.keys()] : [],
      ),
    );
    const confirmed = confirmedByNames(data, variant.words, weights, found);
    const related = meaning && tokensOf(data, one!, found).related;
    const work = related?.size ? related : undefined;
    // A Spanish query: the keys by which the English title may say each word that counts.
    const englishKeys =
      lang === 'es' && kept.length > 0
        ? variant.words.filter((word) => !soft(word)).map(keysSaying)
        : undefined;
    for (const [id, { score: all, real, count }] of scored) {
      if (count !== variant.words.length) continue;
      const doc = data.docs[id]!;
      if (!accept(doc)) continue;
      // "video" of "Video Game Designers" names the kind of game, not the work: that title
      // neither starts with it nor says it as fully as "Film and Video Editors" (compound-words.ts).
      const compound = wordKeys.some(
        (key, i) => weights[i] === 1 && onlyModifier(data.modifiers[id], key, wordKeys),
      );
      // Nor does a verb said of that thing in one other name ("Video Game Maker": "make videos").
      const score = compound
        ? variant.words.reduce(
            (left, w, i) =>
              left - (verbs.has(w) ? weights[i]! * (wordHits[i]!.exact.get(id) ?? 0) : 0),
            all,
          )
        : all;
      const start =
        !compound &&
        (titlesOf(id).some((title) => starts.some((text) => startsAs(title, text, typedWhole))) ||
          // The words read, whole, in any form: "I want to be a nurse" and "animals" start
          // "Nurse Midwives" and "Animal Caretakers" as "nurse" does; "protect" is no "Protective".
          (!figurative &&
            inLang(data.titleKeys[id]!).some((keys) => startsWithWords(keys, read))) ||
          (lang !== 'en' && !figurative && startsSpanishHead(data, id, whole)) ||
          (meaning !== undefined && startsWithMeaning(data, id, meaning, lang)) ||
          // Or with the people of the work it stands for, confirmed by other names ("boat":
          // "Sailors and Marine Oilers", whose names say "Boat Hand").
          (work !== undefined && (confirmed?.(id) ?? 0) >= 1 && startsWithWork(data, id, work)) ||
          byDoer(doc));
      // A few names of many (search-weights.ts LONE_NAMES, FEW_NAMES): no prior, unless the
      // work is of the family of work asked for (work-family.ts).
      const side =
        score / n <= ALIAS &&
        fewNames(data, variant.words, weights, found, id) &&
        !titleHasEvery(
          data,
          id,
          variant.words.filter((_, i) => weights[i] === 1),
          found,
        )
          ? PRIOR * (doc.prior ?? 0)
          : 0;
      const bonus =
        variant.bonus +
        (start ? TITLE_START : compound ? -COMPOUND : 0) +
        (inLang(data.titleKeys[id]!).includes(whole) ? WHOLE_TITLE : 0) +
        // Only where the title has the words (better than any other name can match).
        (score / n > ALIAS
          ? COVER * titleShare(data, id, wordKeys, meant, n, lang) +
            // Where the title names the words after its people ("… de oficina").
            (!start && englishKeys && englishTitleHas(data, id, englishKeys) ? BOTH_TITLES : 0) +
            // A word the title has only through a meaning, that its other names say as typed.
            CONFIRMED * (confirmed?.(id) ?? 0)
          : NAME_SHARE * nameShare(data, variant.words, weights, found, id) - side) +
        (wholeAlias.get(id) ?? 0) +
        (doing.areas ? AREA_FIT * areaFit(doc, doing.areas) : 0) +
        PRIOR * (doc.prior ?? 0);
      if (score / n > ALIAS) titled.add(id);
      const ranked = { score: score / n + bonus, real: real / total, matched: variant.matched };
      keep(id, side > 0 ? { ...ranked, side } : ranked);
    }
  }
  rankFamily(data, best, titled, kept, found);
  // Words of interest ("help people", "trabajar al aire libre"): the occupations that fit
  // them come after every hit whose title has the words, in place of a partial answer.
  const fits =
    areas &&
    byInterest(
      data,
      areas,
      kept.length > 0 ? kept : words,
      found,
      best,
      words.filter((word) => !isFiller(word) && !isGeneric(word)),
    );
  if (fits) {
    for (const [id, fit] of fits)
      if (!best.has(id) && accept(data.docs[id]!))
        best.set(id, { score: fit, real: 0, matched: 0, fit });
  } else dropSpreadNames(data, kept, found, postingsFor, best);
  if (!fits && best.size === 0 && words.length > 1)
    partial(data, words, words.map(postingsFor), soft, accept, keep);
  // Only among hits with every word: no worker is named by half a query.
  const naming = (id: number, hit: Ranked) =>
    named?.has(id) && hit.matched >= meaningful && hit.fit === undefined ? 1 : 0;
  return [...best]
    .map(([id, hit]) => ({ doc: data.docs[id]!, named: naming(id, hit), ...hit }))
    .sort(
      (a, b) =>
        (a.fit === undefined ? 0 : 1) - (b.fit === undefined ? 0 : 1) ||
        (b.fit ?? 0) - (a.fit ?? 0) ||
        b.matched - a.matched ||
        b.real - a.real ||
        b.named - a.named ||
        b.score - a.score ||
        (b.doc.prior ?? 0) - (a.doc.prior ?? 0) ||
        a.doc.title.en.length - b.doc.title.en.length,
    )
    .map(({ doc, score }) => ({ doc, score }));
}

/**
 * Whether `title` starts with `text`: with `whole`, only where a word ends there, or its plural
 * or its people do ("welder", "sew", "law", "hospital": "Welders, Cutters", "Sewers, Hand",
 * "Lawyers", "Hospitalists"; "zoo" is no start of "Zoologists").
 */
function startsAs(title: string | undefined, text: string, whole: boolean): boolean {
  if (title === undefined || !title.startsWith(text)) return false;
  return (
    !whole || /^([iy]?e?r|or|ists?|ians?)?(e?s)?(?![\p{L}\p{N}])/u.test(title.slice(text.length))
  );
}

/** Whether words joined by spaces start with the words `start` (joined by spaces). */
function startsWithWords(words: string | undefined, start: string): boolean {
  return (
    words !== undefined &&
    words.startsWith(start) &&
    (words.length === start.length || words[start.length] === ' ')
  );
}

/**
 * Whether the Spanish title names the query's people first, in any gender or number, beside
 * others ("mecánica": "Técnicos y mecánicos automotrices"; spanish-titles.ts).
 */
function startsSpanishHead(data: SearchData, id: number, whole: string): boolean {
  return data.esTitleHeads[id]!.some((head) => head === whole || head.startsWith(`${whole} `));
}
