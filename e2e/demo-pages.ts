/**
 * The addresses of every kind of page of the demo world, as the every-page and language walks
 * visit them (English; the walks add the `/es` ones): each cluster, a pathway of each, the
 * programs and their editors, their occupations, fields of study, one course in six, the
 * credentials, search, the Interest Profiler and its results, sign-in, account, the one-time
 * link's password page and a missing page; then, signed in as staff, the admin pages, the
 * Perkins report and a student's plan, editor, progress and what-if.
 */
import type { TClusterList, TPathwayList } from '../src/contracts/framework.ts';
import type { TCourseView, TProgramDetail, TProgramList } from '../src/contracts/program-api.ts';
import { getJson } from './helpers.ts';

export const NURSING = 'riverside-nursing';

export interface DemoPages {
  publicPages: string[];
  details: TProgramDetail[];
}

export async function demoPublicPages(url: (address: string) => string): Promise<DemoPages> {
  const clusters = await getJson<TClusterList>(url('/api/v1/clusters'));
  const pathways = await getJson<TPathwayList>(url('/api/v1/pathways'));
  const programs = await getJson<TProgramList>(url('/api/v1/programs'));
  const details = await Promise.all(
    programs.items.map((p) => getJson<TProgramDetail>(url(`/api/v1/programs/${p.id}`))),
  );
  const courses = new Map<string, TCourseView>();
  for (const p of details)
    for (const step of p.steps) for (const c of step.courses) courses.set(c.id, c);
  const firstPathway = new Map<string, string>();
  for (const p of pathways.items)
    if (!firstPathway.has(p.cluster.code)) firstPathway.set(p.cluster.code, p.code);
  const publicPages = [
    '/',
    ...clusters.items.map((c) => `/clusters/${c.code}`),
    ...[...firstPathway.values()].map((code) => `/pathways/${code}`),
    '/programs',
    '/programs/new',
    ...details.flatMap((p) => [`/programs/${p.id}`, `/programs/${p.id}/edit`]),
    ...details.flatMap((p) => p.occupations.map((o) => `/occupations/${o.soc}`)),
    ...details.flatMap((p) => (p.cipCode ? [`/cip/${p.cipCode}`] : [])),
    ...[...courses.keys()].filter((_, i) => i % 6 === 0).map((id) => `/courses/${id}`),
    ...details.flatMap((p) =>
      p.steps.flatMap((s) => s.credentials.map((c) => `/credentials/${c.id}`)),
    ),
    '/search?q=nurse',
    '/search?q=weld',
    '/interest-profiler',
    '/interest-profiler/results',
    '/sign-in',
    '/account',
    '/account/set-password',
    '/no-such-page',
  ];
  return { publicPages: [...new Set(publicPages)], details };
}

/** The pages a state admin reads, about one student of the demo world. */
export const staffPages = (student: string): string[] => [
  '/',
  '/account',
  '/admin/users',
  '/admin/audit',
  '/admin/exports',
  '/admin/imports',
  '/admin/links',
  '/reports/perkins',
  `/programs/${NURSING}/edit`,
  '/me',
  `/students/${student}/plan`,
  `/students/${student}/plan/edit`,
  `/students/${student}/progress`,
  `/students/${student}/what-if?with=program:${NURSING}`,
];

/** The pages a counselor reads: the caseload, whole and by signal, and one student of it. */
export const counselorPages = (student: string): string[] => [
  '/caseload',
  '/caseload?signal=failed_core',
  `/caseload/students/${student}`,
];
