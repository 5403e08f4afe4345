/**
 * What generate-students.ts draws its synthetic students from: first and last names, the demo
 * catalog's academic courses of each grade 9–12, and the CTE sequences of each school.
 */
import { cteCourses } from '../../data/demo/courses-secondary-cte.ts';
import { academicCourses } from '../../data/demo/courses-secondary.ts';

export const FIRST = [
  'Ana',
  'Ben',
  'Carmen',
  'Deshawn',
  'Elif',
  'Farah',
  'Gabriel',
  'Hana',
  'Isaac',
  'Jade',
  'Kofi',
  'Lucía',
  'Mateo',
  'Nia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tomás',
  'Uma',
  'Victor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
];
export const LAST = [
  'Alvarez',
  'Brooks',
  'Chen',
  'Diaz',
  'Evans',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Johnson',
  'Kim',
  'Lopez',
  'Martin',
  'Nguyen',
  'Okafor',
  'Patel',
  'Reyes',
  'Smith',
  'Tran',
  'Walker',
  'Young',
];

export interface Offering {
  code: string;
  title: string;
  sced: string;
  credits: number;
  term: string;
}
const ac = (id: string, term = 'year'): Offering => {
  const c = academicCourses.find((x) => x.id === id)!;
  return {
    code: c.stateCode ?? c.id,
    title: c.title.en,
    sced: c.scedCode ?? '',
    credits: c.carnegieUnits,
    term,
  };
};
/** The academic courses of each grade, in order of the grades 9–12. */
export const CORE: Offering[][] = [
  [
    ac('rusd-eng-9'),
    ac('rusd-alg-1'),
    ac('rusd-biology'),
    ac('rusd-world-geo'),
    { code: '08001', title: 'Physical Education', sced: '08001', credits: 1, term: 'year' },
  ],
  [
    ac('rusd-eng-10'),
    ac('rusd-geometry'),
    ac('rusd-chemistry'),
    ac('rusd-world-history'),
    { code: '05001', title: 'Art I', sced: '05001', credits: 1, term: 'year' },
  ],
  [ac('rusd-eng-11'), ac('rusd-alg-2'), ac('rusd-physics'), ac('rusd-us-history')],
  [
    ac('rusd-eng-12'),
    ac('rusd-statistics'),
    ac('rusd-anatomy'),
    ac('rusd-government', 'fall'),
    ac('rusd-economics', 'spring'),
  ],
];
/** CTE sequences by school: the courses of one pathway in order. */
export function sequences(school: string): Offering[][] {
  const bySeries = new Map<string, Offering[]>();
  for (const c of cteCourses.filter((x) => x.institutionId === school)) {
    const series = (c.stateCode ?? c.id).split('-').slice(0, 2).join('-');
    const list = bySeries.get(series) ?? [];
    list.push({
      code: c.stateCode ?? c.id,
      title: c.title.en,
      sced: '',
      credits: c.carnegieUnits,
      term: 'year',
    });
    bySeries.set(series, list);
  }
  return [...bySeries.values()].map((l) => l.sort((a, b) => a.code.localeCompare(b.code)));
}
