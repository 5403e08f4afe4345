/**
 * Credit for an industry certification (credential credit, credit for prior learning): a student
 * who holds a credential earns credit for a college course. The file format, and every rule that
 * checks credit agreements, read it beside course-to-course agreements.
 */
import { describe, expect, it } from 'vitest';
import { ZCreditAgreement, type TProgramFile } from '../../contracts/program.ts';
import { agreementNotices } from './agreement-notices.ts';
import { creditAgreementEndingSoon } from './rules/credit-agreement-ending-soon.ts';
import { creditAgreementsInForce } from './rules/credit-agreements-in-force.ts';
import { earlyPostsecondaryCredit } from './rules/early-postsecondary-credit.ts';
import { referencesResolve } from './rules/references-resolve.ts';
import { brokenStoredReference } from './stored-references.ts';
import { nursingProgram } from './test-factories-nursing.ts';
import { checkRule, credentialCredit, modify, stepOf } from './test-factories.ts';
import { validateProgram } from './validate-program.ts';

const today = '2026-11-01';

/** Nursing, where the CNA earned in grade 12 (not the nurse aide course) earns HCA 110's credit. */
function withCredentialCredit(): TProgramFile {
  return modify(nursingProgram(), (f) => {
    f.catalog.creditAgreements[0] = credentialCredit('cna-hca-110', 'cna', 'hca-110', {
      credits: 6,
    });
  });
}

const issuesOf = (value: unknown) =>
  (ZCreditAgreement.safeParse(value).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('a credential-credit agreement in the file format', () => {
  const base = {
    id: 'a',
    postsecondaryCourseId: 'hca-110',
    postsecondaryInstitutionId: 'college',
    credits: 6,
    effectiveFrom: '2025-07-01',
  };

  it('names a credential and no high school course or school', () => {
    expect(issuesOf({ ...base, type: 'credential_credit', credentialId: 'cna' })).toEqual([]);
    expect(issuesOf({ ...base, type: 'credential_credit' })).toEqual([
      ['credentialId', 'is required for credential credit: the credential that earns it'],
    ]);
    const both = issuesOf({
      ...base,
      type: 'credential_credit',
      credentialId: 'cna',
      secondaryCourseId: 'nurse-aide',
    });
    expect(both.map(([path]) => path)).toEqual(['secondaryCourseId']);
  });

  it('keeps the other types course to course, with the field named', () => {
    expect(issuesOf({ ...base, type: 'dual_credit' }).map(([path]) => path)).toEqual([
      'secondaryCourseId',
      'secondaryInstitutionId',
    ]);
    const mixed = issuesOf({
      ...base,
      type: 'articulated_credit',
      secondaryCourseId: 'nurse-aide',
      secondaryInstitutionId: 'hs',
      credentialId: 'cna',
    });
    expect(mixed).toEqual([
      ['credentialId', 'is only for credential credit: omit it, or set type to credential_credit'],
    ]);
  });
});

describe('rules on credential credit', () => {
  it('passes a well-formed program that relies on it', () => {
    const file = withCredentialCredit();
    expect(validateProgram(file, { knownPathways: ['08-05'], today })).toEqual([]);
  });

  it('names a credential that is not in the catalog, and a granted course that is not a college course', () => {
    const file = modify(withCredentialCredit(), (f) => {
      f.catalog.creditAgreements.push(
        credentialCredit('ghost', 'servsafe', 'hca-110'),
        credentialCredit('wrong-level', 'cna', 'nurse-aide'),
      );
    });
    const found = checkRule(referencesResolve, file);
    expect(found.map((f) => f.path)).toEqual([
      'catalog.creditAgreements[2].credentialId',
      'catalog.creditAgreements[3].postsecondaryCourseId',
    ]);
    expect(found[0]!.message.en).toBe(
      'The credit agreement "ghost" gives credit for the credential "servsafe", which is not in the catalog\'s credentials.',
    );
    expect(found[0]!.message.es).toContain('otorga crédito por la credencial "servsafe"');
  });

  it('checks its dates and its college as a partner, when the program lists the credential', () => {
    const file = modify(withCredentialCredit(), (f) => {
      f.catalog.creditAgreements[0]!.effectiveTo = '2026-06-30';
      f.catalog.creditAgreements.push(
        credentialCredit('elsewhere', 'cna', 'hca-110', { postsecondaryInstitutionId: 'uni' }),
        // Not relied on: the program does not list this credential at any step.
        credentialCredit('unused', 'servsafe', 'hca-110', { effectiveTo: '2020-01-01' }),
      );
      f.catalog.institutions.push({ id: 'uni', kind: 'university', name: 'Cascade State' });
      f.catalog.credentials.push({
        id: 'servsafe',
        title: { en: 'ServSafe Manager' },
        type: 'industry_certification',
        stacksInto: [],
      });
    });
    const found = checkRule(creditAgreementsInForce, file, { today });
    expect(found.map((f) => f.path)).toEqual([
      'catalog.creditAgreements[0]',
      'catalog.creditAgreements[2]',
    ]);
    expect(found[0]!.message.en).toContain('cna-hca-110 ended on 2026-06-30');
    expect(found[1]!.message.en).toContain('is with Cascade State');

    const ending = modify(withCredentialCredit(), (f) => {
      f.catalog.creditAgreements[0]!.effectiveTo = '2026-12-01';
    });
    expect(checkRule(creditAgreementEndingSoon, ending, { today }).map((f) => f.path)).toEqual([
      'catalog.creditAgreements[0].effectiveTo',
    ]);
  });

  it('counts as early college credit only when the credential is earned in high school', () => {
    // Credential credit alone: the articulated medical terminology agreement taken out.
    const only = modify(withCredentialCredit(), (f) => f.catalog.creditAgreements.splice(1, 1));
    expect(checkRule(earlyPostsecondaryCredit, only)).toEqual([]);
    const later = modify(only, (f) => {
      stepOf(f, 'grade-12').credentials = [];
      stepOf(f, 'postsecondary-1', 'fall').credentials = ['cna'];
    });
    expect(checkRule(earlyPostsecondaryCredit, later).map((f) => f.path)).toEqual([
      'program.steps',
    ]);
  });

  it('is a notice for the owners of programs that list the credential', () => {
    const file = modify(withCredentialCredit(), (f) => {
      f.catalog.creditAgreements[0]!.effectiveTo = '2026-11-21';
    });
    const entry = { programId: file.id!, title: file.program.title, body: file.program };
    const notices = agreementNotices([entry], file.catalog.creditAgreements, today);
    expect(notices.map((n) => [n.agreementId, n.daysLeft])).toEqual([['cna-hca-110', 20]]);
    expect(notices[0]!.message.en).toContain('the program “Nursing” relies on');
    const without = modify(file, (f) => (stepOf(f, 'grade-12').credentials = []));
    const none = { programId: file.id!, title: file.program.title, body: without.program };
    expect(agreementNotices([none], file.catalog.creditAgreements, today)).toEqual([]);
  });

  it('needs its credential stored or sent before a save, naming the field', () => {
    const file = withCredentialCredit();
    const closed = modify(file, (f) => (f.catalog.credentials = []));
    expect(brokenStoredReference(file.program, file.catalog, closed.catalog)).toEqual({
      field: 'catalog.creditAgreements.0.credentialId',
      message: {
        en: 'catalog.creditAgreements.0.credentialId names the credential "cna", which is neither stored nor sent in the catalog; add it to catalog.credentials or correct the id.',
        es: 'catalog.creditAgreements.0.credentialId nombra la credencial «cna», que no está en la base de datos ni en el catálogo enviado; agrega esa entrada a catalog.credentials o corrige el id.',
      },
    });
    expect(brokenStoredReference(file.program, file.catalog, file.catalog)).toBeUndefined();
  });
});
