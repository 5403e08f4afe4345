/**
 * Riverside Valley Community College: its general education courses (shared by every program)
 * and the technical courses of its information technology, nursing and accounting programs. The
 * construction, welding and early childhood courses are in courses-college-trades.ts.
 */
import type { TPostsecondaryCourse } from '../../contracts/program.ts';
import { collegeCatalog, t } from './build.ts';
import { COLLEGE } from './institutions.ts';

const course = collegeCatalog(COLLEGE, 'rvcc');
const IT = { pathwayCodes: ['11-03'] };
const NURSING = { pathwayCodes: ['08-05'] };
const ACCOUNTING = { pathwayCodes: ['06-01'] };

export const generalEducationCourses: TPostsecondaryCourse[] = [
  course('WR', '121', t('Composition I', 'Composición I'), 3, { subject: 'english' }),
  course(
    'WR',
    '122',
    t('Composition II: Argument and Research', 'Composición II: argumentación e investigación'),
    3,
    {
      subject: 'english',
      prerequisites: ['rvcc-wr-121'],
    },
  ),
  course('WR', '227', t('Technical Writing', 'Redacción técnica'), 3, {
    subject: 'english',
    prerequisites: ['rvcc-wr-121'],
  }),
  course('MTH', '105', t('Math in Society', 'Matemáticas en la sociedad'), 4, {
    subject: 'mathematics',
  }),
  course('MTH', '107', t('Technical Mathematics', 'Matemáticas técnicas'), 4, {
    subject: 'mathematics',
  }),
  course('MTH', '111', t('College Algebra', 'Álgebra universitaria'), 4, {
    subject: 'mathematics',
  }),
  course('MTH', '231', t('Discrete Mathematics I', 'Matemáticas discretas I'), 4, {
    subject: 'mathematics',
    prerequisites: ['rvcc-mth-111'],
  }),
  course(
    'MTH',
    '251',
    t('Calculus I: Differential Calculus', 'Cálculo I: cálculo diferencial'),
    4,
    {
      subject: 'mathematics',
      prerequisites: ['rvcc-mth-111'],
    },
  ),
  course('MTH', '252', t('Calculus II: Integral Calculus', 'Cálculo II: cálculo integral'), 4, {
    subject: 'mathematics',
    prerequisites: ['rvcc-mth-251'],
  }),
  course('PH', '211', t('General Physics with Calculus I', 'Física general con cálculo I'), 5, {
    subject: 'science',
    corequisites: ['rvcc-mth-251'],
  }),
  course('BI', '231', t('Human Anatomy and Physiology I', 'Anatomía y fisiología humanas I'), 4, {
    subject: 'science',
  }),
  course('BI', '232', t('Human Anatomy and Physiology II', 'Anatomía y fisiología humanas II'), 4, {
    subject: 'science',
    prerequisites: ['rvcc-bi-231'],
  }),
  course('BI', '234', t('Microbiology', 'Microbiología'), 4, {
    subject: 'science',
    prerequisites: ['rvcc-bi-231'],
  }),
  course('FN', '225', t('Human Nutrition', 'Nutrición humana'), 3, { subject: 'science' }),
  course(
    'PSY',
    '101',
    t('Psychology of Human Relations', 'Psicología de las relaciones humanas'),
    3,
    {
      subject: 'social_studies',
    },
  ),
  course('PSY', '201', t('General Psychology', 'Psicología general'), 3, {
    subject: 'social_studies',
  }),
  course(
    'PSY',
    '215',
    t('Human Development Across the Lifespan', 'Desarrollo humano a lo largo de la vida'),
    3,
    {
      subject: 'social_studies',
      prerequisites: ['rvcc-psy-201'],
    },
  ),
  course(
    'HDF',
    '247',
    t('Preschool Child Development', 'Desarrollo del niño en edad preescolar'),
    3,
    {
      subject: 'social_studies',
    },
  ),
  course('EC', '201', t('Principles of Microeconomics', 'Principios de microeconomía'), 3, {
    subject: 'social_studies',
  }),
  course('COMM', '111', t('Public Speaking', 'Oratoria'), 3, { subject: 'other' }),
];

export const technicalCourses: TPostsecondaryCourse[] = [
  // Computer science (transfer to Cascade State University)
  course(
    'CS',
    '133',
    t('Introduction to Python Programming', 'Introducción a la programación en Python'),
    3,
    IT,
  ),
  course('CIS', '195', t('Web Development I', 'Desarrollo web I'), 3, {
    pathwayCodes: ['11-03', '11-04'],
  }),
  course('CS', '161', t('Computer Science I', 'Ciencias de la computación I'), 4, IT),
  course('CS', '162', t('Computer Science II', 'Ciencias de la computación II'), 4, {
    ...IT,
    prerequisites: ['rvcc-cs-161'],
  }),
  course('CS', '260', t('Data Structures', 'Estructuras de datos'), 4, {
    ...IT,
    prerequisites: ['rvcc-cs-162'],
  }),
  course(
    'CS',
    '271',
    t(
      'Computer Architecture and Assembly Language',
      'Arquitectura de computadoras y lenguaje ensamblador',
    ),
    4,
    {
      ...IT,
      prerequisites: ['rvcc-cs-162'],
    },
  ),
  // Nursing
  course('AH', '110', t('Medical Terminology', 'Terminología médica'), 3, {
    pathwayCodes: ['08-02', '08-03', '08-05'],
  }),
  course(
    'HE',
    '112',
    t('Emergency First Aid and CPR', 'Primeros auxilios de emergencia y RCP'),
    1,
    NURSING,
  ),
  course(
    'NRS',
    '110',
    t('Fundamentals of Nursing Practice', 'Fundamentos de la práctica de enfermería'),
    6,
    {
      ...NURSING,
      prerequisites: ['rvcc-bi-231'],
    },
  ),
  course('NRS', '120', t('Medical-Surgical Nursing I', 'Enfermería médico-quirúrgica I'), 6, {
    ...NURSING,
    prerequisites: ['rvcc-nrs-110'],
  }),
  course('NRS', '125', t('Pharmacology for Nursing', 'Farmacología para enfermería'), 3, {
    ...NURSING,
    prerequisites: ['rvcc-nrs-110'],
  }),
  course('NRS', '220', t('Mental Health Nursing', 'Enfermería de salud mental'), 4, {
    ...NURSING,
    prerequisites: ['rvcc-nrs-110'],
  }),
  course('NRS', '210', t('Medical-Surgical Nursing II', 'Enfermería médico-quirúrgica II'), 6, {
    ...NURSING,
    prerequisites: ['rvcc-nrs-120'],
  }),
  course(
    'NRS',
    '215',
    t('Maternal, Newborn and Pediatric Nursing', 'Enfermería materno-neonatal y pediátrica'),
    5,
    {
      ...NURSING,
      prerequisites: ['rvcc-nrs-120'],
    },
  ),
  course(
    'NRS',
    '230',
    t(
      'Nursing Capstone: Transition to Practice',
      'Proyecto final de enfermería: transición a la práctica',
    ),
    4,
    {
      ...NURSING,
      prerequisites: ['rvcc-nrs-125', 'rvcc-nrs-220'],
      corequisites: ['rvcc-nrs-210'],
    },
  ),
  // Accounting
  course('BA', '101', t('Introduction to Business', 'Introducción a los negocios'), 3, {
    pathwayCodes: ['04-01', '06-01'],
  }),
  course(
    'BA',
    '111',
    t('Introduction to Accounting', 'Introducción a la contabilidad'),
    3,
    ACCOUNTING,
  ),
  course(
    'BA',
    '131',
    t('Computerized Accounting with QuickBooks', 'Contabilidad computarizada con QuickBooks'),
    3,
    ACCOUNTING,
  ),
  course('BA', '177', t('Payroll Accounting', 'Contabilidad de nóminas'), 3, {
    ...ACCOUNTING,
    prerequisites: ['rvcc-ba-111'],
  }),
  course('BA', '211', t('Financial Accounting', 'Contabilidad financiera'), 4, {
    ...ACCOUNTING,
    prerequisites: ['rvcc-ba-111'],
  }),
  course('BA', '213', t('Managerial Accounting', 'Contabilidad administrativa'), 4, {
    ...ACCOUNTING,
    prerequisites: ['rvcc-ba-211'],
  }),
  course(
    'CAS',
    '170',
    t('Spreadsheet Applications for Business', 'Aplicaciones de hojas de cálculo para negocios'),
    3,
    {
      pathwayCodes: ['04-02', '06-01'],
    },
  ),
  course('BA', '226', t('Business Law', 'Derecho mercantil'), 3, {
    pathwayCodes: ['04-01', '06-01'],
  }),
  course('BA', '228', t('Cost Accounting', 'Contabilidad de costos'), 3, {
    ...ACCOUNTING,
    prerequisites: ['rvcc-ba-213'],
  }),
  course(
    'BA',
    '256',
    t('Individual Income Tax', 'Impuesto sobre la renta de personas físicas'),
    4,
    ACCOUNTING,
  ),
  course('BA', '257', t('Business Income Tax', 'Impuesto sobre la renta de empresas'), 3, {
    ...ACCOUNTING,
    prerequisites: ['rvcc-ba-256'],
  }),
  course(
    'BA',
    '280',
    t('Cooperative Work Experience: Accounting', 'Experiencia laboral cooperativa: contabilidad'),
    3,
    {
      ...ACCOUNTING,
      prerequisites: ['rvcc-ba-211'],
    },
  ),
];
