/**
 * The person who does the work a noun names, in English and in Spanish: a student types the
 * field ("psychology", "photography", "diseño", "carpintería"), titles name the people who work
 * in it ("Psychologists", "Photographers", "Diseñadores", "Carpinteros"). Made by the usual word
 * endings, without a dictionary: forms that are no word of the index simply match nothing.
 * Works on folded words (text.ts). Pure.
 */

const NONE: readonly string[] = Object.freeze([]);

/**
 * English endings: psychology → psychologist, photography → photographer,
 * astronomy → astronomer, dentistry → dentist, optometry → optometrist, pharmacy → pharmacist,
 * therapy → therapist, mathematics → mathematician, economics → economist, physics → physicist,
 * journalism → journalist, animation → animator, carpentry and forestry → carpenter and forester,
 * architecture → architect, sculpture → sculptor; and verbs in -ate: fabricate → fabricator.
 */
const ENGLISH: readonly [ending: RegExp, people: readonly string[], shortestStem: number][] = [
  [/logy$/, ['logist'], 3],
  [/graphy$/, ['grapher'], 4],
  [/omy$/, ['omer'], 4],
  [/istry$/, ['ist'], 4],
  [/metry$/, ['metrist'], 4],
  [/acy$/, ['acist'], 4],
  [/apy$/, ['apist'], 4],
  // "physics" is no "physician": -ician on longer stems only (mathematician, statistician).
  [/ics$/, ['ician'], 5],
  [/ics$/, ['ist', 'icist'], 4],
  [/ism$/, ['ist'], 4],
  [/ation$/, ['ator'], 4],
  // A verb in -ate: its doer in -ator (fabricate → fabricator, operate → operator).
  [/ate$/, ['ator'], 4],
  // Not after a vowel ("machinery" is no "machine" work) nor on a short stem ("country").
  [/(?<=[^aeiou])ry$/, ['er'], 6],
  [/ure$/, ['', 'or'], 4],
];

/** The people who do the work an English noun names, by every ending that fits; empty when none. */
function englishAgents(word: string): readonly string[] {
  if (word.length < 6) return NONE;
  const found: string[] = [];
  for (const [ending, people, shortestStem] of ENGLISH) {
    const at = word.search(ending);
    if (at >= shortestStem)
      for (const person of people) found.push(`${word.slice(0, at)}${person}`);
  }
  return found;
}

/**
 * Spanish endings: diseño → diseñador, programación → programador, construcción → constructor,
 * carpintería → carpintero, psicología → psicólogo, periodismo → periodista, pintura → pintor,
 * cocina → cocinero, deporte → deportista; and verbs: cocinar → cocinero, fabricar → fabricante,
 * vender → vendedor, repartir → repartidor, asistir → asistente, construir → constructor.
 */
function spanishAgents(w: string): readonly string[] {
  // A verb: the people who do it and the work it names (cocinar → cocinero, reparar →
  // reparador and reparación, fabricar → fabricante, vender → vendedor, repartir → repartidor,
  // asistir → asistente, construir → constructor and construcción).
  if (w.endsWith('uir') || w.endsWith('ucir')) {
    const stem = w.slice(0, w.endsWith('uir') ? -3 : -4);
    return [`${stem}uctor`, `${stem}uccion`];
  }
  if (w.endsWith('ar')) {
    const stem = w.slice(0, -2);
    return [`${stem}ero`, `${stem}ador`, `${stem}ante`, `${stem}acion`];
  }
  // vender → vendedor; atender → atendiente is no word, so no -iente.
  if (w.endsWith('er')) return [`${w.slice(0, -2)}edor`];
  // repartir → repartidor, asistir → asistente.
  if (w.endsWith('ir')) return [`${w.slice(0, -2)}idor`, `${w.slice(0, -2)}ente`];
  if (w.endsWith('cion')) {
    const stem = w.slice(0, -4);
    return stem.endsWith('c') ? [`${stem}tor`, `${stem}dor`] : [`${stem}dor`];
  }
  // Trades and sciences only (carpintería, psicología, fotografía): not "mathematicia", a typo.
  if (/(?:er|log|graf)ia$/.test(w)) return [`${w.slice(0, -2)}o`];
  // periodismo → periodista, turismo → turista.
  if (w.endsWith('ismo')) return [`${w.slice(0, -4)}ista`];
  if (w.endsWith('ia')) return NONE;
  if (w.endsWith('ura')) return [`${w.slice(0, -3)}or`];
  if (w.endsWith('a')) return [`${w.slice(0, -1)}ero`, `${w.slice(0, -1)}ador`];
  if (w.endsWith('o')) return [`${w.slice(0, -1)}ador`];
  // deporte → deportista (as arte → artista).
  if (w.endsWith('e')) return [`${w.slice(0, -1)}ista`];
  return NONE;
}

/** The people who do the work a folded noun names, in either language; empty when none. */
export function agentNouns(word: string): readonly string[] {
  const english = englishAgents(word);
  // A plural in -es is a singular in -e ("deportes") or in a consonant ("programaciones").
  const singulars =
    /[aeo]s$/.test(word) || word.endsWith('ones') ? [word.replace(/(es|s)$/, '')] : [word];
  if (word.endsWith('es')) singulars.push(word.slice(0, -1));
  const spanish = singulars.flatMap((singular) =>
    singular.length < 5 ? NONE : spanishAgents(singular),
  );
  const forms = [...english, ...spanish].filter((form) => form.length >= 6 && form !== word);
  return forms.length > 0 ? forms : NONE;
}
