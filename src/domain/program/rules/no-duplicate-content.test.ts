import { describe, expect, it } from 'vitest';
import type { TProgramFile } from '../../../contracts/program.ts';
import { nursingProgram, nursingWithCredentialOptions } from '../test-factories-nursing.ts';
import {
  agreement,
  checkRule,
  courseOf,
  credentialCredit,
  modify,
  softwareProgram,
} from '../test-factories.ts';
import { noDuplicateContent } from './no-duplicate-content.ts';

const HTML = ['HTML structure', 'CSS layout'];

describe('pos.no-duplicate-content', () => {
  it('passes courses whose competencies differ, and the factory programs', () => {
    const file = modify(softwareProgram(), (f) => {
      courseOf(f, 'web-design').competencies = HTML;
      courseOf(f, 'cis-133').competencies = [...HTML, 'JavaScript events'];
    });
    expect(checkRule(noDuplicateContent, file)).toEqual([]);
    expect(checkRule(noDuplicateContent, softwareProgram())).toEqual([]);
  });

  it('reports a college course whose competencies an earlier course covers (case aside)', () => {
    const file = modify(softwareProgram(), (f) => {
      courseOf(f, 'web-design').competencies = [...HTML, 'Publishing'];
      courseOf(f, 'cis-133').competencies = ['html structure ', 'CSS layout'];
    });
    const [found, ...rest] = checkRule(noDuplicateContent, file);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      rule: 'pos.no-duplicate-content',
      severity: 'error',
      path: 'program.steps[4].courses[2]',
      courseId: 'cis-133',
      stepLevel: 'postsecondary-1',
    });
    expect(found!.message.en).toContain('(the same competencies)');
    expect(found!.message.es).toContain('(las mismas competencias)');
  });

  it('reports a documented equivalence, unless a credit agreement links the two', () => {
    const file = modify(softwareProgram(), (f) => {
      courseOf(f, 'cis-133').equivalentTo = ['web-design'];
    });
    const found = checkRule(noDuplicateContent, file);
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toContain('a documented equivalence');
  });

  it('reports a college course listed although an earlier course earns its credit', () => {
    // Nursing lists HLT 105 although Medical Terminology earns it by articulated credit.
    const found = checkRule(noDuplicateContent, nursingProgram());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ courseId: 'hlt-105' });
    expect(found[0]!.message.en).toContain('already earns credit for it (agreement');
    const linked = modify(softwareProgram(), (f) => {
      f.catalog.creditAgreements.push(
        agreement('web', 'articulated_credit', 'web-design', 'cis-133'),
      );
    });
    expect(checkRule(noDuplicateContent, linked)[0]).toMatchObject({ courseId: 'cis-133' });
  });
});

describe('pos.no-duplicate-content with credential credit', () => {
  /** Nursing whose CNA earns HCA 110's credit, with HCA 110 listed in the first college year. */
  const withHca = (change: (f: TProgramFile) => void = () => {}) =>
    modify(nursingWithCredentialOptions(), (f) => {
      f.program.steps.find((s) => s.level === 'postsecondary-1')!.courses.push('hca-110');
      change(f);
    });
  const grade12 = (f: TProgramFile) => f.program.steps.find((s) => s.level === 'grade-12')!;
  const onHca = (file: TProgramFile) =>
    checkRule(noDuplicateContent, file).filter((f) => f.courseId === 'hca-110');

  it('reports a college course listed after a credential every student earns that grants it', () => {
    const file = withHca((f) => {
      grade12(f).credentialChoices = [];
      grade12(f).credentials = ['cna'];
    });
    const [found, ...rest] = onHca(file);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      rule: 'pos.no-duplicate-content',
      severity: 'error',
      courseId: 'hca-110',
      stepLevel: 'postsecondary-1',
      path: 'program.steps[4].courses[4]',
    });
    expect(found!.message.en).toContain('by holding “Certified Nursing Assistant (CNA)”');
    expect(found!.message.en).toContain('(credential credit cna-hca-110)');
    expect(found!.message.es).toContain('crédito por credencial cna-hca-110');
  });

  it('passes when a student may choose a credential that does not grant it, or earns it later', () => {
    // Grade 12 earns one of CNA or PCT: a PCT holder still needs HCA 110.
    expect(onHca(withHca())).toEqual([]);
    const later = withHca((f) => {
      grade12(f).credentialChoices = [];
      f.program.steps.find((s) => s.level === 'postsecondary-2')!.credentials.push('cna');
    });
    expect(onHca(later)).toEqual([]);
  });

  it('reports a choice whose every option grants it, naming each agreement', () => {
    const file = withHca((f) => {
      f.catalog.creditAgreements.push(credentialCredit('pct-hca-110', 'pct', 'hca-110'));
    });
    const [found, ...rest] = onHca(file);
    expect(rest).toEqual([]);
    expect(found!.message.en).toContain('“Certified Nursing Assistant (CNA)” or “Patient Care');
    expect(found!.message.en).toContain('(credential credit cna-hca-110, pct-hca-110)');
  });
});
