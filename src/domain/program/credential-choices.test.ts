/**
 * A choice between credentials at a step ("earn one of: CNA or Patient Care Technician"): placed
 * like a listed credential, checked for unknown ids, and counted by the rules that need a
 * credential (ends-in-credential, exit points) only as far as every student earns one.
 */
import { describe, expect, it } from 'vitest';
import { ZCredentialChoice, ZStep, type TProgramFile } from '../../contracts/program.ts';
import { buildContext } from './context.ts';
import { exitLevelOf, exitPoints } from './exit-points.ts';
import { endsInCredential } from './rules/ends-in-credential.ts';
import { exitPointOccupations } from './rules/exit-point-occupations.ts';
import { multipleExitPoints } from './rules/multiple-exit-points.ts';
import { referencesResolve } from './rules/references-resolve.ts';
import { twoPostsecondaryYears } from './rules/two-postsecondary-years.ts';
import { stepCredentialIds } from './steps.ts';
import { nursingProgram } from './test-factories-nursing.ts';
import { checkRule, credential, modify, stepOf } from './test-factories.ts';
import { validateProgram } from './validate-program.ts';

/** Nursing, where grade 12 earns one of the CNA or a Patient Care Technician certification. */
function withChoice(): TProgramFile {
  return modify(nursingProgram(), (f) => {
    f.catalog.credentials.push(
      credential('pct', 'Patient Care Technician (CPCT/A)', 'industry_certification', {
        issuer: 'National Healthcareer Association',
        level: 'entry',
      }),
    );
    f.program.occupations.push({
      soc: '29-2099.00',
      title: 'Health Technologists and Technicians, All Other',
      credentialId: 'pct',
      point: 'entry',
    });
    const grade12 = stepOf(f, 'grade-12');
    grade12.credentials = [];
    grade12.credentialChoices = [{ choose: 1, credentials: ['cna', 'pct'] }];
  });
}

const byId = (file: TProgramFile) => {
  const map = new Map(file.catalog.credentials.map((c) => [c.id, c]));
  return (id: string) => map.get(id);
};

describe('a choice of credentials in the file format', () => {
  it('offers more credentials than a student earns, one by default', () => {
    const parsed = ZCredentialChoice.parse({ credentials: ['cna', 'pct'] });
    expect(parsed.choose).toBe(1);
    const all = ZCredentialChoice.safeParse({ choose: 2, credentials: ['cna', 'pct'] });
    expect(all.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['choose'], 'must be less than the number of credentials to choose from'],
    ]);
    expect(ZCredentialChoice.safeParse({ credentials: ['cna'] }).success).toBe(false);
    const step = ZStep.safeParse({
      level: 'grade-12',
      credentialChoices: [{ credentials: ['cna', 'bad id'] }],
    });
    expect(step.error?.issues[0]?.path).toEqual(['credentialChoices', 0, 'credentials', 1]);
  });
});

describe('rules on a choice of credentials', () => {
  it('places each option at its step with the path of the choice, and passes a good program', () => {
    const file = withChoice();
    const placed = buildContext(file).credentialPlacements.filter((p) => p.choice);
    expect(placed.map((p) => [p.credentialId, p.path, p.choice?.choose])).toEqual([
      ['cna', 'program.steps[3].credentialChoices[0].credentials[0]', 1],
      ['pct', 'program.steps[3].credentialChoices[0].credentials[1]', 1],
    ]);
    expect(stepCredentialIds(stepOf(file, 'grade-12'))).toEqual(['cna', 'pct']);
    expect(validateProgram(file, { knownPathways: ['08-05'] })).toEqual([]);
  });

  it('names an option that is not in the catalog', () => {
    const file = modify(withChoice(), (f) => {
      stepOf(f, 'grade-12').credentialChoices![0]!.credentials[1] = 'pct-x';
    });
    expect(checkRule(referencesResolve, file).map((f) => f.path)).toEqual([
      'program.steps[3].credentialChoices[0].credentials[1]',
    ]);
  });

  it('ends in a credential when every student earns one through the choice', () => {
    const final = modify(nursingProgram(), (f) => {
      const last = stepOf(f, 'postsecondary-2', 'spring');
      last.credentials = [];
      last.credentialChoices = [{ choose: 1, credentials: ['adn', 'rn'] }];
      stepOf(f, 'grade-12').credentials = [];
    });
    expect(checkRule(endsInCredential, final)).toEqual([]);
    // One option missing from the catalog: a student may end with nothing.
    const unknown = modify(final, (f) => {
      stepOf(f, 'postsecondary-2', 'spring').credentialChoices![0]!.credentials[1] = 'rn-x';
    });
    expect(checkRule(endsInCredential, unknown).map((f) => f.path)).toEqual(['program.steps']);
    // A choice earned before the last courses is named as "A or B".
    const early = modify(nursingProgram(), (f) => {
      stepOf(f, 'postsecondary-2', 'spring').credentials = [];
      stepOf(f, 'grade-12').credentials = [];
      stepOf(f, 'grade-12').credentialChoices = [{ choose: 1, credentials: ['cna', 'rn'] }];
    });
    const found = checkRule(endsInCredential, early);
    expect(found.map((f) => f.message.en)).toEqual([
      expect.stringContaining(
        '“Certified Nursing Assistant (CNA)” or “Registered Nurse License (NCLEX-RN)”',
      ),
    ]);
    expect(found[0]!.message.es).toContain(
      '«Certified Nursing Assistant (CNA)» o «Registered Nurse License (NCLEX-RN)»',
    );
  });

  it('makes an exit point whose jobs are those of either option', () => {
    const file = withChoice();
    const [school] = exitPoints(file.program, byId(file));
    expect(school!.level).toBe('high-school');
    expect(school!.occupations.map((o) => [o.soc, o.via])).toEqual([
      ['31-1131.00', 'credential'],
      ['29-2099.00', 'credential'],
    ]);
    expect(checkRule(exitPointOccupations, file)).toEqual([]);
    expect(checkRule(multipleExitPoints, file)).toEqual([]);
    // Without the choice the program has one exit point only.
    const none = modify(file, (f) => delete stepOf(f, 'grade-12').credentialChoices);
    expect(checkRule(multipleExitPoints, none)).toHaveLength(1);
  });

  it('sets an exit level every student reaches: the lower option of "one of"', () => {
    const certificate = credential('cert', 'Certificate', 'certificate');
    const associate = credential('aas', 'Associate', 'associate');
    const bachelor = credential('bs', 'Bachelor', 'bachelor');
    const level = { level: 'postsecondary-2' } as const;
    const choice = (choose: number, options: (typeof certificate)[], listed = options.length) => ({
      choose,
      options,
      listed,
    });
    expect(exitLevelOf(level, [], [choice(1, [associate, certificate])])).toBe('certificate');
    expect(exitLevelOf(level, [], [choice(2, [bachelor, certificate, associate])])).toBe(
      'associate',
    );
    expect(exitLevelOf(level, [associate], [choice(1, [certificate, bachelor])])).toBe('associate');
    // An option missing from the catalog guarantees nothing.
    expect(exitLevelOf(level, [], [choice(1, [bachelor], 2)])).toBeUndefined();
    expect(exitLevelOf(level, [], [choice(2, [bachelor, associate], 3)])).toBe('associate');
  });

  it('does not count a bachelor’s degree a student may choose against', () => {
    const file = modify(nursingProgram(), (f) => {
      f.catalog.credentials.push(credential('bsn', 'BSN', 'bachelor'));
      f.program.steps = f.program.steps.filter((s) => s.level !== 'postsecondary-2');
      stepOf(f, 'postsecondary-1', 'spring').credentialChoices = [
        { choose: 1, credentials: ['bsn', 'adn'] },
      ];
    });
    expect(checkRule(twoPostsecondaryYears, file)).toHaveLength(1);
    const every = modify(file, (f) => {
      stepOf(f, 'postsecondary-1', 'spring').credentials = ['bsn'];
    });
    expect(checkRule(twoPostsecondaryYears, every)).toEqual([]);
  });
});
