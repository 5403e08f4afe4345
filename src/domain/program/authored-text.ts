/**
 * What an author typed, made ready to store: every text without its surrounding spaces, an
 * optional text left blank (a Spanish title, an issuer, a city) taken out as if it had not been
 * sent, so that readers fall back to the English text instead of showing nothing. A required text
 * left blank (an English title, an institution's name, a state course code), and a credit
 * agreement that ends before it starts, are the author's mistake: they are reported with the field
 * so that the save can refuse them and change nothing.
 */
import type { TCatalog, TProgramBody } from '../../contracts/program.ts';
import type { LocalizedText } from '../framework.ts';
import { authoredText } from './authored-messages.ts';

/** Texts that may be left out: a blank one is dropped. Every other text must be written. */
const OPTIONAL_TEXTS: ReadonlySet<string> = new Set(['es', 'issuer', 'city']);

export interface AuthoredProblem {
  /** Where, as JSON path segments: ["catalog", "courses", 3, "title", "en"]. */
  path: Array<string | number>;
  /** What is wrong, after the field: "must not be blank", in English and Spanish. */
  message: LocalizedText;
}

export type Authored<T> = { ok: true; value: T } | { ok: false; problem: AuthoredProblem };

/** A copy of the value with its texts trimmed and blank optional texts dropped. */
function tidy(value: unknown, path: Array<string | number>): unknown {
  if (typeof value === 'string') {
    const text = value.trim();
    if (text !== '') return text;
    const key = path.at(-1);
    if (typeof key === 'string' && OPTIONAL_TEXTS.has(key)) return undefined;
    throw new BlankText(path);
  }
  if (Array.isArray(value)) return value.map((item, i) => tidy(item, [...path, i]));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const tidied = tidy(item, [...path, key]);
      if (tidied !== undefined) out[key] = tidied;
    }
    return out;
  }
  return value;
}

class BlankText extends Error {
  constructor(readonly path: Array<string | number>) {
    super('blank');
  }
}

/**
 * The program and the catalog it sends, ready to store; or the first problem found. Ids, codes
 * and dates are checked by the schema already; this looks at what the schema cannot say.
 */
export function tidyAuthored<T extends { program: TProgramBody; catalog?: TCatalog | undefined }>(
  input: T,
): Authored<T> {
  let value: T;
  try {
    value = {
      ...input,
      program: tidy(input.program, ['program']) as TProgramBody,
      ...(input.catalog ? { catalog: tidy(input.catalog, ['catalog']) as TCatalog } : {}),
    };
  } catch (error) {
    if (!(error instanceof BlankText)) throw error;
    return {
      ok: false,
      problem: { path: error.path, message: authoredText('blank') },
    };
  }
  for (const [i, agreement] of (value.catalog?.creditAgreements ?? []).entries()) {
    const { effectiveFrom, effectiveTo } = agreement;
    if (effectiveTo !== undefined && effectiveTo < effectiveFrom) {
      return {
        ok: false,
        problem: {
          path: ['catalog', 'creditAgreements', i, 'effectiveTo'],
          message: authoredText('endsBeforeStart', { from: effectiveFrom }),
        },
      };
    }
  }
  return { ok: true, value };
}

/** A problem's path as the API names fields: "catalog.courses.3.title.en". */
export const fieldOf = (problem: AuthoredProblem): string => problem.path.join('.');
