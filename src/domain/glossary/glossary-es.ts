/**
 * The English → Spanish glossary every Spanish text follows (pages, PDF, CSV, data, search).
 * Each entry names the one Spanish term we use, a note for families, and the wordings to avoid
 * (checked over the whole source tree by test/glossary-es.test.ts). docs/glossary-es.md is rendered
 * from this list (`renderGlossaryMarkdown`), with the register rule of register-es.ts. The entries
 * are in three files by subject: schooling and credentials, work and the framework, records.
 */
import { CAREER_TERMS } from './glossary-es-careers.ts';
import { RECORD_TERMS } from './glossary-es-records.ts';
import { SCHOOL_TERMS } from './glossary-es-schools.ts';
import { REGISTER_RULE_ES } from './register-es.ts';

export interface GlossaryEntry {
  /** English term, as US schools write it. */
  en: string;
  /** The Spanish term we use (in sentence case, as inside a sentence). */
  es: string;
  /** What it means, for a family reading in Spanish. */
  note: string;
  /** Spanish words a search should also accept for this term (folded by the search). */
  synonyms?: readonly string[];
  /** Wordings that must not appear in our Spanish texts, and why. */
  avoid?: readonly { pattern: RegExp; why: string }[];
}

export const GLOSSARY_ES = {
  ...SCHOOL_TERMS,
  ...CAREER_TERMS,
  ...RECORD_TERMS,
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryId = keyof typeof GLOSSARY_ES;

/** The Spanish term for a glossary entry. */
export const termEs = (id: GlossaryId): string => GLOSSARY_ES[id].es;

/** docs/glossary-es.md, rendered from the list above. */
export function renderGlossaryMarkdown(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = Object.values(GLOSSARY_ES as Record<string, GlossaryEntry>).map(
    (e) =>
      `| ${cell(e.en)} | ${cell(e.es)} | ${cell(e.note)} | ${cell(
        (e.avoid ?? []).map((a) => `\`${a.pattern.source}\``).join(', '),
      )} |`,
  );
  return [
    '# Spanish glossary',
    '',
    'Every Spanish text of Wayfinder (pages, PDF, CSV, data, search) uses these terms. The list is',
    'rendered from `src/domain/glossary/glossary-es.ts` and its parts, `glossary-es-*.ts` (edit them',
    'there; a test keeps this file in step and fails on any avoided wording anywhere in `src/`).',
    'Titles and labels are written in sentence case ("Ciencias de la salud"); official English',
    'titles never change.',
    '',
    '| English | Español | Nota para las familias | Evitar |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    REGISTER_RULE_ES,
    '',
  ].join('\n');
}
