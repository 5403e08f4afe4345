/**
 * The demo region embedded in the product: Riverside Unified School District (Oregon) with two
 * high schools, Riverside Valley Community College, Cascade State University and three
 * employers, and six programs of study in six clusters that share one catalog. Fictional
 * institutions; real course structures, credentials, CIP and O*NET-SOC codes.
 */
import type { TCatalog, TProgramBody } from '../../contracts/program.ts';
import { demoAgreements } from './agreements.ts';
import { tradesCourses } from './courses-college-trades.ts';
import { generalEducationCourses, technicalCourses } from './courses-college.ts';
import { cteCourses } from './courses-secondary-cte.ts';
import { academicCourses } from './courses-secondary.ts';
import { universityCourses } from './courses-university.ts';
import { demoCredentials } from './credentials.ts';
import { demoInstitutions } from './institutions.ts';
import { accounting } from './programs/accounting.ts';
import { constructionTechnology } from './programs/construction-technology.ts';
import { earlyChildhoodEducation } from './programs/early-childhood-education.ts';
import { nursing } from './programs/nursing.ts';
import { softwareDevelopment } from './programs/software-development.ts';
import { weldingTechnology } from './programs/welding-technology.ts';

export const demoCatalog: TCatalog = {
  institutions: demoInstitutions,
  courses: [
    ...academicCourses,
    ...cteCourses,
    ...generalEducationCourses,
    ...technicalCourses,
    ...tradesCourses,
    ...universityCourses,
  ],
  creditAgreements: demoAgreements,
  credentials: demoCredentials,
};

export const demoPrograms: Array<{ id: string; program: TProgramBody }> = [
  { id: 'riverside-software-development', program: softwareDevelopment },
  { id: 'riverside-nursing', program: nursing },
  { id: 'riverside-construction-technology', program: constructionTechnology },
  { id: 'riverside-welding-technology', program: weldingTechnology },
  { id: 'riverside-early-childhood-education', program: earlyChildhoodEducation },
  { id: 'riverside-accounting', program: accounting },
];
