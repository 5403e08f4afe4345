/**
 * Cascade State University: the upper-division courses a transfer student from Riverside Valley
 * Community College takes to finish the Bachelor of Science in Computer Science.
 */
import type { TPostsecondaryCourse } from '../../contracts/program.ts';
import { collegeCatalog, t } from './build.ts';
import { UNIVERSITY } from './institutions.ts';

const course = collegeCatalog(UNIVERSITY, 'csu');
const CS = { pathwayCodes: ['11-03'] };

export const universityCourses: TPostsecondaryCourse[] = [
  course(
    'WR',
    '327',
    t('Technical Writing for Engineers', 'Redacción técnica para ingenieros'),
    3,
    {
      subject: 'english',
    },
  ),
  course(
    'ST',
    '351',
    t('Introduction to Statistical Methods', 'Introducción a los métodos estadísticos'),
    4,
    {
      subject: 'mathematics',
    },
  ),
  course('PHL', '320', t('Ethics and Technology', 'Ética y tecnología'), 3, { subject: 'other' }),
  course('CS', '325', t('Analysis of Algorithms', 'Análisis de algoritmos'), 4, CS),
  course('CS', '340', t('Database Systems', 'Sistemas de bases de datos'), 4, CS),
  course('CS', '344', t('Operating Systems', 'Sistemas operativos'), 4, CS),
  course('CS', '361', t('Software Engineering I', 'Ingeniería de software I'), 4, CS),
  course('CS', '362', t('Software Engineering II', 'Ingeniería de software II'), 4, {
    ...CS,
    prerequisites: ['csu-cs-361'],
  }),
  course('CS', '372', t('Computer Networks', 'Redes de computadoras'), 4, {
    pathwayCodes: ['11-02', '11-03'],
  }),
  course('CS', '373', t('Computer Security', 'Seguridad informática'), 4, {
    ...CS,
    prerequisites: ['csu-cs-344'],
  }),
  course('CS', '492', t('Mobile App Development', 'Desarrollo de aplicaciones móviles'), 4, {
    ...CS,
    prerequisites: ['csu-cs-361'],
  }),
  course('CS', '461', t('Senior Capstone Project I', 'Proyecto final de carrera I'), 3, {
    ...CS,
    prerequisites: ['csu-cs-361'],
  }),
  course('CS', '462', t('Senior Capstone Project II', 'Proyecto final de carrera II'), 3, {
    ...CS,
    prerequisites: ['csu-cs-461'],
  }),
];
