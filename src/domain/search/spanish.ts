/**
 * Spanish for search: gender and number folded into one key (maestro, maestra, maestros,
 * maestras → "maestr"; profesores, profesora → "profesor"), the everyday words families type for
 * job titles (profesor → maestro, doctor → médico, peluquero → estilista), and the glossary's
 * Spanish terms for the English ones in documents written only in English (CIP titles,
 * credentials). Works on folded words (lower case, no accents: see text.ts). Pure.
 */
import { GLOSSARY_ES, type GlossaryEntry } from '../glossary/glossary-es.ts';
import { fold, tokenize } from './text.ts';

/**
 * The gender- and number-free key of a folded word: plural -es after l, r, n, d, z, j and plural
 * -s after a vowel go, then a final -a or -o ("jueces" → "juez", "doctoras" → "doctor",
 * "técnicos" → "tecnic"). Short words are their own key. English words pass through with at most
 * a plural -s dropped, which is harmless: both the index and the query go through here.
 */
export function spanishKey(word: string): string {
  if (word.length < 4) return word;
  let w = word;
  if (w.endsWith('ces')) w = `${w.slice(0, -3)}z`;
  else if (/[lrndzj]es$/.test(w)) w = w.slice(0, -2);
  else if (/[aeiou]s$/.test(w)) w = w.slice(0, -1);
  if (w.length >= 4 && /[ao]$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Everyday words → the words our titles use (both sides folded, any gender or number). */
const SYNONYMS: Record<string, readonly string[]> = {
  profesor: ['maestro', 'instructor', 'teacher'],
  maestro: ['profesor', 'teacher'],
  docente: ['maestro', 'profesor'],
  doctor: ['medico', 'physician'],
  medico: ['doctor', 'physician'],
  dentista: ['dentist', 'odontologo'],
  odontologo: ['dentista'],
  peluquero: ['estilista', 'barbero', 'cosmetologo', 'hairdresser'],
  estilista: ['peluquero'],
  enfermero: ['nurse'],
  abogado: ['lawyer'],
  policia: ['police', 'alguacil'],
  mesero: ['camarero', 'waiter'],
  camarero: ['mesero'],
  cantinero: ['barman'],
  plomero: ['fontanero', 'plumber'],
  fontanero: ['plomero'],
  contador: ['contable', 'accountant'],
  contable: ['contador'],
  computadora: ['informatica', 'computacion', 'computer'],
  ordenador: ['computadora', 'informatica'],
  programador: ['desarrollador', 'programmer'],
  camionero: ['camion', 'truck'],
  chofer: ['conductor', 'driver'],
  carro: ['automotriz', 'auto'],
  coche: ['automotriz', 'auto'],
  mecanico: ['mechanic'],
  cocinero: ['chef', 'cook'],
  chef: ['cocinero'],
  veterinario: ['veterinarian'],
  psicologo: ['psychologist'],
  bombero: ['firefighter'],
  soldador: ['welder'],
  electricista: ['electrician'],
  carpintero: ['carpenter'],
  granjero: ['agricultor', 'ganadero', 'farmer'],
  niñera: ['nanny'],
};

const SYNONYMS_BY_KEY = new Map<string, string[]>();
for (const [word, others] of Object.entries(SYNONYMS)) {
  const key = spanishKey(fold(word));
  SYNONYMS_BY_KEY.set(key, [...(SYNONYMS_BY_KEY.get(key) ?? []), ...others.map((o) => fold(o))]);
}

/** Other words a query word may stand for (folded); empty when none. */
export function synonymsOf(word: string): readonly string[] {
  return SYNONYMS_BY_KEY.get(spanishKey(word)) ?? [];
}

const plain = (text: string) => fold(text.replace(/\([^)]*\)/g, ' ')).trim();

/** Glossary entries as folded English phrase → Spanish words (plus the entry's synonyms). */
const GLOSSARY = Object.values(GLOSSARY_ES as Record<string, GlossaryEntry>)
  .map((entry) => ({
    en: ` ${tokenize(plain(entry.en)).map(spanishKey).join(' ')} `,
    es: [plain(entry.es), ...(entry.synonyms ?? []).map((s) => fold(s))].join(' '),
  }))
  .filter((entry) => entry.en.trim().length > 0);

/**
 * Spanish glossary terms for the English glossary terms found in a text ("Registered Nursing/
 * Registered Nurse" → "enfermero registrado …"), so a Spanish query finds English-only documents.
 */
export function glossaryTerms(english: string): string {
  const words = ` ${tokenize(english).map(spanishKey).join(' ')} `;
  return GLOSSARY.filter((entry) => words.includes(entry.en))
    .map((entry) => entry.es)
    .join(' ');
}
