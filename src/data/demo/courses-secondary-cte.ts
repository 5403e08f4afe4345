/**
 * High school CTE courses of the demo region: each is taught at the high school that hosts its
 * program (information technology, health science and finance at Riverside High School;
 * construction, manufacturing and early childhood at Cedar Valley High School). Each program
 * starts with a course that surveys its cluster and narrows to its pathway by grade 12. The
 * hundreds of the state code give the course's sequence level (what Perkins profiles count): 1
 * introductory, 2 intermediate, 3 and 4 capstone.
 */
import type { TSecondaryCourse, TText } from '../../contracts/program.ts';
import { hsCourse, t } from './build.ts';
import { CEDAR_VALLEY_HS, RIVERSIDE_HS } from './institutions.ts';

const cte =
  (institutionId: string) =>
  (
    id: string,
    title: TText,
    pathwayCodes: string[],
    [gradeMin, gradeMax]: [number, number],
    stateCode: string,
    prerequisites: string[] = [],
    carnegieUnits = 1,
  ): TSecondaryCourse =>
    hsCourse({
      id: `${institutionId}-${id}`,
      institutionId,
      title,
      kind: 'cte',
      subject: 'cte',
      pathwayCodes,
      stateCode,
      carnegieUnits,
      gradeMin,
      gradeMax,
      prerequisites,
      sequenceLevel: levelOf(stateCode),
    });
const LEVEL_BY_HUNDREDS = ['introductory', 'intermediate', 'capstone', 'capstone'];
const levelOf = (stateCode: string) =>
  LEVEL_BY_HUNDREDS[Number(stateCode.slice(stateCode.lastIndexOf('-') + 1, -2)) - 1];
const rhs = cte(RIVERSIDE_HS);
const cvhs = cte(CEDAR_VALLEY_HS);

export const cteCourses: TSecondaryCourse[] = [
  // Information Technology (Riverside High School)
  rhs(
    'it-foundations',
    t('Computer Science and IT Foundations', 'Fundamentos de informática y computación'),
    ['11-01', '11-02', '11-03', '11-04'],
    [9, 10],
    'CTE-IT-100',
  ),
  rhs(
    'python',
    t('Programming with Python', 'Programación con Python'),
    ['11-03'],
    [10, 12],
    'CTE-IT-210',
    ['rhs-it-foundations'],
  ),
  rhs(
    'web-dev',
    t('Web Design and Development', 'Diseño y desarrollo web'),
    ['11-03', '11-04'],
    [10, 12],
    'CTE-IT-220',
    ['rhs-it-foundations'],
  ),
  rhs(
    'ap-csa',
    t('AP Computer Science A', 'AP Ciencias de la Computación A'),
    ['11-03'],
    [11, 12],
    'CTE-IT-310',
    ['rhs-python'],
  ),
  rhs(
    'software-capstone',
    t('Software Development Capstone', 'Proyecto final de desarrollo de software'),
    ['11-03'],
    [12, 12],
    'CTE-IT-410',
    ['rhs-python', 'rhs-web-dev'],
  ),
  // Health Science (Riverside High School)
  rhs(
    'health-sci',
    t('Introduction to Health Sciences', 'Introducción a las ciencias de la salud'),
    ['08-01', '08-02', '08-03', '08-04', '08-05'],
    [9, 10],
    'CTE-HS-100',
  ),
  rhs(
    'med-term',
    t('Medical Terminology', 'Terminología médica'),
    ['08-02', '08-03', '08-05'],
    [10, 12],
    'CTE-HS-210',
  ),
  rhs(
    'patient-care',
    t('Patient Care Fundamentals', 'Fundamentos de la atención al paciente'),
    ['08-05'],
    [11, 12],
    'CTE-HS-310',
    ['rhs-health-sci'],
    2,
  ),
  rhs(
    'nurse-aide',
    t('Nursing Assistant Training', 'Formación de auxiliar de enfermería'),
    ['08-05'],
    [12, 12],
    'CTE-HS-410',
    ['rhs-patient-care'],
  ),
  // Finance (Riverside High School)
  rhs(
    'intro-business',
    t('Introduction to Business and Finance', 'Introducción a los negocios y las finanzas'),
    ['04-01', '06-01', '06-02', '06-03'],
    [9, 10],
    'CTE-BF-100',
  ),
  rhs(
    'business-apps',
    t('Business Computer Applications', 'Aplicaciones informáticas para negocios'),
    ['04-02', '06-01'],
    [9, 12],
    'CTE-BF-110',
  ),
  rhs('accounting-1', t('Accounting I', 'Contabilidad I'), ['06-01'], [10, 12], 'CTE-BF-210', [
    'rhs-intro-business',
  ]),
  rhs(
    'personal-finance',
    t('Personal Finance', 'Finanzas personales'),
    ['06-01', '06-02'],
    [11, 12],
    'CTE-BF-220',
    [],
    0.5,
  ),
  rhs(
    'accounting-2',
    t('Accounting II: Computerized Accounting', 'Contabilidad II: contabilidad computarizada'),
    ['06-01'],
    [11, 12],
    'CTE-BF-310',
    ['rhs-accounting-1'],
  ),
  // Architecture & Construction (Cedar Valley High School)
  cvhs(
    'construction-intro',
    t('Construction Trades Exploration', 'Exploración de los oficios de la construcción'),
    ['02-01', '02-02', '02-03'],
    [9, 10],
    'CTE-AC-100',
  ),
  cvhs(
    'construction-1',
    t('Construction Technology I', 'Tecnología de la construcción I'),
    ['02-01'],
    [10, 12],
    'CTE-AC-210',
    ['cvhs-construction-intro'],
  ),
  cvhs(
    'construction-2',
    t(
      'Construction Technology II: Residential Carpentry',
      'Tecnología de la construcción II: carpintería residencial',
    ),
    ['02-01'],
    [11, 12],
    'CTE-AC-310',
    ['cvhs-construction-1'],
  ),
  cvhs(
    'construction-capstone',
    t(
      'Construction Capstone: Student-Built Home',
      'Proyecto final de construcción: vivienda construida por estudiantes',
    ),
    ['02-01'],
    [12, 12],
    'CTE-AC-410',
    ['cvhs-construction-2'],
    2,
  ),
  // Manufacturing (Cedar Valley High School)
  cvhs(
    'manufacturing-intro',
    t('Manufacturing and Metals Foundations', 'Fundamentos de manufactura y metales'),
    ['13-03', '13-04', '13-05'],
    [9, 10],
    'CTE-MF-100',
  ),
  cvhs('welding-1', t('Welding I', 'Soldadura I'), ['13-05'], [10, 12], 'CTE-MF-210', [
    'cvhs-manufacturing-intro',
  ]),
  cvhs(
    'welding-2',
    t('Welding II', 'Soldadura II'),
    ['13-05'],
    [11, 12],
    'CTE-MF-310',
    ['cvhs-welding-1'],
    2,
  ),
  cvhs(
    'welding-3',
    t('Welding III: Structural Welding', 'Soldadura III: soldadura estructural'),
    ['13-05'],
    [12, 12],
    'CTE-MF-410',
    ['cvhs-welding-2'],
    2,
  ),
  // Human Services (Cedar Valley High School)
  cvhs(
    'child-dev',
    t('Child Growth and Development', 'Crecimiento y desarrollo infantil'),
    ['10-03', '10-04'],
    [9, 10],
    'CTE-HU-100',
  ),
  cvhs(
    'ece-1',
    t('Early Childhood Education I', 'Educación de la primera infancia I'),
    ['10-03'],
    [10, 12],
    'CTE-HU-210',
    ['cvhs-child-dev'],
  ),
  cvhs(
    'ece-2',
    t(
      'Early Childhood Education II: Preschool Lab',
      'Educación de la primera infancia II: laboratorio preescolar',
    ),
    ['10-03'],
    [11, 12],
    'CTE-HU-310',
    ['cvhs-ece-1'],
  ),
  cvhs(
    'ece-3',
    t(
      'Early Childhood Education III: Internship and CDA Portfolio',
      'Educación de la primera infancia III: práctica y portafolio del CDA',
    ),
    ['10-03'],
    [12, 12],
    'CTE-HU-410',
    ['cvhs-ece-2'],
  ),
];
