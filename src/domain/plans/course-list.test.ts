import { describe, expect, it } from 'vitest';
import { courseList } from './course-list.ts';
import { filterCourseList, matchCourse } from './course-match.ts';
import type { MatchableCourse } from './course-words.ts';

const course = (en: string, extra: Partial<MatchableCourse> = {}): MatchableCourse => ({
  title: { en },
  ...extra,
});

const LIST: MatchableCourse[] = [
  course('English 9', { stateCode: 'ENG101', subject: 'english' }),
  course('AP English Language and Composition', { subject: 'english' }),
  course('Algebra II', { stateCode: 'MTH301', subject: 'mathematics' }),
  course('Pre-Calculus', { subject: 'mathematics' }),
  course('AP U.S. History', { subject: 'social_studies' }),
  course('Physical Education 9', { subject: 'other' }),
  course('Welding I', { subject: 'cte', kind: 'cte', dualCredit: true }),
  course('Chemistry', { subject: 'science' }),
  course('AP Chemistry', { subject: 'science' }),
];

describe('a course list read once', () => {
  it('numbers each word of the list once, and keeps where each course has it', () => {
    const list = courseList([...LIST, undefined], (c) => c);
    expect(new Set(list.words).size).toBe(list.words.length);
    expect(list.courses[LIST.length]).toBeUndefined();
    const english9 = list.courses[0]!;
    const at = (word: string) => english9.ids.indexOf(list.words.indexOf(word));
    // "english" is a title word and a subject word: it counts as a title word.
    expect(english9.weights[at('english')]).toBe(1);
    expect(english9.inTitle[at('english')]).toBe(1);
    const chemistry = list.courses[7]!;
    const inChemistry = (word: string) => chemistry.ids.indexOf(list.words.indexOf(word));
    expect(chemistry.weights[inChemistry('science')]).toBe(0.5);
    expect(chemistry.inTitle[inChemistry('science')]).toBe(0);
    expect(english9.weights[at('eng')]).toBe(0.8);
    expect(Array.from(english9.titles[0]![0]!, (id) => list.words[id])).toEqual(['english', '9']);
  });

  it('gives each course the score it has alone, best first', () => {
    const list = courseList(LIST, (c) => c);
    for (const typed of [
      'eng',
      'ap',
      'alg 2',
      'pre calc',
      'apush',
      'pe',
      'dual credit',
      'chem ',
      'mth3',
      'x',
    ]) {
      const alone = LIST.map((c, index) => ({ c, index, match: matchCourse(typed, c) }))
        .filter((m) => m.match !== undefined)
        .sort((a, b) => b.match!.score - a.match!.score || a.index - b.index)
        .map((m) => m.c);
      expect(filterCourseList(typed, list), typed).toEqual(alone);
    }
    expect(filterCourseList('chem', list)[0]).toBe(LIST[7]);
    expect(filterCourseList('zzz', list)).toEqual([]);
    expect(filterCourseList(' ', list)).toEqual(LIST);
  });
});
