import { describe, expect, it } from 'vitest';
import { coreTitle, normalizeTitle } from './titles.ts';

describe('course titles', () => {
  it('normalizes case, accents, punctuation and ampersands', () => {
    expect(normalizeTitle('  Web Design & Development: I ')).toBe('web design and development i');
    expect(normalizeTitle('Anatomía y Fisiología')).toBe('anatomia y fisiologia');
    expect(normalizeTitle('U.S. History')).toBe('u s history');
    expect(normalizeTitle('&Co')).toBe('and co');
  });

  it('sets introductory wording aside', () => {
    expect(coreTitle(normalizeTitle('Introduction to Programming'))).toBe('programming');
    expect(coreTitle(normalizeTitle('Programming I'))).toBe('programming');
    expect(coreTitle(normalizeTitle('Programming II'))).toBe('programming ii');
    expect(coreTitle(normalizeTitle('Principles of Health Science'))).toBe('health science');
  });
});
