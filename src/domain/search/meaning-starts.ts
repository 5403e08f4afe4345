/**
 * Whether a title starts with the people a one-word query means, not with the word itself: the
 * people who work in a field ("psicología": Psicólogos escolares; "biología": Biólogos), the
 * people and things its everyday word, synonym or usual work names ("deportes": Athletes and
 * Sports Competitors, Coaches and Scouts; "barcos": Ship Engineers; "oficina": Office Clerks,
 * General). Such a title earns the same bonus as one that starts with the query
 * (search-ranking.ts): the people come first where the word names them, before titles that
 * only name it as what they work on ("Profesores universitarios de psicología", "Médicos del
 * deporte", "Cargadores de tanques, camiones y barcos").
 *
 * A Spanish query is judged on the Spanish title (its start and each kind of people it names,
 * spanish-titles.ts) and, where the Spanish title says neither the word nor what it means, on the
 * English title:
 * our Spanish titles are translations that name the people first, so "Auxiliares
 * administrativos" says nothing of the office its English title starts with, while "Operadores
 * de máquinas de oficina" says where the office is. Pure.
 */
import { agentNouns } from './agent-nouns.ts';
import { everydayWordsOf, spanishKey, synonymsOf } from './spanish.ts';
import type { SearchData } from './search-data.ts';

/** A one-word query's own key and the keys of the people and things it means (single words). */
export interface Meaning {
  typed: string;
  people: ReadonlySet<string>;
}

/**
 * What a query word means, as keys; undefined when it means nothing beyond itself, or when it
 * is itself a whole other name of some work ("doctor", "dentista"): it names people already.
 */
export function meaningOf(data: SearchData, word: string): Meaning | undefined {
  const typed = spanishKey(word);
  if (data.aliasKeyNames.has(typed)) return undefined;
  const people = new Set<string>();
  for (const form of [...agentNouns(word), ...synonymsOf(word), ...everydayWordsOf(word)])
    // An English -e word's plural keys apart ("umpire", "umpires" → "umpir"): both.
    if (!form.includes(' ')) people.add(spanishKey(form)).add(spanishKey(`${form}s`));
  people.delete(typed);
  return people.size > 0 ? { typed, people } : undefined;
}

/** The first of words joined by spaces. */
const firstOf = (words: string) => {
  const space = words.indexOf(' ');
  return space < 0 ? words : words.slice(0, space);
};

/** "Otros …", "Otras …": the people of a catch-all title come after it ("Otros científicos …"). */
const OTHER = spanishKey('otros');

/**
 * The words of a head (keys joined by spaces) that follow the people it names: after its first,
 * unless that is "otros" ("Otros científicos de …" names no people by "científicos").
 */
const afterPeople = (head: string) => {
  const words = head.split(' ');
  return words[0] === OTHER ? [] : words.slice(1);
};

/** Whether the title of document `id`, in the language asked for, starts with what `meaning` names. */
export function startsWithMeaning(
  data: SearchData,
  id: number,
  { typed, people }: Meaning,
  lang: 'en' | 'es' | undefined,
): boolean {
  const { en, es } = data.titleKeys[id]!;
  if (lang !== 'en') {
    if (es !== undefined && people.has(firstOf(es))) return true;
    if (data.esTitleHeads[id]!.some((head) => people.has(firstOf(head)))) return true;
    // Or names them by what it means right after the people, as an English title starts with
    // it: "mecánicos automotrices" are automotive mechanics ("carros"), as "Automotive Service
    // Technicians and Mechanics" starts; "de …" says what they work on (spanish-titles.ts).
    if (data.esTitleHeads[id]!.some((head) => afterPeople(head).some((w) => people.has(w))))
      return true;
  }
  if (!people.has(firstOf(en))) return false;
  // The Spanish title says the word or what it means: it is the one judged.
  return (
    lang !== 'es' || es === undefined || !es.split(' ').some((w) => w === typed || people.has(w))
  );
}
