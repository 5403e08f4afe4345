import { describe, expect, it } from 'vitest';
import { collegeCourseCode, ZPostsecondaryCourse, ZStep } from './program.ts';

const course = (prefix: string, number: string) => ({
  id: 'c',
  institutionId: 'college',
  title: { en: 'A course' },
  kind: 'academic',
  subject: 'english',
  level: 'postsecondary',
  prefix,
  number,
  creditHours: 3,
});

describe('college course codes', () => {
  it.each([
    ['ENGL', '1301', 'Texas common course numbers'],
    ['NURS', '1001', 'four digits'],
    ['WLD', '111', 'three digits'],
    ['MATH&', '141', "Washington's common course numbers"],
    ['ENGL&', '101', "Washington's common course numbers"],
    ['ENGL', 'C1000', "California's common course numbers"],
    ['CIS', '22A', 'California community colleges'],
    ['MATH', '1A', 'one digit and a letter'],
    ['BIO', '50', 'two digits'],
    ['BIO', '181L', 'a lab'],
    ['COM SCI', '31', 'two-word university subjects'],
    ['I&C SCI', '31', 'two-word university subjects with an ampersand'],
    ['HUMA', '2XXX', 'an elective of a level'],
    ['WELD', '110.1', 'a dotted number'],
    ['413', '520', "a Wisconsin technical college's numeric subject"],
    ['10-804', '107', 'a Wisconsin aid code and subject'],
  ])('accepts %s %s (%s)', (prefix, number) => {
    const parsed = ZPostsecondaryCourse.safeParse(course(prefix, number));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  // Chippewa Valley Technical College lists its apprenticeship courses as 413-520, 413-521 ….
  it('writes a code as the college does: a space after a subject in letters, a dash after digits', () => {
    expect(collegeCourseCode({ prefix: 'ENGL', number: '101' })).toBe('ENGL 101');
    expect(collegeCourseCode({ prefix: 'COM SCI', number: '31' })).toBe('COM SCI 31');
    expect(collegeCourseCode({ prefix: '413', number: '520' })).toBe('413-520');
    expect(collegeCourseCode({ prefix: '10-804', number: '107' })).toBe('10-804-107');
  });

  it('writes prefixes and numbers in capitals, without surrounding spaces', () => {
    const parsed = ZPostsecondaryCourse.parse(course(' Engl ', '101h '));
    expect([parsed.prefix, parsed.number]).toEqual(['ENGL', '101H']);
  });

  it.each([
    ['E', '101', 'prefix'],
    ['ENGL1301', '1301', 'prefix'],
    ['ENGL 1301', '1301', 'prefix'],
    ['&MATH', '141', 'prefix'],
    ['4130', '520', 'prefix'],
    ['413-', '520', 'prefix'],
    ['ENGL', 'ABC', 'number'],
    ['ENGL', '', 'number'],
    ['ENGL', '1301 1302', 'number'],
    ['ENGL', '123456789', 'number'],
    ['ENGL', '-101', 'number'],
  ])('refuses %s %s, naming the %s', (prefix, number, field) => {
    const parsed = ZPostsecondaryCourse.safeParse(course(prefix, number));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});

describe('step terms', () => {
  it('takes the terms of semester and quarter colleges', () => {
    for (const term of ['fall', 'winter', 'spring', 'summer', 'year'])
      expect(ZStep.safeParse({ level: 'postsecondary-1', term }).success).toBe(true);
    expect(ZStep.safeParse({ level: 'postsecondary-1', term: 'autumn' }).success).toBe(false);
  });
});

describe('college credit hours', () => {
  it('takes half an hour up to the quarter credits of a technical block, not more', () => {
    const hours = (creditHours: number) =>
      ZPostsecondaryCourse.safeParse({ ...course('WELD', '151'), creditHours }).success;
    expect([0.5, 3, 4, 15, 20].map(hours)).toEqual([true, true, true, true, true]);
    // No credit only with the hours of instruction (src/importers/clock-hours.test.ts).
    expect([0, -3, 21].map(hours)).toEqual([false, false, false]);
    expect(
      ZPostsecondaryCourse.safeParse({ ...course('WELD', '151'), creditHours: 0, clockHours: 144 })
        .success,
    ).toBe(true);
  });
});

describe('work-based learning', () => {
  it('takes the kinds programs of study list, each named in English and Spanish', async () => {
    const { posLabels } = await import('../domain/program/pos-labels.ts');
    const { ZWorkBasedLearning } = await import('./program.ts');
    for (const type of ['practicum', 'cooperative_education', 'pre_apprenticeship', 'clinical'])
      expect(ZWorkBasedLearning.safeParse({ type, title: { en: 'x' } }).success).toBe(true);
    for (const type of ZWorkBasedLearning.shape.type.options) {
      expect(posLabels('en').wbl[type]).toBeTruthy();
      expect(posLabels('es').wbl[type]).toBeTruthy();
      expect(posLabels('es').wbl[type]).not.toBe(posLabels('en').wbl[type]);
    }
  });
});
