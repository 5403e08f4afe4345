/**
 * PostgreSQL stores no NUL character (U+0000) in text or jsonb, and its JSON parser refuses a
 * lone UTF-16 surrogate ("\ud800"), so a string that holds either can never be saved or looked
 * up. Every boundary (the API's requests, program files) rejects it up front, naming the field,
 * instead of letting the database fail later.
 */

export type ValuePath = Array<string | number>;

export const NUL_MESSAGE = 'must not contain a NUL character (\\u0000)';
export const SURROGATE_MESSAGE = 'must not contain a lone UTF-16 surrogate (a broken character)';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored, or undefined when it can. */
export function unstorable(text: string): string | undefined {
  if (text.includes('\u0000')) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(text)) return SURROGATE_MESSAGE;
  return undefined;
}

export interface Unstorable {
  path: ValuePath;
  message: string;
}

/** Any character that may make a text unstorable: a NUL, or half of a surrogate pair. */
// eslint-disable-next-line no-control-regex -- NUL is the character looked for
const SUSPECT = /[\u0000\ud800-\udfff]/;

/** SUSPECT.test(text): by hand for short texts (keys, codes), where calling a regex costs more. */
function suspect(text: string): boolean {
  if (text.length > 32) return SUSPECT.test(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

/**
 * Whether anything in `value` may be unstorable: one scan per string and key, nothing
 * allocated. Well-formed requests (nearly all) stop here; a suspect one is looked at again by
 * findUnstorable's exact walk, which names the path.
 */
function anySuspect(value: unknown): boolean {
  if (typeof value === 'string') return suspect(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (anySuspect(value[i])) return true;
    return false;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    // The keys at once: one scan of them joined costs less than one call per key.
    if (keys.length > 4 ? SUSPECT.test(keys.join('')) : keys.some(suspect)) return true;
    for (const key of keys) {
      // Numbers, booleans and null (most values of a request) need no call.
      const item = record[key];
      if (
        typeof item === 'string'
          ? suspect(item)
          : item !== null && typeof item === 'object' && anySuspect(item)
      )
        return true;
    }
  }
  return false;
}

/** The first string or object key, anywhere in `value`, that cannot be stored. */
export function findUnstorable(value: unknown, path: ValuePath = []): Unstorable | undefined {
  return anySuspect(value) ? walk(value, path) : undefined;
}

function walk(value: unknown, path: ValuePath): Unstorable | undefined {
  if (typeof value === 'string') {
    const message = unstorable(value);
    return message ? { path, message } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = walk(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const message = unstorable(key);
      if (message) return { path: [...path, key], message };
      const found = walk(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
