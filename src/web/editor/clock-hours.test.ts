import { describe, expect, it } from 'vitest';
import type { TCatalog, TCourse } from '../../contracts/program.ts';
import type { TPostsecondaryCourse } from '../../contracts/program-course.ts';
import {
  editedCourses,
  hoursFindings,
  hoursPath,
  hoursText,
  sentCourse,
  withHours,
  type HoursEdits,
} from './clock-hours.ts';
import { blankProgram, fieldId, findingTarget, indexCatalog, type Draft } from './editor-state.ts';

const college = (
  id: string,
  prefix: string,
  number: string,
  over: Partial<TPostsecondaryCourse> = {},
) =>
  ({
    id,
    institutionId: 'college',
    title: { en: `Course ${id}` },
    kind: 'cte',
    subject: 'cte',
    pathwayCodes: [],
    prerequisites: [],
    corequisites: [],
    level: 'postsecondary',
    prefix,
    number,
    creditHours: 3,
    ...over,
  }) as TPostsecondaryCourse;

const weld = college('weld-151', 'WELD', '151', { creditHours: 0, clockHours: 144 });
const cis = college('cis-115', 'CIS', '115');
const english = {
  id: 'eng-9',
  institutionId: 'hs',
  title: { en: 'English 9' },
  kind: 'academic',
  subject: 'english',
  pathwayCodes: [],
  prerequisites: [],
  corequisites: [],
  level: 'secondary',
  carnegieUnits: 1,
} as unknown as TCourse;
const catalogOf = (courses: TCourse[]): TCatalog => ({
  institutions: [],
  courses,
  creditAgreements: [],
  credentials: [],
});
const catalog = indexCatalog(catalogOf([english, weld, cis]));
const program: Draft = (() => {
  const draft = blankProgram({ pathwayCode: '13-01', ownerId: 'district', partners: [] });
  draft.steps[0]!.courses = ['eng-9'];
  draft.steps[4]!.courses = ['cis-115', 'weld-151'];
  return draft;
})();

describe('clock hours in the program editor', () => {
  it('shows what was typed, else the stored value, else nothing', () => {
    expect(hoursText(weld, {})).toBe('144');
    expect(hoursText(cis, {})).toBe('');
    expect(hoursText(weld, { 'weld-151': '1 6' })).toBe('1 6');
  });

  it('reads a blank as no clock hours and anything not a number as not a number', () => {
    expect(withHours(cis, ' 90 ').clockHours).toBe(90);
    expect('clockHours' in withHours(weld, '  ')).toBe(false);
    expect(withHours(cis, '12 hours').clockHours).toBeNaN();
    expect(withHours(cis, '-5').clockHours).toBeNaN();
    expect(withHours(cis, '7.5').clockHours).toBe(7.5);
  });

  it('sends only the college courses whose hours changed', () => {
    const edits: HoursEdits = { 'weld-151': '144', 'cis-115': '45', 'eng-9': '10', gone: '3' };
    expect(editedCourses(catalog, edits)).toEqual([{ ...cis, clockHours: 45 }]);
    expect(editedCourses(catalog, { 'cis-115': '' })).toEqual([]);
    const cleared = editedCourses(catalog, { 'weld-151': '' });
    expect(cleared).toHaveLength(1);
    expect(cleared[0]).not.toHaveProperty('clockHours');
  });

  it('names the field of a bad value, in English and Spanish, and points the form at it', () => {
    const bad: HoursEdits = { 'cis-115': '7.5', 'weld-151': '' };
    const en = hoursFindings(program, catalog, bad, 'en');
    expect(en.map((f) => [f.rule, f.path, f.message])).toEqual([
      [
        'schema.range',
        hoursPath('cis-115'),
        'Clock hours of CIS 115: write a whole number of hours from 1 to 10000.',
      ],
      [
        'schema.required',
        hoursPath('weld-151'),
        'Clock hours of WELD 151: a course of 0 credit hours needs its hours of instruction.',
      ],
    ]);
    const es = hoursFindings(program, catalog, { 'cis-115': '0' }, 'es');
    expect(es.map((f) => f.message)).toEqual([
      'Horas de instrucción de CIS 115: escribe un número entero de horas de 1 a 10000.',
    ]);
    for (const text of ['abc', '10001', '0', '-1'])
      expect(hoursFindings(program, catalog, { 'cis-115': text }, 'en')).toHaveLength(1);
    for (const text of ['1', '144', '10000', ''])
      expect(hoursFindings(program, catalog, { 'cis-115': text }, 'en')).toEqual([]);
    expect(findingTarget(en[1]!, program)).toBe(fieldId.clockHours(4, 1));
    expect(findingTarget(en[0]!, program)).toBe('edit-step-4-course-0-clock-hours');
  });

  it('finds the sent course a refused save names, so the message names its field', () => {
    const sent = [{ ...cis, clockHours: 45 }, weld];
    expect(sentCourse('catalog.courses.1.clockHours', sent)).toBe(weld);
    expect(sentCourse('catalog.courses[0].clockHours', sent)?.id).toBe('cis-115');
    expect(sentCourse('catalog.courses.2.clockHours', sent)).toBeUndefined();
    expect(sentCourse('program.steps.0.courses', sent)).toBeUndefined();
  });
});
