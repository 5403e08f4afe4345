import { describe, expect, it } from 'vitest';
import { COURSE_ABBREVIATIONS } from './course-abbreviations.ts';
import { courseWords, titleReadings, wordsOfCourse } from './course-words.ts';

const readings = (title: string) => titleReadings(title).map((r) => r.join(' '));

describe('course words', () => {
  it('folds, splits letters from digits, reads U.S. and ordinals', () => {
    expect(courseWords('Álgebra II')).toEqual(['algebra', 'ii']);
    expect(courseWords('U.S. History')).toEqual(['us', 'history']);
    expect(courseWords('U. S. Government')).toEqual(['us', 'government']);
    expect(courseWords('MTH201 10th-grade')).toEqual(['mth', '201', '10', 'grade']);
    expect(courseWords('Pre-Calc')).toEqual(['pre', 'calc']);
  });

  it('reads a title with its short names swapped in and out, numerals as digits', () => {
    expect(readings('Spanish II')).toEqual(['spanish 2', 'espanol 2']);
    expect(readings('AP United States History')).toEqual(
      expect.arrayContaining([
        'ap united states history',
        'ap us history',
        'advanced placement united states history',
        'apush',
      ]),
    );
    expect(readings('PE 9')).toContain('physical education 9');
    expect(readings('Physical Education 9')).toEqual(expect.arrayContaining(['pe 9', 'gym 9']));
    // A short name read in is not spelt out again: "English" is "ela", not "english language arts".
    expect(readings('English 9')).not.toContain('english language arts 9');
    expect(readings('Welding')).toEqual(['welding']);
    // Joining words inside a long form are skipped: "ciencias de la computación" is "cs".
    expect(readings('AP Ciencias de la Computación A')).toContain('ap cs a');
    expect(readings('Career and Technical Education')).toContain('cte');
  });

  it('gives codes without punctuation and subject, CTE and dual-credit words apart', () => {
    const words = wordsOfCourse({
      title: { en: 'Welding I', es: 'Soldadura I' },
      stateCode: 'CTE-310',
      scedCode: '13207',
      subject: 'cte',
      kind: 'cte',
      dualCredit: true,
    });
    expect(words.codes).toEqual(['cte310', '13207']);
    expect(words.fields.map((f) => f.kind)).toEqual(['title', 'title', 'code', 'tag']);
    expect([...words.fields[3]!.words]).toEqual(expect.arrayContaining(['cte', 'dual', 'credit']));
    expect(words.fields[1]!.words.has('soldadura')).toBe(true);
  });

  it('has abbreviation keys of one folded word', () => {
    for (const key of Object.keys(COURSE_ABBREVIATIONS)) expect(courseWords(key)).toEqual([key]);
  });
});
