import { describe, expect, it } from 'vitest';
import { ZProgramBody } from '../../contracts/program.ts';
import { softwareProgram } from '../../domain/program/test-factories.ts';
import { validateProgram } from '../../domain/program/validate-program.ts';
import {
  addChoiceCredential,
  addCredentialChoice,
  maxChoose,
  parseChoose,
  removeChoiceCredential,
  removeCredentialChoice,
  setChoiceChoose,
} from './credential-choices.ts';
import { fieldId, findingTarget, forSaving, type Draft } from './editor-state.ts';
import { fieldLabel, schemaFindings } from './schema-problems.ts';

const file = () => softwareProgram();
const draft = () => file().program;
/** Grade 12 of the software program (index 3) with a choice of the three credentials but pcep. */
const withChoice = (credentials: string[], choose = 1): Draft => {
  let d = addCredentialChoice(draft(), 3);
  for (const id of credentials) d = addChoiceCredential(d, 3, 0, id);
  return setChoiceChoose(d, 3, 0, choose);
};

describe('choices of credentials in the editor', () => {
  it('adds an empty choice, fills it once per credential, and leaves the old program alone', () => {
    const start = draft();
    const one = addCredentialChoice(start, 3);
    expect(one.steps[3]?.credentialChoices).toEqual([{ choose: 1, credentials: [] }]);
    expect(start.steps[3]).not.toHaveProperty('credentialChoices');
    const filled = addChoiceCredential(
      addChoiceCredential(addChoiceCredential(one, 3, 0, 'swdev-cert'), 3, 0, 'aas-swdev'),
      3,
      0,
      'swdev-cert',
    );
    expect(filled.steps[3]?.credentialChoices?.[0]?.credentials).toEqual([
      'swdev-cert',
      'aas-swdev',
    ]);
    expect(one.steps[3]?.credentialChoices?.[0]?.credentials).toEqual([]);
    // Nothing happens at a step or choice that is not there, or for no credential.
    expect(addChoiceCredential(filled, 3, 1, 'pcep')).toBe(filled);
    expect(addChoiceCredential(filled, 3, 0, '')).toBe(filled);
    expect(addCredentialChoice(filled, 40)).toBe(filled);
  });

  it('sets how many, removes a credential and a choice; the last choice removes the field', () => {
    const two = addCredentialChoice(withChoice(['swdev-cert', 'aas-swdev', 'pcep'], 2), 3);
    expect(two.steps[3]?.credentialChoices?.map((c) => c.choose)).toEqual([2, 1]);
    const fewer = removeChoiceCredential(two, 3, 0, 1);
    expect(fewer.steps[3]?.credentialChoices?.[0]?.credentials).toEqual(['swdev-cert', 'pcep']);
    const first = removeCredentialChoice(fewer, 3, 1);
    expect(first.steps[3]?.credentialChoices).toHaveLength(1);
    const none = removeCredentialChoice(first, 3, 0);
    expect(none.steps[3]).not.toHaveProperty('credentialChoices');
    expect(JSON.stringify(forSaving(none))).toBe(JSON.stringify(forSaving(draft())));
  });

  it('reads "how many" as a whole number, anything else as NaN', () => {
    expect(parseChoose(' 2 ')).toBe(2);
    for (const text of ['', '1.5', '-1', 'two', '1e1']) expect(parseChoose(text)).toBeNaN();
    expect([0, 1, 2, 3, 5].map(maxChoose)).toEqual([1, 1, 1, 2, 4]);
  });

  it('saves a well-formed choice as the API takes it', () => {
    const d = withChoice(['swdev-cert', 'aas-swdev', 'pcep'], 2);
    expect(schemaFindings(d, 'en')).toEqual([]);
    const parsed = ZProgramBody.parse(forSaving(d));
    expect(parsed.steps[3]?.credentialChoices).toEqual([
      { choose: 2, credentials: ['swdev-cert', 'aas-swdev', 'pcep'] },
    ]);
  });

  it('names a choice with too few credentials at its Add control, in English and Spanish', () => {
    for (const listed of [[], ['pcep']]) {
      const d = withChoice(listed);
      const en = schemaFindings(d, 'en');
      // "Earn 1 of 1" follows from the missing second credential: said once, not twice.
      expect(en.map((f) => f.path)).toEqual(['program.steps[3].credentialChoices[0].credentials']);
      expect(en[0]!.message).toBe(
        'Choice of credentials 1 in Grade 12: list at least two credentials to choose from.',
      );
      expect(findingTarget(en[0]!, d)).toBe(fieldId.choiceAdd(3, 0));
      expect(schemaFindings(d, 'es')[0]!.message).toBe(
        'Opción de credenciales 1 en 12.º grado: incluye al menos dos credenciales para elegir.',
      );
    }
  });

  it('names a bad "how many" at its field, with the largest number allowed', () => {
    const cases: Array<[string[], number, string]> = [
      [
        ['swdev-cert', 'aas-swdev'],
        2,
        'write 1 (a student earns fewer than the credentials listed)',
      ],
      [['swdev-cert', 'aas-swdev', 'pcep'], 3, 'write a whole number from 1 to 2'],
      [['swdev-cert', 'aas-swdev', 'pcep'], 0, 'write a whole number from 1 to 2'],
      [['swdev-cert', 'aas-swdev', 'pcep'], Number.NaN, 'write a whole number from 1 to 2'],
      [['swdev-cert', 'aas-swdev', 'pcep'], 1.5, 'write a whole number from 1 to 2'],
    ];
    for (const [listed, choose, says] of cases) {
      const d = withChoice(listed, choose);
      const found = schemaFindings(d, 'en');
      expect(
        found.map((f) => f.path),
        `${choose} of ${listed.length}`,
      ).toEqual(['program.steps[3].credentialChoices[0].choose']);
      expect(found[0]!.message).toContain(
        `How many a student earns, choice 1 in Grade 12: ${says}`,
      );
      expect(findingTarget(found[0]!, d)).toBe(fieldId.choiceChoose(3, 0));
    }
    const es = schemaFindings(withChoice(['swdev-cert', 'aas-swdev', 'pcep'], 7), 'es');
    expect(es[0]!.message).toBe(
      'Cuántas obtiene el estudiante, opción 1 en 12.º grado: escribe un número entero de 1 a 2, menor que el de credenciales incluidas.',
    );
  });

  it("names a refused save's choice field and points rule findings at the credential", () => {
    const d = withChoice(['swdev-cert', 'gone']);
    expect(fieldLabel('en', 'program.steps[3].credentialChoices[0].choose', d)).toBe(
      'How many a student earns, choice 1 in Grade 12',
    );
    expect(fieldLabel('es', 'program.steps[3].credentialChoices[0]', d)).toBe(
      'Opción de credenciales 1 en 12.º grado',
    );
    const { program: _p, ...rest } = file();
    const findings = validateProgram({ ...rest, program: d }, {});
    const missing = findings.find((f) => f.path.includes('credentialChoices'));
    expect(missing?.path).toBe('program.steps[3].credentialChoices[0].credentials[1]');
    expect(findingTarget(missing!, d)).toBe(fieldId.choiceOption(3, 0, 1));
  });

  it('runs the program rules on a half-made choice without failing', () => {
    const { program: _p, ...rest } = file();
    for (const [listed, choose] of [
      [[], 1],
      [['pcep'], Number.NaN],
      [['swdev-cert', 'aas-swdev'], 5],
    ] as const) {
      const d = withChoice([...listed], choose);
      expect(() => validateProgram({ ...rest, program: d }, {})).not.toThrow();
    }
  });
});
