import { describe, expect, it } from 'vitest';
import type { TCredential } from '../../contracts/program.ts';
import { exitLevelOf, exitPoints, occupationLevels, type OccupationEntry } from './exit-points.ts';
import { credential, modify, softwareProgram } from './test-factories.ts';

const cred = (type: TCredential['type']) => credential(type, type, type);

/** Occupation data for the software program's occupations (BLS typical entry education). */
const ENTRY: Record<string, OccupationEntry> = {
  '15-1251.00': { jobZone: 4, entryEducation: "Bachelor's degree" },
  '15-1253.00': { jobZone: 4, entryEducation: "Bachelor's degree" },
  '15-1252.00': { jobZone: 4, entryEducation: "Bachelor's degree" },
  '15-1232.00': { jobZone: 3, entryEducation: 'Some college, no degree' },
};
const entryOf = (soc: string) => ENTRY[soc];

function pointsOf(file: ReturnType<typeof softwareProgram>) {
  const byId = new Map(file.catalog.credentials.map((c) => [c.id, c]));
  return exitPoints(file.program, (id) => byId.get(id), entryOf);
}

describe('exit levels', () => {
  it('takes a step’s level from its highest credential, certifications by where they are earned', () => {
    expect(exitLevelOf({ level: 'grade-12' }, [cred('industry_certification')])).toBe(
      'high-school',
    );
    expect(exitLevelOf({ level: 'postsecondary-1' }, [cred('license')])).toBe('certificate');
    expect(exitLevelOf({ level: 'grade-12' }, [cred('license'), cred('certificate')])).toBe(
      'certificate',
    );
    expect(exitLevelOf({ level: 'postsecondary-2' }, [cred('license'), cred('associate')])).toBe(
      'associate',
    );
    expect(exitLevelOf({ level: 'postsecondary-4' }, [cred('bachelor')])).toBe('bachelor');
    expect(exitLevelOf({ level: 'grade-12' }, [])).toBeUndefined();
  });

  it('reads an occupation’s level from BLS typical education, else from its job zone', () => {
    expect(occupationLevels({ entryEducation: 'High school diploma or equivalent' })).toEqual([
      'high-school',
    ]);
    expect(
      occupationLevels({ entryEducation: 'Postsecondary nondegree award', jobZone: 3 }),
    ).toEqual(['certificate']);
    expect(occupationLevels({ entryEducation: "Associate's degree" })).toEqual(['associate']);
    expect(occupationLevels({ entryEducation: "Master's degree" })).toEqual(['graduate']);
    expect(occupationLevels({ jobZone: 2 })).toEqual(['high-school', 'certificate']);
    expect(occupationLevels({ jobZone: 3, entryEducation: null })).toEqual([
      'certificate',
      'associate',
    ]);
    expect(occupationLevels({ jobZone: null })).toEqual([]);
    expect(occupationLevels(undefined)).toEqual([]);
  });
});

describe('exitPoints', () => {
  it('ties each credential step to the occupations naming its credentials', () => {
    const points = pointsOf(softwareProgram());
    expect(points.map((p) => [p.step.level, p.level, p.occupations.map((o) => o.soc)])).toEqual([
      ['grade-12', 'high-school', []],
      ['postsecondary-1', 'certificate', ['15-1251.00']],
      ['postsecondary-2', 'associate', ['15-1252.00']],
    ]);
    expect(points[1]!.occupations[0]!.via).toBe('credential');
  });

  it('prefers the occupations a step lists, matching 15-1252 to 15-1252.00', () => {
    const file = modify(softwareProgram(), (f) => {
      f.program.steps[7]!.exitOccupations = ['15-1252', '15-1253.00', '99-9999'];
    });
    const last = pointsOf(file).at(-1)!;
    expect(last.occupations.map((o) => [o.soc, o.via])).toEqual([
      ['15-1252.00', 'listed'],
      ['15-1253.00', 'listed'],
    ]);
    expect(last.unknownCodes).toEqual([
      { code: '99-9999', path: 'program.steps[7].exitOccupations[2]' },
    ]);
  });

  it('derives the jobs of an untied exit point from the occupations at its level', () => {
    const file = modify(softwareProgram(), (f) => {
      f.program.occupations.push({
        soc: '15-1232.00',
        title: 'Computer User Support',
        point: 'entry',
      });
      f.program.occupations[0]!.credentialId = undefined;
    });
    const [grade12, certificate] = pointsOf(file);
    // Nothing needs only a high school diploma; support specialists need some college.
    expect(grade12!.occupations).toEqual([]);
    expect(certificate!.occupations).toEqual([
      { soc: '15-1232.00', title: 'Computer User Support', index: 3, via: 'level' },
    ]);
    const byId = new Map(file.catalog.credentials.map((c) => [c.id, c]));
    // Without occupation data nothing is derived.
    expect(exitPoints(file.program, (id) => byId.get(id))[1]!.occupations).toEqual([]);
  });

  it('counts a step that lists exit occupations without a credential as an exit point', () => {
    const file = modify(softwareProgram(), (f) => {
      f.program.steps[4]!.exitOccupations = ['15-1251.00'];
    });
    const point = pointsOf(file)[1]!;
    expect(point).toMatchObject({ stepIndex: 4, level: undefined, credentials: [] });
    expect(point.occupations.map((o) => o.via)).toEqual(['listed']);
  });

  it('exits high school once, at its last step, with every credential of grades 9–12', () => {
    const file = modify(softwareProgram(), (f) => {
      f.program.steps[0]!.credentials = ['pcep'];
      f.program.steps[3]!.credentials = [];
      f.program.steps[1]!.credentials = ['swdev-cert'];
      f.program.occupations[0]!.credentialId = 'pcep';
    });
    const [school] = pointsOf(file);
    expect(school).toMatchObject({ stepIndex: 3, credentialStepIndex: 1, level: 'certificate' });
    expect(school!.step.level).toBe('grade-12');
    expect(school!.credentials.map((c) => c.id)).toEqual(['pcep', 'swdev-cert']);
    expect(school!.occupations.map((o) => o.soc)).toEqual(['15-1251.00']);
  });
});
