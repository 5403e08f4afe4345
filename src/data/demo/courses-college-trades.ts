/**
 * Riverside Valley Community College: the technical courses of its construction technology,
 * welding technology and early childhood education programs.
 */
import type { TPostsecondaryCourse } from '../../contracts/program.ts';
import { collegeCatalog, t } from './build.ts';
import { COLLEGE } from './institutions.ts';

const course = collegeCatalog(COLLEGE, 'rvcc');
const CONSTRUCTION = { pathwayCodes: ['02-01'] };
const WELDING = { pathwayCodes: ['13-05'] };
const ECE = { pathwayCodes: ['10-03'] };

export const tradesCourses: TPostsecondaryCourse[] = [
  // Construction technology
  course(
    'CON',
    '101',
    t('Construction Safety and Tools', 'Seguridad y herramientas en la construcción'),
    3,
    CONSTRUCTION,
  ),
  course(
    'CON',
    '110',
    t('Blueprint Reading for Construction', 'Lectura de planos para la construcción'),
    3,
    {
      pathwayCodes: ['02-01', '02-02'],
    },
  ),
  course('CON', '120', t('Residential Framing', 'Armado de estructuras residenciales'), 4, {
    ...CONSTRUCTION,
    prerequisites: ['rvcc-con-101'],
  }),
  course('CON', '130', t('Concrete and Foundations', 'Concreto y cimentaciones'), 3, CONSTRUCTION),
  course(
    'CON',
    '140',
    t('Construction Materials and Methods', 'Materiales y métodos de construcción'),
    3,
    CONSTRUCTION,
  ),
  course('CON', '150', t('Roofing and Exterior Finishes', 'Techado y acabados exteriores'), 3, {
    ...CONSTRUCTION,
    prerequisites: ['rvcc-con-120'],
  }),
  course('CON', '210', t('Interior Finish Carpentry', 'Carpintería de acabados interiores'), 4, {
    ...CONSTRUCTION,
    prerequisites: ['rvcc-con-120'],
  }),
  course('CON', '220', t('Construction Estimating', 'Estimación de costos de construcción'), 3, {
    ...CONSTRUCTION,
    prerequisites: ['rvcc-con-110'],
  }),
  course(
    'CON',
    '230',
    t('Building Codes and Inspection', 'Códigos de construcción e inspección'),
    3,
    CONSTRUCTION,
  ),
  course(
    'CON',
    '240',
    t('Construction Project Supervision', 'Supervisión de proyectos de construcción'),
    3,
    {
      ...CONSTRUCTION,
      prerequisites: ['rvcc-con-220'],
    },
  ),
  course(
    'CON',
    '280',
    t('Cooperative Work Experience: Construction', 'Experiencia laboral cooperativa: construcción'),
    3,
    {
      ...CONSTRUCTION,
      prerequisites: ['rvcc-con-140'],
    },
  ),
  // Welding technology
  course(
    'WLD',
    '111',
    t('Shielded Metal Arc Welding I', 'Soldadura por arco metálico protegido (SMAW) I'),
    4,
    WELDING,
  ),
  course(
    'WLD',
    '112',
    t('Shielded Metal Arc Welding II', 'Soldadura por arco metálico protegido (SMAW) II'),
    4,
    {
      ...WELDING,
      prerequisites: ['rvcc-wld-111'],
    },
  ),
  course(
    'WLD',
    '121',
    t('Gas Metal Arc Welding', 'Soldadura por arco metálico con gas (GMAW)'),
    4,
    WELDING,
  ),
  course(
    'WLD',
    '131',
    t('Oxyfuel and Plasma Cutting', 'Corte con oxicombustible y plasma'),
    2,
    WELDING,
  ),
  course(
    'WLD',
    '140',
    t('Blueprint Reading and Welding Symbols', 'Lectura de planos y símbolos de soldadura'),
    3,
    WELDING,
  ),
  course(
    'WLD',
    '151',
    t('Flux Cored Arc Welding', 'Soldadura por arco con núcleo fundente (FCAW)'),
    4,
    {
      ...WELDING,
      prerequisites: ['rvcc-wld-121'],
    },
  ),
  course(
    'WLD',
    '211',
    t('Gas Tungsten Arc Welding I', 'Soldadura por arco de tungsteno con gas (GTAW) I'),
    4,
    WELDING,
  ),
  course(
    'WLD',
    '212',
    t('Gas Tungsten Arc Welding II', 'Soldadura por arco de tungsteno con gas (GTAW) II'),
    4,
    {
      ...WELDING,
      prerequisites: ['rvcc-wld-211'],
    },
  ),
  course('WLD', '220', t('Pipe Welding', 'Soldadura de tuberías'), 4, {
    ...WELDING,
    prerequisites: ['rvcc-wld-112'],
  }),
  course(
    'WLD',
    '230',
    t('Welding Metallurgy and Inspection', 'Metalurgia e inspección de soldaduras'),
    3,
    {
      pathwayCodes: ['13-05', '13-06'],
    },
  ),
  course('WLD', '240', t('Fabrication and Layout', 'Fabricación y trazado'), 4, {
    ...WELDING,
    prerequisites: ['rvcc-wld-140'],
  }),
  course(
    'WLD',
    '280',
    t('Cooperative Work Experience: Welding', 'Experiencia laboral cooperativa: soldadura'),
    3,
    {
      ...WELDING,
      prerequisites: ['rvcc-wld-112'],
    },
  ),
  // Early childhood education
  course(
    'ECE',
    '120',
    t(
      'Introduction to Early Childhood Education',
      'Introducción a la educación de la primera infancia',
    ),
    3,
    ECE,
  ),
  course(
    'ECE',
    '130',
    t(
      'Health, Safety and Nutrition for Young Children',
      'Salud, seguridad y nutrición de niños pequeños',
    ),
    3,
    ECE,
  ),
  course(
    'ECE',
    '140',
    t('Guiding Young Children', 'Orientación del comportamiento de niños pequeños'),
    3,
    ECE,
  ),
  course(
    'ECE',
    '150',
    t('Observation and Assessment of Young Children', 'Observación y evaluación de niños pequeños'),
    3,
    ECE,
  ),
  course(
    'ECE',
    '160',
    t('Curriculum Planning for Young Children', 'Planificación curricular para niños pequeños'),
    3,
    {
      ...ECE,
      prerequisites: ['rvcc-ece-150'],
    },
  ),
  course(
    'ECE',
    '170',
    t('Early Language and Literacy', 'Lenguaje y alfabetización tempranos'),
    3,
    ECE,
  ),
  course(
    'ECE',
    '210',
    t(
      'Infant and Toddler Care and Education',
      'Cuidado y educación de bebés y niños de 1 a 3 años',
    ),
    3,
    ECE,
  ),
  course(
    'ECE',
    '220',
    t('Inclusive Practices in Early Childhood', 'Prácticas inclusivas en la primera infancia'),
    3,
    ECE,
  ),
  course(
    'ECE',
    '230',
    t(
      'Family, School and Community Partnerships',
      'Colaboración entre familia, escuela y comunidad',
    ),
    3,
    ECE,
  ),
  course(
    'ECE',
    '240',
    t('Early Childhood Program Administration', 'Administración de programas de primera infancia'),
    3,
    {
      ...ECE,
      prerequisites: ['rvcc-ece-140'],
    },
  ),
  course('ECE', '250', t('Early Childhood Practicum I', 'Práctica en primera infancia I'), 3, {
    ...ECE,
    prerequisites: ['rvcc-ece-140'],
  }),
  course('ECE', '260', t('Early Childhood Practicum II', 'Práctica en primera infancia II'), 4, {
    ...ECE,
    prerequisites: ['rvcc-ece-250'],
  }),
];
