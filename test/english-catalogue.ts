/**
 * The English catalogue: every English text the product writes itself (UI messages, program
 * diagram and PDF labels, entry levels, status names, source credits), as phrases to look for on
 * Spanish pages and in Spanish exports. Texts that read the same in Spanish ("CTE", "Social")
 * are left out, and so is whatever stands in parentheses (deliberate glosses such as
 * "(Career Clusters)" or "(high school)") and the proper names a caller passes.
 */
import { entryLevelLabel, typicalEducationOf } from '../src/domain/occupation/entry-level.ts';
import { posLabels } from '../src/domain/program/pos-labels.ts';
import { en, es } from '../src/web/i18n.ts';

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** Pieces of a text between its {placeholders}, kept when at least two words or one long word. */
function phrases(text: string): string[] {
  return text
    .split(/\{\w+\}|[«»“”"()·:;!?]|\. /)
    .map((piece) =>
      piece
        .trim()
        .replace(/[.,…—–-]+$/, '')
        .trim(),
    )
    .filter((piece) => /^[A-Za-z]/.test(piece))
    .filter((piece) => piece.includes(' ') || piece.length >= 6);
}

function build(): string[] {
  const spanish = new Set([
    ...leaves(es).flatMap(phrases),
    ...leaves(posLabels('es')).flatMap(phrases),
  ]);
  // The language switch is written in the other language on purpose.
  const ui = Object.entries(en).filter(([key]) => !key.startsWith('switchLanguage'));
  const english = [
    ...leaves(Object.fromEntries(ui)),
    ...leaves(posLabels('en')),
    ...(['semi', 'mid', 'high'] as const).map((level) => entryLevelLabel(level, 'en')),
    ...[1, 2, 3, 4, 5].map((zone) => typicalEducationOf(zone, 'en') ?? ''),
    // Source credits, as the database keeps them in English.
    'This product includes information from the O*NET',
    'Used under the CC BY 4.0 license',
    'Descriptions and Spanish titles written by Wayfinder contributors',
    'descriptions MIT',
    'Public domain (U.S. government work)',
  ];
  return [...new Set(english.flatMap(phrases))].filter((phrase) => !spanish.has(phrase));
}

export const ENGLISH_CATALOGUE: readonly string[] = build();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERNS = ENGLISH_CATALOGUE.map(
  (phrase) => [phrase, new RegExp(`(?<![\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'iu')] as const,
);

/** The catalogue phrases found in a Spanish text, after glosses and proper names are taken out. */
export function englishIn(text: string, properNames: readonly string[] = []): string[] {
  let rest = text;
  for (const name of [...properNames].sort((a, b) => b.length - a.length))
    if (name) rest = rest.split(name).join(' ');
  rest = rest.replace(/\([^()]*\)/g, ' ');
  return PATTERNS.filter(([, pattern]) => pattern.test(rest)).map(([phrase]) => phrase);
}
