import { describe, expect, it } from 'vitest';
import type { TCourse, TCredential, TInstitution } from '../../contracts/program.ts';
import {
  agreement,
  collegeCourse,
  credential,
  credentialCredit,
  hsCourse,
} from '../../domain/program/test-builders.ts';
import {
  creditForCourse,
  otherSides,
  presentCreditEarned,
  presentCredentialCredit,
  presentOtherSides,
} from './catalog-credit.ts';

const hca = collegeCourse('hca-110', 'HCA 110', 'Nursing Assistant', 'cte', { creditHours: 6 });
const aide = hsCourse('nurse-aide', 'Nurse Aide', 'cte', [11, 12]);
const byId = <T extends { id: string }>(...items: T[]) => new Map(items.map((i) => [i.id, i]));
const college: TInstitution = { id: 'college', kind: 'college', name: 'Northshore CC' };
const cna: TCredential = credential('cna', 'CNA', 'industry_certification', {
  title: { en: 'CNA', es: 'Auxiliar de enfermería' },
});
const pct = credential('pct', 'Patient Care Technician', 'industry_certification');

const agreements = [
  credentialCredit('z-pct', 'pct', 'hca-110', { credits: 4, effectiveTo: '2026-06-30' }),
  agreement('aide-hca', 'dual_credit', 'nurse-aide', 'hca-110', { credits: 6 }),
  credentialCredit('a-cna', 'cna', 'hca-110', { credits: 6 }),
  credentialCredit('other', 'cna', 'hlt-105'),
];

describe('catalog credit', () => {
  it('keeps credential credit out of the course-to-course sides, and finds it by college course', () => {
    expect(otherSides('hca-110', agreements).map((s) => [s.agreement.id, s.otherCourseId])).toEqual(
      [['aide-hca', 'nurse-aide']],
    );
    expect(creditForCourse('hca-110', agreements).map((a) => a.id)).toEqual(['z-pct', 'a-cna']);
    expect(creditForCourse('nurse-aide', agreements)).toEqual([]);
  });

  it('presents a course’s credential credit sorted, in the language asked, leaving out a missing credential', () => {
    const credit = creditForCourse('hca-110', agreements);
    expect(presentCredentialCredit(credit, byId(cna, pct), 'es')).toEqual([
      {
        id: 'a-cna',
        credits: 6,
        credential: { id: 'cna', title: 'Auxiliar de enfermería', type: 'industry_certification' },
        effectiveFrom: '2025-07-01',
        effectiveTo: null,
      },
      expect.objectContaining({ id: 'z-pct', credits: 4, effectiveTo: '2026-06-30' }),
    ]);
    expect(presentCredentialCredit(credit, byId(pct), 'en').map((c) => c.id)).toEqual(['z-pct']);
  });

  it('presents what a credential earns, leaving out a course the catalog lacks', () => {
    const courses = byId<TCourse>(hca);
    expect(presentCreditEarned('cna', agreements, courses, byId(college), 'en')).toEqual([
      {
        id: 'a-cna',
        credits: 6,
        course: { id: 'hca-110', code: 'HCA 110', title: 'Nursing Assistant' },
        institution: 'Northshore CC',
        effectiveFrom: '2025-07-01',
        effectiveTo: null,
      },
    ]);
    expect(presentCreditEarned('pct', agreements, courses, new Map(), 'en')[0]!.institution).toBe(
      'college',
    );
  });

  it('presents the other side of a course-to-course agreement', () => {
    const sides = otherSides('hca-110', agreements);
    expect(presentOtherSides(sides, byId<TCourse>(aide), new Map(), 'en')).toEqual([
      expect.objectContaining({ id: 'aide-hca', type: 'dual_credit', institution: 'hs' }),
    ]);
  });
});
