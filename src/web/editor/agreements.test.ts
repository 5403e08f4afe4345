import { describe, expect, it } from 'vitest';
import { ZCreditAgreement, type TCreditAgreement } from '../../contracts/program-agreement.ts';
import { softwareProgram } from '../../domain/program/test-factories.ts';
import { agreementFieldLabel, agreementFindings } from './agreement-problems.ts';
import {
  addAgreement,
  agreementEdits,
  agreementId,
  agreementOf,
  agreementsChanged,
  agreementsToSave,
  formOf,
  removeAgreement,
  updateAgreement,
  type AgreementEdits,
} from './agreements.ts';
import { fieldId, findingTarget } from './editor-state.ts';
import { fieldLabel } from './schema-problems.ts';

const file = () => softwareProgram();
const stored = (): TCreditAgreement[] => file().catalog.creditAgreements;
const start = { tail: 'a1b2c3d4', collegeId: 'college', highSchoolId: 'hs', today: '2026-11-27' };

/** A new agreement filled in as an author would, at the end of the list. */
function filled(edits: AgreementEdits): AgreementEdits {
  const i = edits.forms.length;
  return updateAgreement(addAgreement(edits, start), i, {
    secondaryCourseId: 'intro-programming',
    postsecondaryCourseId: 'cis-135',
    credits: '3',
  });
}

describe('credit agreements in the editor', () => {
  it('makes back from each form exactly the stored agreement, exam and all', () => {
    for (const a of stored()) expect(agreementOf(formOf(a))).toEqual(a);
    const edits = agreementEdits(stored());
    expect(agreementsChanged(edits, stored())).toBe(false);
    expect(agreementsToSave(edits, stored())).toBeUndefined();
  });

  it('adds a new agreement with the partners and today, and sends every agreement once changed', () => {
    const edits = filled(agreementEdits(stored()));
    const made = agreementOf(edits.forms[2]!);
    expect(made).toEqual({
      id: 'agr-intro-programming-cis-135-a1b2c3d4',
      type: 'dual_credit',
      secondaryCourseId: 'intro-programming',
      postsecondaryCourseId: 'cis-135',
      credits: 3,
      secondaryInstitutionId: 'hs',
      postsecondaryInstitutionId: 'college',
      effectiveFrom: '2026-11-27',
    });
    expect(ZCreditAgreement.safeParse(made).success).toBe(true);
    expect(agreementsToSave(edits, stored())).toEqual({
      creditAgreements: [...stored(), made],
      removeCreditAgreements: [],
    });
  });

  it('keeps a new id within 80 characters and the id format, whatever the ids', () => {
    const long = 'x'.repeat(70);
    const form = { ...addAgreement({ forms: [], removed: [] }, start).forms[0]! };
    const id = agreementId({ ...form, secondaryCourseId: long, postsecondaryCourseId: long });
    expect(id.length).toBeLessThanOrEqual(80);
    expect(id.endsWith('-a1b2c3d4')).toBe(true);
    expect(ZCreditAgreement.shape.id.safeParse(id).success).toBe(true);
  });

  it('switches to credential credit: the credential replaces the course, the school is optional', () => {
    let edits = updateAgreement(agreementEdits(stored()), 0, {
      type: 'credential_credit',
      credentialId: 'pcep',
      secondaryInstitutionId: '',
    });
    const made = agreementOf(edits.forms[0]!);
    expect(made).toMatchObject({ type: 'credential_credit', credentialId: 'pcep' });
    expect('secondaryCourseId' in made).toBe(false);
    expect('secondaryInstitutionId' in made).toBe(false);
    expect(agreementFindings(edits, 'en')).toEqual([]);
    // And back: the course it had is still in the form, the credential is dropped.
    edits = updateAgreement(edits, 0, { type: 'dual_credit', secondaryInstitutionId: 'hs' });
    expect(agreementOf(edits.forms[0]!)).toEqual(stored()[0]);
  });

  it('drops the exam from a type that is not exam credit', () => {
    const edits = updateAgreement(agreementEdits(stored()), 1, { type: 'articulated_credit' });
    expect('exam' in agreementOf(edits.forms[1]!)).toBe(false);
  });

  it('removes a stored agreement by id once, and a new one without a trace', () => {
    const edits = filled(agreementEdits(stored()));
    const gone = removeAgreement(removeAgreement(edits, 2), 0);
    expect(gone.forms.map((f) => f.storedId)).toEqual([stored()[1]!.id]);
    expect(gone.removed).toEqual([stored()[0]!.id]);
    expect(agreementsToSave(gone, stored())).toEqual({
      creditAgreements: [stored()[1]],
      removeCreditAgreements: [stored()[0]!.id],
    });
    expect(removeAgreement(gone, 5)).toBe(gone);
    expect(updateAgreement(gone, 5, { credits: '1' })).toBe(gone);
  });

  it("keeps the author's order after a save, whatever order the catalog comes back in", () => {
    const edits = filled(agreementEdits(stored()));
    const ids = edits.forms.map(agreementId);
    const back = [agreementOf(edits.forms[2]!), stored()[1]!, stored()[0]!];
    expect(agreementEdits(back, ids).forms.map((f) => f.storedId)).toEqual(ids);
  });
});

describe("credit agreements' problems", () => {
  it('names each bad field, in the page language, and points at its control', () => {
    let edits = addAgreement(agreementEdits(stored()), { tail: 'ffff0000', today: '' });
    edits = updateAgreement(edits, 2, { credits: '0', effectiveTo: '2027-13' });
    const en = agreementFindings(edits, 'en');
    expect(en.map((f) => [f.rule, f.path])).toEqual([
      ['schema.required', 'catalog.creditAgreements[2].secondaryCourseId'],
      ['schema.required', 'catalog.creditAgreements[2].postsecondaryCourseId'],
      ['schema.range', 'catalog.creditAgreements[2].credits'],
      ['schema.required', 'catalog.creditAgreements[2].secondaryInstitutionId'],
      ['schema.required', 'catalog.creditAgreements[2].postsecondaryInstitutionId'],
      ['schema.required', 'catalog.creditAgreements[2].effectiveFrom'],
      ['schema.format', 'catalog.creditAgreements[2].effectiveTo'],
    ]);
    expect(en[2]!.message).toBe(
      'Credit agreement 3: College credit hours: outside the allowed range.',
    );
    const es = agreementFindings(edits, 'es');
    expect(es[1]!.message).toBe(
      'Acuerdo de créditos 3: Curso de educación superior por el que se otorga el crédito: obligatorio; rellénalo.',
    );
    const draft = file().program;
    expect(en.map((f) => findingTarget(f, draft))).toEqual(
      en.map((f) => fieldId.agreement(2, f.path.split('.').at(-1)!)),
    );
  });

  it('asks for the source and the high school at once, before the other fields are filled in', () => {
    const edits = addAgreement(
      { forms: [], removed: [] },
      { tail: 'ffff0000', today: '2026-01-01' },
    );
    expect(agreementFindings(edits, 'en').map((f) => f.path.split('.').at(-1))).toEqual([
      'secondaryCourseId',
      'postsecondaryCourseId',
      'credits',
      'secondaryInstitutionId',
      'postsecondaryInstitutionId',
    ]);
    const credential = updateAgreement(edits, 0, { type: 'credential_credit' });
    expect(agreementFindings(credential, 'en').map((f) => f.path.split('.').at(-1))).toEqual([
      'credentialId',
      'postsecondaryCourseId',
      'credits',
      'postsecondaryInstitutionId',
    ]);
  });

  it('reads credits that are not a number as a format problem', () => {
    const edits = updateAgreement(agreementEdits(stored()), 0, { credits: 'three' });
    expect(agreementFindings(edits, 'en').map((f) => [f.rule, f.path])).toEqual([
      ['schema.format', 'catalog.creditAgreements[0].credits'],
    ]);
  });

  it('gives a new exam-credit agreement an exam, and names a missing or bad score at its field', () => {
    let edits = filled(agreementEdits(stored()));
    edits = updateAgreement(edits, 2, { type: 'exam_credit' });
    // The file format makes the exam optional: both blank, none.
    expect('exam' in agreementOf(edits.forms[2]!)).toBe(false);
    expect(agreementFindings(edits, 'en')).toEqual([]);
    edits = updateAgreement(edits, 2, { examName: ' AP Computer Science A ' });
    expect(agreementFindings(edits, 'en').map((f) => [f.rule, f.path, f.message])).toEqual([
      [
        'schema.required',
        'catalog.creditAgreements[2].examMinScore',
        'Credit agreement 3: Lowest score that earns it: required; fill it in.',
      ],
    ]);
    const bad = updateAgreement(edits, 2, { examMinScore: 'three' });
    expect(agreementFindings(bad, 'en').map((f) => [f.rule, f.path])).toEqual([
      ['schema.format', 'catalog.creditAgreements[2].examMinScore'],
    ]);
    const noName = updateAgreement(edits, 2, { examName: '', examMinScore: '3' });
    expect(agreementFindings(noName, 'es').map((f) => f.path)).toEqual([
      'catalog.creditAgreements[2].examName',
    ]);
    edits = updateAgreement(edits, 2, { examMinScore: '3' });
    expect(agreementOf(edits.forms[2]!).exam).toEqual({
      name: 'AP Computer Science A',
      minScore: 3,
    });
    expect(agreementsToSave(edits, stored())!.creditAgreements[2]!.exam).toEqual({
      name: 'AP Computer Science A',
      minScore: 3,
    });
    const draft = file().program;
    expect(findingTarget(agreementFindings(bad, 'en')[0]!, draft)).toBe(
      fieldId.agreement(2, 'examMinScore'),
    );
  });

  it('asks for the credential of credential credit at the credential', () => {
    const edits = updateAgreement(agreementEdits(stored()), 0, { type: 'credential_credit' });
    expect(agreementFindings(edits, 'en').map((f) => [f.rule, f.path, f.message])).toEqual([
      [
        'schema.required',
        'catalog.creditAgreements[0].credentialId',
        'Credit agreement 1: Credential that earns the credit: required; fill it in.',
      ],
    ]);
  });

  it("points the rules' and the server's paths at the agreement's controls, and names them", () => {
    const draft = file().program;
    expect(findingTarget({ path: 'catalog.creditAgreements[1]' }, draft)).toBe(
      fieldId.agreement(1, 'type'),
    );
    expect(findingTarget({ path: 'catalog.creditAgreements.0.credentialId' }, draft)).toBe(
      fieldId.agreement(0, 'credentialId'),
    );
    expect(findingTarget({ path: 'catalog.creditAgreements[0].exam.name' }, draft)).toBe(
      fieldId.agreement(0, 'examName'),
    );
    expect(findingTarget({ path: 'catalog.creditAgreements.1.exam.minScore' }, draft)).toBe(
      fieldId.agreement(1, 'examMinScore'),
    );
    expect(agreementFieldLabel('es', 'catalog.creditAgreements[1].exam.minScore')).toBe(
      'Acuerdo de créditos 2: Puntaje mínimo que lo otorga',
    );
    expect(findingTarget({ path: 'catalog.creditAgreements' }, draft)).toBe(fieldId.addAgreement);
    expect(findingTarget({ path: 'removeCreditAgreements.0' }, draft)).toBe(fieldId.agreements);
    expect(fieldLabel('en', 'catalog.creditAgreements[0].effectiveTo', draft)).toBe(
      'Credit agreement 1: Last day in force',
    );
    expect(agreementFieldLabel('es', 'catalog.creditAgreements[1].credits')).toBe(
      'Acuerdo de créditos 2: Horas de créditos universitarios',
    );
    expect(agreementFieldLabel('en', 'program.cipCode')).toBeUndefined();
  });
});
