/**
 * What published plans of study write and the first model could not: courses a student chooses
 * among ("ENG 101 or COM 181", "choose 2 of" electives), courses of variable credit ("0-3",
 * "1-4" credit hours in KCTCS and Lane Community College catalogs) and credentials that must be
 * renewed (a healthcare-provider CPR card: two years).
 */
import { describe, expect, it } from 'vitest';
import type { TCourseView } from '../../contracts/program-api.ts';
import { ZCourse, ZCourseChoice, ZCredential } from '../../contracts/program.ts';
import { buildContext, takenByEveryone } from './context.ts';
import { buildPosGrid } from './pos-grid.ts';
import { chooseText, credentialNote, creditsText } from './pos-texts.ts';
import { academicAndCte } from './rules/academic-and-cte.ts';
import { cteFromStart } from './rules/cte-from-start.ts';
import { noDuplicateCourse } from './rules/no-duplicate-course.ts';
import { referencesResolve } from './rules/references-resolve.ts';
import { multipleExitPoints } from './rules/multiple-exit-points.ts';
import { stepCourseIds } from './steps.ts';
import {
  checkRule,
  collegeCourse,
  hsCourse,
  modify,
  softwareProgram,
  stepOf,
  unplace,
} from './test-factories.ts';
import { validateProgram } from './validate-program.ts';

/** The software program with a "choose 1 of" between two college writing courses in year 1. */
function withChoice() {
  return modify(softwareProgram(), (f) => {
    f.catalog.courses.push(
      collegeCourse('com-111', 'COM 111', 'Public Speaking', 'english'),
      collegeCourse('com-112', 'COM 112', 'Interpersonal Communication', 'english'),
    );
    const year1 = stepOf(f, 'postsecondary-1', 'spring');
    year1.choices = [{ choose: 1, courses: ['com-111', 'com-112'] }];
  });
}

describe('choices of courses', () => {
  it('must offer more courses than a student takes', () => {
    expect(ZCourseChoice.safeParse({ choose: 1, courses: ['a', 'b'] }).success).toBe(true);
    const all = ZCourseChoice.safeParse({ choose: 2, courses: ['a', 'b'] });
    expect(all.success).toBe(false);
    expect(all.error?.issues[0]?.path).toEqual(['choose']);
    expect(ZCourseChoice.safeParse({ choose: 1, courses: ['a'] }).success).toBe(false);
    expect(ZCourseChoice.safeParse({ choose: 0, courses: ['a', 'b'] }).success).toBe(false);
  });

  it('places each course to choose from in its step, with the path of the choice', () => {
    const file = withChoice();
    const ctx = buildContext(file);
    const placed = ctx.coursePlacements.filter((p) => p.choice !== undefined);
    expect(placed.map((p) => [p.courseId, p.path, p.choice?.index, p.choice?.choose])).toEqual([
      ['com-111', 'program.steps[5].choices[0].courses[0]', 0, 1],
      ['com-112', 'program.steps[5].choices[0].courses[1]', 0, 1],
    ]);
    expect(stepCourseIds(stepOf(file, 'postsecondary-1', 'spring'))).toContain('com-112');
    // A well-formed choice changes nothing the rules say about the program.
    expect(validateProgram(file, { knownPathways: ['11-03', '11-04'] })).toEqual([]);
  });

  it('is checked like a listed course: unknown ids, and a course both listed and offered', () => {
    const unknown = modify(withChoice(), (f) => {
      stepOf(f, 'postsecondary-1', 'spring').choices![0]!.courses[1] = 'com-999';
    });
    const found = checkRule(referencesResolve, unknown);
    expect(found.map((f) => f.path)).toEqual(['program.steps[5].choices[0].courses[1]']);

    const twice = modify(withChoice(), (f) => {
      stepOf(f, 'postsecondary-2', 'fall').courses.push('com-111');
    });
    expect(checkRule(noDuplicateCourse, twice).map((f) => f.courseId)).toEqual(['com-111']);
  });

  it('keeps a step whose only courses are to choose from in the sequence', () => {
    const file = modify(softwareProgram(), (f) => {
      f.catalog.courses.push(
        collegeCourse('cis-290', 'CIS 290', 'Capstone Project', 'cte'),
        collegeCourse('cis-295', 'CIS 295', 'Internship Seminar', 'cte'),
      );
      const last = f.program.steps.at(-1)!;
      const credentials = last.credentials;
      last.credentials = [];
      f.program.steps.push({
        level: 'postsecondary-2',
        term: 'summer',
        courses: [],
        choices: [{ choose: 1, courses: ['cis-290', 'cis-295'] }],
        credentials,
        workBasedLearning: [],
      });
    });
    expect(checkRule(multipleExitPoints, file)).toEqual([]);
  });
});

describe('content every student takes', () => {
  const cte = (c: { kind: string }) => c.kind === 'cte';
  it('is a choice that cannot be met without it', () => {
    const file = modify(softwareProgram(), (f) => {
      f.catalog.courses.push(
        hsCourse('art-1', 'Art I', 'fine_arts', [9, 12]),
        hsCourse('design-1', 'Design I', 'cte', [9, 12]),
        hsCourse('design-2', 'Design II', 'cte', [9, 12]),
      );
      stepOf(f, 'grade-9').choices = [
        { choose: 1, courses: ['art-1', 'design-1'] },
        { choose: 2, courses: ['art-1', 'design-1', 'design-2'] },
      ];
    });
    const placed = buildContext(file).coursePlacements.filter((p) => p.choice);
    const byChoice = (i: number) => placed.filter((p) => p.choice!.index === i);
    // "Art I or Design I": no CTE for whoever picks art.
    expect(byChoice(0).some((p) => takenByEveryone(p, cte))).toBe(false);
    // Two of three with one academic among them: at least one CTE course.
    expect(byChoice(1).every((p) => takenByEveryone(p, cte))).toBe(true);
  });

  it('decides the academic and CTE rules, where a listed course would', () => {
    // Grade 9 without its CTE course, which comes back only as an option beside an art course.
    const file = modify(softwareProgram(), (f) => {
      f.catalog.courses.push(hsCourse('art-1', 'Art I', 'fine_arts', [9, 12]));
      unplace(f, 'cs-discoveries');
      stepOf(f, 'grade-9').choices = [{ choose: 1, courses: ['art-1', 'cs-discoveries'] }];
    });
    expect(checkRule(cteFromStart, file)).toHaveLength(1);
    const both = modify(file, (f) => {
      stepOf(f, 'grade-9').choices![0]!.courses = ['cs-discoveries', 'web-design'];
      unplace(f, 'web-design');
    });
    expect(checkRule(cteFromStart, both)).toEqual([]);
    // High school CTE only by a choice with an academic way out: not every student has it.
    const noCte = modify(softwareProgram(), (f) => {
      f.catalog.courses.push(hsCourse('art-1', 'Art I', 'fine_arts', [9, 12]));
      for (const id of ['cs-discoveries', 'web-design', 'intro-programming', 'ap-csa'])
        unplace(f, id);
      stepOf(f, 'grade-12').choices = [{ choose: 1, courses: ['art-1', 'ap-csa'] }];
    });
    const found = checkRule(academicAndCte, noCte);
    expect(found.map((x) => x.message.en)).toEqual([
      expect.stringContaining('no CTE course at the high school level'),
    ]);
  });
});

describe('variable credit', () => {
  const college = collegeCourse('naa-100', 'NAA 100', 'Nursing Assistant Skills I', 'cte');
  it('takes the least credit beside the most, below it', () => {
    expect(ZCourse.safeParse({ ...college, creditHours: 3, creditHoursMin: 0 }).success).toBe(true);
    const same = ZCourse.safeParse({ ...college, creditHours: 3, creditHoursMin: 3 });
    expect(same.error?.issues.map((i) => i.path)).toEqual([['creditHoursMin']]);
    expect(ZCourse.safeParse({ ...college, creditHoursMin: -1 }).success).toBe(false);
  });

  it('writes the range in both languages', () => {
    const view = { credits: 3, creditsMin: 0, creditUnit: 'credit_hours' } as const;
    expect(creditsText('en', view)).toBe('0–3 cr');
    expect(creditsText('es', view)).toBe('de 0 a 3 cr');
    const units = { credits: 1, creditsMin: 0.5, creditUnit: 'carnegie_units' } as const;
    expect(creditsText('en', units)).toBe('0.5–1 units');
    expect(creditsText('es', units)).toBe('de 0.5 a 1 unidades');
    expect(creditsText('en', { credits: 1, creditUnit: 'carnegie_units' })).toBe('1 unit');
  });
});

describe('credentials that must be renewed', () => {
  it('say how long they stay valid, in both languages', () => {
    const cpr = { type: 'industry_certification', issuer: 'American Heart Association' } as const;
    expect(
      ZCredential.safeParse({ id: 'bls', title: { en: 'BLS' }, ...cpr, validYears: 2 }).success,
    ).toBe(true);
    expect(credentialNote('en', { ...cpr, validYears: 2 })).toBe(
      'Industry certification, issued by American Heart Association; valid 2 years, then renewed',
    );
    expect(credentialNote('es', { ...cpr, validYears: 1 })).toBe(
      'Certificación de la industria, otorgada por American Heart Association; vigencia de 1 año; luego se renueva',
    );
    expect(credentialNote('en', cpr)).not.toContain('valid');
  });
});

describe('the diagram grid', () => {
  const course = (id: string, subject: TCourseView['subject'], kind: TCourseView['kind']) =>
    ({
      id,
      title: id,
      code: id.toUpperCase(),
      level: 'postsecondary',
      kind,
      subject,
      credits: 3,
      creditUnit: 'credit_hours',
      institution: 'College',
      earlyCredit: [],
    }) satisfies TCourseView;

  it('puts a choice in the column its courses share, else Other, and heads it', () => {
    const grid = buildPosGrid(
      {
        steps: [
          {
            level: 'postsecondary-1',
            label: 'Year 1',
            courses: [course('eng-101', 'english', 'academic')],
            choices: [
              {
                choose: 1,
                courses: [
                  course('bio-135', 'science', 'academic'),
                  course('bio-137', 'science', 'academic'),
                ],
              },
              {
                choose: 2,
                note: 'Electives',
                courses: [
                  course('psy-110', 'social_studies', 'academic'),
                  course('com-181', 'english', 'academic'),
                  course('npn-100', 'cte', 'cte'),
                ],
              },
            ],
            credentials: [],
            workBasedLearning: [],
          },
        ],
      },
      () => 'Year 1',
    );
    expect(grid.columns).toEqual(['english', 'science', 'other']);
    const row = grid.rows[0]!;
    expect(row.choices.science?.[0]?.courses.map((c) => c.id)).toEqual(['bio-135', 'bio-137']);
    expect(row.choices.other?.[0]).toMatchObject({ choose: 2, note: 'Electives' });
    expect(chooseText('en', { choose: 2, of: 3 })).toBe('Choose 2 of 3');
    expect(chooseText('es', { choose: 1, of: 2 })).toBe('Elige 1 de 2');
  });
});
