import { describe, expect, it } from 'vitest';
import { courseCodeKey } from './course-code-key.ts';

describe('courseCodeKey', () => {
  it('joins a letter prefix to its number however it is written', () => {
    const keys = ['ENGL-101', 'ENGL 101', 'ENGL101', 'engl_101', ' Engl.101 ', 'ENGL  101'].map(
      courseCodeKey,
    );
    expect(new Set(keys)).toEqual(new Set(['ENGL101']));
    expect(courseCodeKey('ENGL& 101')).toBe(courseCodeKey('ENGL&101'));
  });

  it('keeps what tells courses apart', () => {
    expect(courseCodeKey('413-520')).toBe('413-520');
    expect(courseCodeKey('MATH 110.1')).not.toBe(courseCodeKey('MATH 1101'));
    expect(courseCodeKey('ENGL 101')).not.toBe(courseCodeKey('ENGL 1010'));
    expect(courseCodeKey('ENGL 101L')).not.toBe(courseCodeKey('ENGL 101'));
    expect(courseCodeKey('02052')).toBe('02052');
  });
});
