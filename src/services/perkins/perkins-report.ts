/**
 * `GET /api/v1/perkins` and `wayfinder perkins`: Perkins V counts for a school year by program of
 * study, school, district and state, disaggregated by the groups the districts imported, with
 * small cells suppressed. A district admin sees their own district, a state admin any district or
 * the whole state, a school admin their own school's rows only (cut from their district's report,
 * so its cells are suppressed exactly as the district admin sees them); every look is audited
 * (the counts come from student records).
 */
import type { Kysely } from 'kysely';
import type { TPerkinsMeasure, TPerkinsProfile, TPerkinsReport } from '../../contracts/perkins.ts';
import { PerkinsRepository } from '../../db/perkins-repository.ts';
import type { DB } from '../../db/schema.ts';
import { unknownDistrict } from '../../domain/records/unknown-district.ts';
import { courseMap, scedRows, type CourseMap } from '../../domain/perkins/course-map.ts';
import { DIMENSION_NAMES } from '../../domain/perkins/groups.ts';
import { buildReport } from '../../domain/perkins/report.ts';
import { audit } from '../accounts/audit.ts';
import { authorize } from '../accounts/authorize.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from '../records/deps.ts';

export interface PerkinsDeps {
  records: RecordsDeps;
  perkins: PerkinsRepository;
}

export const createPerkinsDeps = (db: Kysely<DB>, records: RecordsDeps): PerkinsDeps => ({
  records,
  perkins: new PerkinsRepository(db),
});

export interface PerkinsOptions {
  year: number;
  profile: TPerkinsProfile;
  /** One district; omitted: the whole state (a district admin: their own district). */
  districtId?: string;
}

/** The catalog side of the counting for a profile: which codes count towards which programs. */
export async function loadCourseMap(
  deps: Pick<PerkinsDeps, 'perkins'>,
  profile: TPerkinsProfile,
  districtId?: string,
): Promise<CourseMap> {
  const [courses, programs] = await Promise.all([
    deps.perkins.cteCourses(districtId),
    deps.perkins.approvedPrograms(),
  ]);
  return courseMap(profile, courses, programs);
}

export async function perkinsReport(
  deps: PerkinsDeps,
  caller: Caller,
  options: PerkinsOptions,
): Promise<TPerkinsReport> {
  const actor = 'cli' in caller ? null : caller.actor;
  const districtId =
    options.districtId ??
    (actor?.role === 'district_admin' || actor?.role === 'school_admin'
      ? (actor.districtId ?? undefined)
      : undefined);
  const school = actor?.role === 'school_admin' ? actor.orgId : undefined;
  const origin = 'cli' in caller ? undefined : caller.origin;
  if (actor)
    await authorize(
      deps.records,
      actor,
      'perkins.read',
      {
        type: 'perkins_report',
        id: school ?? districtId ?? 'state',
        districtId: districtId ?? null,
        ...(school ? { schoolId: school } : {}),
      },
      origin,
    );
  const orgs = await deps.perkins.organizations(districtId);
  if (districtId !== undefined && !orgs.some((o) => o.id === districtId && o.kind === 'district'))
    throw unknownDistrict(districtId);
  const map = await loadCourseMap(deps, options.profile, districtId);
  const rule = (r: TPerkinsProfile['participant'] | undefined) =>
    r && {
      minCourses: r.minCourses,
      minCredits: r.minCredits,
      minAtRank: r.minAtRank?.courses ?? 0,
    };
  const [rows, factNames] = await Promise.all([
    deps.perkins.counts({
      year: options.year,
      courses: map.rows,
      dualCredit: map.dualCredit,
      scedCodes: scedRows(map),
      participant: rule(options.profile.participant)!,
      concentrator: rule(options.profile.concentrator)!,
      ...(options.profile.completer ? { completer: rule(options.profile.completer)! } : {}),
      dimensions: DIMENSION_NAMES,
    }),
    deps.perkins.factNames(),
  ]);
  const districts = new Map<string, { name: string; schools: Map<string, string> }>();
  for (const o of orgs)
    if (o.kind === 'district') districts.set(o.id, { name: o.name, schools: new Map() });
  for (const o of orgs)
    if (o.kind === 'school' && o.districtId) districts.get(o.districtId)?.schools.set(o.id, o.name);
  const unavailable = new Map<string, Set<TPerkinsMeasure>>();
  for (const id of districts.keys()) {
    const names = factNames.get(id) ?? new Set<string>();
    const missing = new Set<TPerkinsMeasure>();
    if (!names.has('credential_earned')) missing.add('5S1');
    if (!map.dualCredit.some((d) => d.districtId === id)) missing.add('5S2');
    if (!names.has('work_based_learning')) missing.add('5S3');
    if (!names.has('graduated')) missing.add('1S1');
    unavailable.set(id, missing);
  }
  const state = orgs.find((o) => o.kind === 'state');
  const threshold = options.profile.suppression.threshold;
  const report = buildReport({
    rows,
    scope:
      districtId === undefined
        ? { level: 'state', id: state?.id ?? 'state', name: state?.name ?? 'State' }
        : { level: 'district', id: districtId, name: districts.get(districtId)!.name },
    districts,
    programTitles: new Map([...map.titles].map(([k, t]) => [k, t.en])),
    unavailable,
    threshold,
  });
  await audit(
    deps.records,
    actor,
    {
      action: 'perkins.read',
      outcome: 'ok',
      targetType: 'perkins_report',
      targetId: school ?? districtId ?? 'state',
      districtId: districtId ?? null,
      detail: { year: options.year, profile: options.profile.id, ...(actor ? {} : { via: 'cli' }) },
    },
    origin,
  );
  const shown = school ? report.filter((r) => r.level === 'school' && r.orgId === school) : report;
  const keys = new Set(shown.map((r) => r.programKey));
  const programs = [...map.titles]
    .filter(([key]) => keys.has(key))
    .map(([key, title]) => ({
      key,
      title: title.es ? { en: title.en, es: title.es } : { en: title.en },
    }));
  return { year: options.year, profile: options.profile.id, threshold, programs, rows: shown };
}
