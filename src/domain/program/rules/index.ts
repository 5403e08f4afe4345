/**
 * Every program-of-study rule, in the order validation runs them and reports their findings. A
 * profile (profiles/) chooses which of them run and how severe their findings are.
 */
import type { Rule } from '../finding.ts';
import { academicAndCte } from './academic-and-cte.ts';
import { courseInGradeRange } from './course-in-grade-range.ts';
import { coursesFitPathway } from './courses-fit-pathway.ts';
import { credentialIssuerLevel } from './credential-issuer-level.ts';
import { creditAgreementEndingSoon } from './credit-agreement-ending-soon.ts';
import { creditAgreementsInForce } from './credit-agreements-in-force.ts';
import { cteFromStart } from './cte-from-start.ts';
import { earlyPostsecondaryCredit } from './early-postsecondary-credit.ts';
import { endsInCredential } from './ends-in-credential.ts';
import { exitPointOccupations } from './exit-point-occupations.ts';
import { hasTargetOccupation } from './has-target-occupation.ts';
import { multipleExitPoints } from './multiple-exit-points.ts';
import { noDuplicateContent } from './no-duplicate-content.ts';
import { noDuplicateCourse } from './no-duplicate-course.ts';
import { noRepeatedContent } from './no-repeated-content.ts';
import { occupationsFitPathway } from './occupations-fit-pathway.ts';
import { partnersEmployer } from './partners-employer.ts';
import { partnersSecondaryPostsecondary } from './partners-secondary-postsecondary.ts';
import { pathwayKnown } from './pathway-known.ts';
import { prerequisitesEarlier } from './prerequisites-earlier.ts';
import { progressesInSpecificity } from './progresses-in-specificity.ts';
import { referencesResolve } from './references-resolve.ts';
import { secondaryCourseInHighSchool } from './secondary-course-in-high-school.ts';
import { startsByGrade9 } from './starts-by-grade-9.ts';
import { twoPostsecondaryYears } from './two-postsecondary-years.ts';
import { uniqueIds } from './unique-ids.ts';

export const PROGRAM_RULES: readonly Rule[] = [
  // The catalog and the references into it first: the rules below read through them.
  uniqueIds,
  referencesResolve,
  pathwayKnown,
  // The shape of the sequence.
  startsByGrade9,
  cteFromStart,
  twoPostsecondaryYears,
  academicAndCte,
  noDuplicateCourse,
  noDuplicateContent,
  noRepeatedContent,
  progressesInSpecificity,
  earlyPostsecondaryCredit,
  creditAgreementsInForce,
  creditAgreementEndingSoon,
  endsInCredential,
  multipleExitPoints,
  exitPointOccupations,
  prerequisitesEarlier,
  secondaryCourseInHighSchool,
  courseInGradeRange,
  // Fit to the pathway, partners, credentials.
  coursesFitPathway,
  hasTargetOccupation,
  occupationsFitPathway,
  partnersSecondaryPostsecondary,
  partnersEmployer,
  credentialIssuerLevel,
];
