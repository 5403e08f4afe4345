/**
 * The one message function for every text the product shows (web pages, PDF, CSV), in English
 * and Spanish. A template holds literal text and placeholders in a small subset of ICU
 * MessageFormat:
 *
 * - `{name}`: the value; a number is written the way the language writes numbers
 *   (`Intl.NumberFormat`), a string as it is.
 * - `{count, plural, one {# unit} other {# units}}`: the branch `Intl.PluralRules` picks for the
 *   number (`=0 {…}` for an exact value first); `#` is the number, formatted.
 * - `{kind, select, dual {…} other {…}}`: the branch named by a string value.
 *
 * Branches may hold placeholders of their own. A placeholder without a value throws, so no raw
 * `{name}` can reach a page: tests render every message with sample values.
 */
import type { Lang } from '../framework.ts';

/** US English and US Spanish: numbers as families in the United States write them. */
const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

export type MessageValue = string | number;
export type MessageValues = Readonly<Record<string, MessageValue>>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'hash' }
  | { kind: 'plural'; name: string; branches: Map<string, Part[]> }
  | { kind: 'select'; name: string; branches: Map<string, Part[]> };

export class MessageSyntaxError extends Error {
  constructor(template: string, at: number, problem: string) {
    super(`Message template, character ${at + 1}: ${problem} in "${template}"`);
    this.name = 'MessageSyntaxError';
  }
}

export class MissingMessageValue extends Error {
  constructor(
    readonly placeholder: string,
    template: string,
  ) {
    super(`Message value "${placeholder}" is missing for "${template}"`);
    this.name = 'MissingMessageValue';
  }
}

function parse(template: string): Part[] {
  let at = 0;
  const fail = (problem: string): never => {
    throw new MessageSyntaxError(template, at, problem);
  };
  const skipSpace = () => {
    while (/\s/.test(template[at] ?? '')) at += 1;
  };
  const word = (): string => {
    skipSpace();
    const match = /^[\w=-]+/.exec(template.slice(at));
    if (!match) return fail('a name is expected');
    at += match[0].length;
    skipSpace();
    return match[0];
  };
  const expect = (char: string) => {
    if (template[at] !== char) fail(`"${char}" is expected`);
    at += 1;
  };

  // Reads parts until the end, or until the "}" closing a branch (inBranch).
  const sequence = (inBranch: boolean): Part[] => {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    while (at < template.length) {
      const char = template[at]!;
      if (char === '}') {
        if (!inBranch) fail('"}" without "{"');
        break;
      }
      if (char === '#' && inBranch) {
        flush();
        parts.push({ kind: 'hash' });
        at += 1;
      } else if (char === '{') {
        flush();
        at += 1;
        parts.push(placeholder());
      } else {
        text += char;
        at += 1;
      }
    }
    if (inBranch && at >= template.length) fail('a branch is not closed');
    flush();
    return parts;
  };

  const placeholder = (): Part => {
    const name = word();
    if (template[at] === '}') {
      at += 1;
      return { kind: 'value', name };
    }
    expect(',');
    const type = word();
    const kind =
      type === 'plural' || type === 'select' ? type : fail(`unknown placeholder type "${type}"`);
    expect(',');
    const branches = new Map<string, Part[]>();
    skipSpace();
    while (template[at] !== '}') {
      if (at >= template.length) fail('a placeholder is not closed');
      const key = word();
      expect('{');
      branches.set(key, sequence(true));
      expect('}');
      skipSpace();
    }
    at += 1;
    if (!branches.has('other')) fail(`"${name}" needs an "other" branch`);
    return { kind, name, branches };
  };

  return sequence(false);
}

const parsed = new Map<string, Part[]>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** A number as the language writes it: "1,234.5" in both, "0.5" (US Spanish uses the point). */
export function formatNumber(lang: Lang, value: number): string {
  return cached(numberFormats, lang, () => new Intl.NumberFormat(LOCALES[lang])).format(value);
}

/** The plural category (`one`, `other`, …) a language gives a number. */
export function pluralCategory(lang: Lang, value: number): Intl.LDMLPluralRule {
  return cached(pluralRules, lang, () => new Intl.PluralRules(LOCALES[lang])).select(value);
}

/**
 * The message as a list of pieces: strings, and the values of placeholders named in `nodes`
 * left as they are (so a page can put a link where `{course}` stands).
 */
export function messageParts<N>(
  lang: Lang,
  template: string,
  values: MessageValues,
  nodes: Readonly<Record<string, N>> = {},
): (string | N)[] {
  const parts = cached(parsed, template, () => parse(template));
  const out: (string | N)[] = [];
  const emit = (piece: string | N) => {
    const last = out.length - 1;
    if (typeof piece === 'string' && last >= 0 && typeof out[last] === 'string')
      out[last] = `${out[last] as string}${piece}`;
    else out.push(piece);
  };
  const value = (name: string): MessageValue => {
    const found = values[name];
    if (found === undefined) throw new MissingMessageValue(name, template);
    return found;
  };
  const walk = (list: Part[], hash: number | undefined) => {
    for (const part of list) {
      if (part.kind === 'text') emit(part.text);
      else if (part.kind === 'hash') emit(formatNumber(lang, hash ?? 0));
      else if (part.kind === 'value') {
        if (part.name in nodes) emit(nodes[part.name]!);
        else {
          const v = value(part.name);
          emit(typeof v === 'number' ? formatNumber(lang, v) : v);
        }
      } else if (part.kind === 'plural') {
        const v = value(part.name);
        const n = typeof v === 'number' ? v : Number(v);
        const branch =
          part.branches.get(`=${n}`) ??
          part.branches.get(pluralCategory(lang, n)) ??
          part.branches.get('other')!;
        walk(branch, n);
      } else {
        const v = String(value(part.name));
        walk(part.branches.get(v) ?? part.branches.get('other')!, hash);
      }
    }
  };
  walk(parts, undefined);
  return out;
}

/** The message filled in for the language: plurals by `Intl.PluralRules`, numbers by locale. */
export function formatMessage(lang: Lang, template: string, values: MessageValues = {}): string {
  return messageParts<never>(lang, template, values).join('');
}

/** The placeholders a template needs values for, at any depth, each with how it is used. */
export function messagePlaceholders(
  template: string,
): Record<string, 'value' | 'plural' | 'select'> {
  const names: Record<string, 'value' | 'plural' | 'select'> = {};
  const walk = (list: Part[]) => {
    for (const part of list) {
      if (part.kind === 'value') names[part.name] ??= 'value';
      if (part.kind === 'plural' || part.kind === 'select') {
        names[part.name] = part.kind;
        for (const branch of part.branches.values()) walk(branch);
      }
    }
  };
  walk(cached(parsed, template, () => parse(template)));
  return names;
}
