/**
 * What the Interest Profiler keeps in the browser (localStorage), and only there: the answers so
 * far, so a closed tab resumes where it stopped, and the last finished set of answers, from
 * which the results page asks for results. Nothing here reaches the server unless the person
 * chooses to save their results to their account.
 */
import type { ProfilerFormNumber } from './interests-api.ts';

const PROGRESS_KEY = 'wayfinder.interest-profiler.progress.v1';
const FINISHED_KEY = 'wayfinder.interest-profiler.finished.v1';

export interface Progress {
  form: ProfilerFormNumber;
  answers: Record<string, number>;
}

export interface Finished extends Progress {
  finishedAt: string;
  /** Set once the person saved these answers to their account. */
  savedAs?: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isForm = (v: unknown): v is ProfilerFormNumber => v === 60 || v === 30;

function parseAnswers(value: unknown): Record<string, number> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter(
    ([, v]) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5,
  );
  return Object.fromEntries(entries) as Record<string, number>;
}

function read(store: Store, key: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(store.getItem(key) ?? 'null');
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Answers kept so far, or undefined (nothing kept, or unreadable). */
export function loadProgress(store: Store): Progress | undefined {
  const value = read(store, PROGRESS_KEY);
  const answers = parseAnswers(value?.answers);
  return value && isForm(value.form) && answers ? { form: value.form, answers } : undefined;
}

export function saveProgress(store: Store, progress: Progress): void {
  store.setItem(PROGRESS_KEY, JSON.stringify(progress));
}

export function clearProgress(store: Store): void {
  store.removeItem(PROGRESS_KEY);
}

export function loadFinished(store: Store): Finished | undefined {
  const value = read(store, FINISHED_KEY);
  const answers = parseAnswers(value?.answers);
  if (!value || !isForm(value.form) || !answers || typeof value.finishedAt !== 'string')
    return undefined;
  return {
    form: value.form,
    answers,
    finishedAt: value.finishedAt,
    ...(typeof value.savedAs === 'string' ? { savedAs: value.savedAs } : {}),
  };
}

export function saveFinished(store: Store, finished: Finished): void {
  store.setItem(FINISHED_KEY, JSON.stringify(finished));
}

/** The index of the first item without an answer: where a resumed survey starts. */
export function firstUnanswered(ids: readonly string[], answers: Record<string, number>): number {
  const index = ids.findIndex((id) => answers[id] === undefined);
  return index === -1 ? ids.length : index;
}

/** The browser's localStorage, or a throwaway store where it is blocked. */
export function browserStore(): Store {
  try {
    const probe = '__wayfinder_probe__';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (k) => memory.get(k) ?? null,
      setItem: (k, v) => void memory.set(k, v),
      removeItem: (k) => void memory.delete(k),
    };
  }
}
