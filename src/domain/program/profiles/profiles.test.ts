import { describe, expect, it } from 'vitest';
import { ZProgramProfile } from '../../../contracts/program-profile.ts';
import { PROGRAM_RULES } from '../rules/index.ts';
import { nursingProgram } from '../test-factories-nursing.ts';
import { modify, softwareProgram } from '../test-factories.ts';
import { validateProgram } from '../validate-program.ts';
import { BUILT_IN_PROFILES, builtInProfile, profileFor, sequenceLevelOf } from './index.ts';

const ids = PROGRAM_RULES.map((r) => r.id);
// The rules and severities of the first edition, before profiles.
const FIRST_EDITION: Record<string, 'error' | 'warning'> = {
  'pos.unique-ids': 'error',
  'pos.references-resolve': 'error',
  'pos.pathway-known': 'error',
  'pos.starts-by-grade-9': 'error',
  'pos.two-postsecondary-years': 'error',
  'pos.academic-and-cte': 'error',
  'pos.no-duplicate-course': 'error',
  'pos.no-repeated-content': 'error',
  'pos.early-postsecondary-credit': 'error',
  'pos.ends-in-credential': 'error',
  'pos.prerequisites-earlier': 'error',
  'pos.secondary-course-in-high-school': 'error',
  'pos.course-in-grade-range': 'warning',
  'pos.courses-fit-pathway': 'warning',
  'pos.occupations-fit-pathway': 'warning',
  'pos.partners-secondary-postsecondary': 'error',
  'pos.partners-employer': 'warning',
  'pos.credential-issuer-level': 'warning',
};

describe('rules profiles', () => {
  it('are valid profile files that name only known rules, each with a reason in EN and ES', () => {
    expect([...BUILT_IN_PROFILES.keys()].sort()).toEqual(['classic', 'federal', 'state-example']);
    for (const profile of BUILT_IN_PROFILES.values()) {
      expect(ZProgramProfile.parse(profile)).toEqual(profile);
      for (const [id, setting] of Object.entries(profile.rules)) {
        expect(ids, `${profile.id}: ${id}`).toContain(id);
        expect(setting.reason.en.length).toBeGreaterThan(10);
        expect(setting.reason.es.length).toBeGreaterThan(10);
      }
    }
  });

  it('classic reproduces the first edition exactly: same rules, same severities', () => {
    const classic = builtInProfile('classic')!;
    const severities = Object.fromEntries(
      Object.entries(classic.rules).map(([id, s]) => [id, s.severity]),
    );
    expect(severities).toEqual(FIRST_EDITION);
    expect(classic.options.agreementsInForceOnly).toBe(false);
  });

  it('federal makes errors only of what Perkins V sec. 3(41) requires', () => {
    const federal = builtInProfile('federal')!;
    const errors = Object.entries(federal.rules)
      .filter(([, s]) => s.severity === 'error')
      .map(([id]) => id);
    for (const stateChoice of [
      'pos.starts-by-grade-9',
      'pos.two-postsecondary-years',
      'pos.early-postsecondary-credit',
      'pos.partners-secondary-postsecondary',
      'pos.no-repeated-content',
    ])
      expect(errors).not.toContain(stateChoice);
    for (const law of [
      'pos.no-duplicate-content',
      'pos.progresses-in-specificity',
      'pos.multiple-exit-points',
      'pos.ends-in-credential',
      'pos.has-target-occupation',
      'pos.academic-and-cte',
    ])
      expect(errors).toContain(law);
    expect(federal.rules['pos.cte-from-start']).toBeUndefined();
  });

  it('the example state profile keeps the state choices as errors and requires CTE in grade 9', () => {
    const state = builtInProfile('state-example')!;
    for (const id of [
      'pos.starts-by-grade-9',
      'pos.cte-from-start',
      'pos.two-postsecondary-years',
      'pos.early-postsecondary-credit',
      'pos.partners-secondary-postsecondary',
    ])
      expect(state.rules[id]?.severity, id).toBe('error');
    expect(sequenceLevelOf(state, 'Level 4')).toBe('capstone');
    expect(sequenceLevelOf(state, 'Capstone')).toBe('capstone');
    expect(sequenceLevelOf(state, 'Level 9')).toBeUndefined();
  });

  it("uses the profile asked for, else the owner's, else classic, and names its reason", () => {
    const late = modify(softwareProgram(), (f) => {
      f.program.steps = f.program.steps.filter((s) => s.level !== 'grade-9');
    });
    const classic = validateProgram(late);
    expect(classic.map((f) => [f.rule, f.severity, f.profile])).toEqual([
      ['pos.starts-by-grade-9', 'error', 'classic'],
    ]);
    const federal = builtInProfile('federal')!;
    const [found] = validateProgram(late, { profile: federal });
    expect(found).toMatchObject({ rule: 'pos.starts-by-grade-9', severity: 'warning' });
    expect(found!.reason!.en).toContain('state choice');
    const owned = modify(late, (f) => {
      f.catalog.institutions.find((i) => i.id === 'district')!.programProfile = 'federal';
    });
    expect(profileFor(owned).id).toBe('federal');
    expect(validateProgram(owned)[0]).toMatchObject({ severity: 'warning', profile: 'federal' });
    const unknown = modify(late, (f) => {
      f.catalog.institutions.find((i) => i.id === 'district')!.programProfile = 'nowhere';
    });
    expect(profileFor(unknown).id).toBe('classic');
  });

  it('runs the second-edition rules under federal, not under classic', () => {
    // Nursing lists HLT 105, whose credit Medical Terminology already earns by agreement.
    expect(validateProgram(nursingProgram())).toEqual([]);
    const federal = validateProgram(nursingProgram(), { profile: builtInProfile('federal')! });
    expect(federal.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'pos.no-duplicate-content',
    ]);
  });
});
