/**
 * What the language walk (language-leaks.test.ts) finds on a page in the wrong language: our own
 * phrases of the other catalogue (test/english-catalogue.ts) in text not marked with the other
 * `lang`; texts the API gave in English on a Spanish page (a title beside `titleLang: 'en'`)
 * and not marked `lang="en"` (WCAG 3.1.2, Language of Parts); and the English messages of the
 * API's refusals shown as they are on a Spanish page, marked or not.
 */
import type { Page, Response } from 'playwright-core';
import { englishIn, readable, spanishIn } from '../test/english-catalogue.ts';

export type Lang = 'en' | 'es';

/**
 * What a reader of `lang` meets on the page: text, title, description and accessible labels,
 * leaving out whatever sits inside an element marked with another language.
 */
export async function textIn(page: Page, lang: Lang, all = false): Promise<string> {
  return page.evaluate(
    ([own, everything]) => {
      const other = (e: Element) => {
        if (everything) return false;
        const marked = e.closest('body [lang]');
        return marked !== null && !marked.getAttribute('lang')!.startsWith(own);
      };
      const hidden: [HTMLElement, string][] = [];
      for (const e of document.body.querySelectorAll<HTMLElement>('[lang]'))
        if (other(e)) {
          hidden.push([e, e.style.display]);
          e.style.display = 'none';
        }
      const text = [
        document.title,
        document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        document.body.innerText,
        ...[...document.querySelectorAll('[aria-label],[alt],[title],[placeholder]')]
          .filter((e) => !other(e))
          .flatMap((e) =>
            ['aria-label', 'alt', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
          ),
      ].join('\n');
      for (const [e, display] of hidden) e.style.display = display;
      return text;
    },
    [lang, all] as const,
  );
}

/** `{ title, titleLang: 'en' }` and the like anywhere in an answer: the texts given in English. */
export function englishFields(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) englishFields(v, into);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(o)) {
      if (key.endsWith('Lang') && v === 'en') {
        const text = o[key.slice(0, -'Lang'.length)];
        if (typeof text === 'string' && text.trim()) into.add(text.trim());
      }
      englishFields(v, into);
    }
  }
  return into;
}

/**
 * Watches a tab's API answers: the texts given in English (see `englishFields`) and the messages
 * of refusals written in English (`{ error: { message, lang } }`), for the page open now. `reset` starts a new page.
 */
export function watchApi(page: Page) {
  const english = new Set<string>();
  const refusals = new Set<string>();
  const pending: Promise<void>[] = [];
  const read = async (response: Response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    if (!(response.headers()['content-type'] ?? '').includes('json')) return;
    const body: unknown = await response.json().catch(() => null);
    if (response.status() >= 400) {
      // A refusal the API wrote in Spanish (`lang: 'es'`) is no leak; one in English is.
      const error = (body as { error?: { message?: unknown; lang?: unknown } } | null)?.error;
      if (typeof error?.message === 'string' && error.lang !== 'es') refusals.add(error.message);
    } else englishFields(body, english);
  };
  page.on('response', (response) => {
    pending.push(read(response));
  });
  return {
    english,
    refusals,
    settled: () => Promise.all(pending.splice(0)),
    reset() {
      english.clear();
      refusals.clear();
    },
  };
}

export type ApiWatch = ReturnType<typeof watchApi>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const standing = (text: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'u');

/** A phrase with a few characters either side, on one line: "…Estado: «Approved» ·…". */
function inContext(text: string, phrase: string): string {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) return phrase;
  const before = text.slice(Math.max(0, at - 25), at);
  const after = text.slice(at + phrase.length, at + phrase.length + 25);
  return `…${before}«${text.slice(at, at + phrase.length)}»${after}…`.replace(/\s+/g, ' ');
}

/** Everything on the page in the wrong language, as `label: what` lines (none: []). */
export async function leaks(
  page: Page,
  lang: Lang,
  label: string,
  api: ApiWatch,
  properNames: readonly string[],
): Promise<string[]> {
  await api.settled();
  const text = await textIn(page, lang);
  const found: string[] = [];
  const wrong = lang === 'es' ? englishIn(text, properNames) : spanishIn(text, properNames);
  if (wrong.length > 0)
    found.push(
      `${label}: ${wrong.map((w) => inContext(readable(text, properNames), w)).join(' | ')}`,
    );
  if (lang === 'es') {
    const names = new Set(properNames);
    const unmarked = [...api.english].filter((t) => !names.has(t) && standing(t).test(text));
    if (unmarked.length > 0) found.push(`${label}: not marked lang="en": ${unmarked.join(' | ')}`);
  }
  // An API refusal is written in English: a Spanish page says it in its own words (marked
  // English or not, a family cannot read it).
  const everything = lang === 'es' && api.refusals.size > 0 ? await textIn(page, lang, true) : '';
  const shown = [...api.refusals].filter((m) => everything.includes(m));
  if (shown.length > 0) found.push(`${label}: the API's English message: ${shown.join(' | ')}`);
  return found;
}
