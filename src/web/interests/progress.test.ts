import { describe, expect, it } from 'vitest';
import {
  clearProgress,
  firstUnanswered,
  loadFinished,
  loadProgress,
  saveFinished,
  saveProgress,
} from './progress.ts';

const memoryStore = () => {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
};

describe('Interest Profiler progress in the browser', () => {
  it('keeps answers so far and resumes at the first unanswered item', () => {
    const store = memoryStore();
    expect(loadProgress(store)).toBeUndefined();
    saveProgress(store, { form: 30, answers: { 'MINI-01': 5, 'MINI-02': 1 } });
    const kept = loadProgress(store)!;
    expect(kept).toEqual({ form: 30, answers: { 'MINI-01': 5, 'MINI-02': 1 } });
    expect(firstUnanswered(['MINI-01', 'MINI-02', 'MINI-03'], kept.answers)).toBe(2);
    expect(firstUnanswered(['MINI-01'], kept.answers)).toBe(1);
    clearProgress(store);
    expect(loadProgress(store)).toBeUndefined();
  });

  it('drops what it cannot trust: bad JSON, unknown forms, out-of-range answers', () => {
    const store = memoryStore();
    store.setItem('wayfinder.interest-profiler.progress.v1', '{oops');
    expect(loadProgress(store)).toBeUndefined();
    store.setItem(
      'wayfinder.interest-profiler.progress.v1',
      JSON.stringify({ form: 45, answers: {} }),
    );
    expect(loadProgress(store)).toBeUndefined();
    saveProgress(store, { form: 60, answers: { a: 3, b: 9, c: 2.5 } as Record<string, number> });
    expect(loadProgress(store)!.answers).toEqual({ a: 3 });
  });

  it('keeps the last finished answers, and whether they were saved to an account', () => {
    const store = memoryStore();
    saveFinished(store, { form: 60, answers: { x: 2 }, finishedAt: '2026-11-26T00:00:00Z' });
    expect(loadFinished(store)).toEqual({
      form: 60,
      answers: { x: 2 },
      finishedAt: '2026-11-26T00:00:00Z',
    });
    saveFinished(store, { ...loadFinished(store)!, savedAs: 'r1' });
    expect(loadFinished(store)!.savedAs).toBe('r1');
  });
});
