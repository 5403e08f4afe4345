/**
 * High school courses of the demo region. Academic courses come from the district's course
 * catalog and are taught at both high schools (their state code is the SCED code the district
 * reports them under). The CTE courses are in courses-secondary-cte.ts.
 */
import type { TSecondaryCourse, TSubject, TText } from '../../contracts/program.ts';
import { hsCourse, t } from './build.ts';
import { DISTRICT } from './institutions.ts';

const academic = (
  id: string,
  subject: Exclude<TSubject, 'cte'>,
  title: TText,
  [gradeMin, gradeMax]: [number, number],
  scedCode: string,
  prerequisites: string[] = [],
  carnegieUnits = 1,
): TSecondaryCourse =>
  hsCourse({
    id: `rusd-${id}`,
    institutionId: DISTRICT,
    title,
    kind: 'academic',
    subject,
    stateCode: scedCode,
    scedCode,
    carnegieUnits,
    gradeMin,
    gradeMax,
    prerequisites,
  });

export const academicCourses: TSecondaryCourse[] = [
  academic('eng-9', 'english', t('English 9', 'Inglés 9'), [9, 9], '01001'),
  academic('eng-10', 'english', t('English 10', 'Inglés 10'), [10, 10], '01002', ['rusd-eng-9']),
  academic(
    'eng-11',
    'english',
    t('American Literature and Composition', 'Literatura estadounidense y composición'),
    [11, 11],
    '01003',
    ['rusd-eng-10'],
  ),
  academic(
    'eng-12',
    'english',
    t(
      'English 12: Writing for College and Careers',
      'Inglés 12: redacción para la universidad y el trabajo',
    ),
    [12, 12],
    '01004',
    ['rusd-eng-11'],
  ),
  academic('alg-1', 'mathematics', t('Algebra I', 'Álgebra I'), [9, 10], '02052'),
  academic('geometry', 'mathematics', t('Geometry', 'Geometría'), [9, 11], '02072', ['rusd-alg-1']),
  academic('alg-2', 'mathematics', t('Algebra II', 'Álgebra II'), [10, 12], '02056', [
    'rusd-geometry',
  ]),
  academic('precalc', 'mathematics', t('Precalculus', 'Precálculo'), [11, 12], '02110', [
    'rusd-alg-2',
  ]),
  academic('statistics', 'mathematics', t('Statistics', 'Estadística'), [11, 12], '02201', [
    'rusd-alg-2',
  ]),
  academic('biology', 'science', t('Biology', 'Biología'), [9, 10], '03051'),
  academic('chemistry', 'science', t('Chemistry', 'Química'), [10, 12], '03101', ['rusd-alg-1']),
  academic('physics', 'science', t('Physics', 'Física'), [11, 12], '03151', ['rusd-geometry']),
  academic(
    'anatomy',
    'science',
    t('Anatomy and Physiology', 'Anatomía y fisiología'),
    [11, 12],
    '03053',
    ['rusd-biology'],
  ),
  academic(
    'world-geo',
    'social_studies',
    t('World Geography', 'Geografía mundial'),
    [9, 10],
    '04001',
  ),
  academic(
    'world-history',
    'social_studies',
    t('World History', 'Historia universal'),
    [10, 10],
    '04051',
  ),
  academic(
    'us-history',
    'social_studies',
    t('U.S. History', 'Historia de los Estados Unidos'),
    [11, 11],
    '04101',
  ),
  academic(
    'government',
    'social_studies',
    t('American Government', 'Gobierno de los Estados Unidos'),
    [12, 12],
    '04151',
    [],
    0.5,
  ),
  academic('economics', 'social_studies', t('Economics', 'Economía'), [12, 12], '04201', [], 0.5),
];
