/**
 * The demo region: a fictional district in Oregon with two high schools, the community college
 * and the university its graduates go on to, and three employers that advise its programs and
 * host work-based learning. Names are invented; any likeness to a real institution is chance.
 * The college and the university run on semesters, so credits are semester credit hours.
 */
import type { TInstitution } from '../../contracts/program.ts';

export const DISTRICT = 'rusd';
export const RIVERSIDE_HS = 'rhs';
export const CEDAR_VALLEY_HS = 'cvhs';
export const COLLEGE = 'rvcc';
export const UNIVERSITY = 'csu';
export const HOSPITAL = 'rvmc';
export const SOFTWARE_CO = 'northfork';
export const BUILDER = 'basalt';

export const demoInstitutions: TInstitution[] = [
  {
    id: DISTRICT,
    kind: 'district',
    name: 'Riverside Unified School District',
    city: 'Riverside',
    state: 'OR',
  },
  {
    id: RIVERSIDE_HS,
    kind: 'high_school',
    name: 'Riverside High School',
    parentId: DISTRICT,
    city: 'Riverside',
    state: 'OR',
  },
  {
    id: CEDAR_VALLEY_HS,
    kind: 'high_school',
    name: 'Cedar Valley High School',
    parentId: DISTRICT,
    city: 'Cedar Valley',
    state: 'OR',
  },
  {
    id: COLLEGE,
    kind: 'college',
    name: 'Riverside Valley Community College',
    city: 'Riverside',
    state: 'OR',
  },
  {
    id: UNIVERSITY,
    kind: 'university',
    name: 'Cascade State University',
    city: 'Cascade Falls',
    state: 'OR',
  },
  {
    id: HOSPITAL,
    kind: 'employer',
    name: 'Riverside Valley Medical Center',
    city: 'Riverside',
    state: 'OR',
  },
  {
    id: SOFTWARE_CO,
    kind: 'employer',
    name: 'Northfork Software Co.',
    city: 'Riverside',
    state: 'OR',
  },
  {
    id: BUILDER,
    kind: 'employer',
    name: 'Basalt Ridge Builders & Fabrication',
    city: 'Cedar Valley',
    state: 'OR',
  },
];
