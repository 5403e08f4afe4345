/**
 * Credit agreements between the district's high schools and Riverside Valley Community College,
 * signed for five school years. Dual credit: the high school course is taught to the college's
 * outcomes and earns both credits at once. Articulated credit: the college grants the credit
 * later, when the student enrolls and shows the high school grade. Exam credit: a score on the
 * named exam earns the credit.
 */
import type { TCreditAgreement } from '../../contracts/program.ts';
import { CEDAR_VALLEY_HS, COLLEGE, RIVERSIDE_HS } from './institutions.ts';

const FROM = '2025-07-01';
const TO = '2030-06-30';

const agreement = (
  type: TCreditAgreement['type'],
  secondaryCourseId: string,
  postsecondaryCourseId: string,
  credits: number,
  exam?: TCreditAgreement['exam'],
): TCreditAgreement => ({
  id: `agr-${secondaryCourseId}-${postsecondaryCourseId.replace(/^rvcc-/, '')}`,
  type,
  secondaryCourseId,
  postsecondaryCourseId,
  credits,
  secondaryInstitutionId: secondaryCourseId.startsWith('cvhs-') ? CEDAR_VALLEY_HS : RIVERSIDE_HS,
  postsecondaryInstitutionId: COLLEGE,
  ...(exam ? { exam } : {}),
  effectiveFrom: FROM,
  effectiveTo: TO,
});

export const demoAgreements: TCreditAgreement[] = [
  // Information technology
  agreement('dual_credit', 'rhs-python', 'rvcc-cs-133', 3),
  agreement('dual_credit', 'rhs-web-dev', 'rvcc-cis-195', 3),
  agreement('exam_credit', 'rhs-ap-csa', 'rvcc-cs-161', 4, {
    name: 'AP Computer Science A',
    minScore: 4,
  }),
  // Health science
  agreement('dual_credit', 'rhs-med-term', 'rvcc-ah-110', 3),
  agreement('articulated_credit', 'rhs-patient-care', 'rvcc-he-112', 1),
  // Finance
  agreement('dual_credit', 'rhs-accounting-1', 'rvcc-ba-111', 3),
  agreement('articulated_credit', 'rhs-accounting-2', 'rvcc-ba-131', 3),
  // Construction
  agreement('articulated_credit', 'cvhs-construction-1', 'rvcc-con-101', 3),
  agreement('dual_credit', 'cvhs-construction-2', 'rvcc-con-120', 4),
  // Welding
  agreement('dual_credit', 'cvhs-welding-2', 'rvcc-wld-111', 4),
  agreement('dual_credit', 'cvhs-welding-3', 'rvcc-wld-121', 4),
  // Early childhood education
  agreement('dual_credit', 'cvhs-ece-1', 'rvcc-ece-120', 3),
  agreement('articulated_credit', 'cvhs-ece-2', 'rvcc-ece-130', 3),
];
