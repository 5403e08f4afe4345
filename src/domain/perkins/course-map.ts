/**
 * Which CTE course codes count towards which program of study (or pathway) in each district, in
 * the two shapes the counting needs: facts per code for the pure rules (status.ts) and flat rows
 * with one bit per rule for the set-based query.
 */
import type { TPerkinsProfile, TStatusRule } from '../../contracts/perkins.ts';
import { courseCodeKey } from '../requirements/course-code-key.ts';
import { countsFor, meetsRank, resolveLevel } from './profiles.ts';
import type { CteCourseFacts } from './status.ts';

export interface CatalogCourse {
  districtId: string;
  courseId: string;
  /** State course code (the map keys it by courseCodeKey). */
  code: string;
  levelName: string | null;
  pathways: readonly string[];
  dualCredit: boolean;
  /** The catalog course's SCED code, when it has one (a transfer credit matches it by this). */
  scedCode?: string | null;
}

export interface ProgramCourses {
  id: string;
  title: { en: string; es?: string };
  courseIds: readonly string[];
}

export interface CourseMap {
  /** District → course-code key (courseCodeKey) → the groups it counts towards and its level. */
  facts: Map<string, Map<string, CteCourseFacts>>;
  rows: Array<{ districtId: string; code: string; groupKey: string; flags: number }>;
  dualCredit: Array<{ districtId: string; code: string }>;
  /** Group key → title in English, and in Spanish when the program has one. */
  titles: Map<string, { en: string; es?: string }>;
  /**
   * District → SCED code → the one CTE course code of the district with that SCED code: how a
   * transfer credit counted by SCED code finds its course (transfer.ts). A SCED code two of the
   * district's codes share says neither, and is left out.
   */
  scedCodes: Map<string, Map<string, string>>;
}

export const RULE_BITS = {
  participant: [1, 8],
  concentrator: [2, 16],
  completer: [4, 32],
} as const;

export function courseMap(
  profile: TPerkinsProfile,
  courses: readonly CatalogCourse[],
  programs: readonly ProgramCourses[],
  pathwayTitles: ReadonlyMap<string, { en: string; es: string }> = new Map(),
): CourseMap {
  // Codes by their key, so "ENGL 101" in the catalog and "ENGL101" on a transcript are one course.
  courses = courses.map((c) => ({ ...c, code: courseCodeKey(c.code) }));
  const programsOf = new Map<string, string[]>();
  const titles = new Map<string, { en: string; es?: string }>();
  for (const p of programs) {
    for (const id of p.courseIds) programsOf.set(id, [...(programsOf.get(id) ?? []), p.id]);
    if (profile.scope === 'program')
      titles.set(p.id, p.title.es ? { en: p.title.en, es: p.title.es } : { en: p.title.en });
  }
  const facts = new Map<string, Map<string, CteCourseFacts>>();
  const dualCredit: CourseMap['dualCredit'] = [];
  for (const c of courses) {
    const groups =
      profile.scope === 'program' ? (programsOf.get(c.courseId) ?? []) : [...c.pathways];
    if (profile.scope === 'pathway')
      for (const g of groups) titles.set(g, pathwayTitles.get(g) ?? { en: g, es: g });
    const byCode = facts.get(c.districtId) ?? new Map<string, CteCourseFacts>();
    // Two catalog rows with one code (two schools teach it): the code counts towards both's groups.
    const before = byCode.get(c.code);
    byCode.set(c.code, {
      groups: [...new Set([...(before?.groups ?? []), ...groups])].sort(),
      levelName: before?.levelName ?? c.levelName,
    });
    facts.set(c.districtId, byCode);
    if (c.dualCredit && !dualCredit.some((d) => d.districtId === c.districtId && d.code === c.code))
      dualCredit.push({ districtId: c.districtId, code: c.code });
  }
  const scedCodes = new Map<string, Map<string, string>>();
  const shared = new Set<string>();
  for (const c of courses) {
    if (!c.scedCode) continue;
    const bySced = scedCodes.get(c.districtId) ?? new Map<string, string>();
    const before = bySced.get(c.scedCode);
    if (before !== undefined && before !== c.code) shared.add(`${c.districtId}\u0001${c.scedCode}`);
    bySced.set(c.scedCode, before ?? c.code);
    scedCodes.set(c.districtId, bySced);
  }
  for (const key of shared) {
    const [districtId, sced] = key.split('\u0001') as [string, string];
    scedCodes.get(districtId)!.delete(sced);
  }
  const rows: CourseMap['rows'] = [];
  for (const [districtId, byCode] of facts)
    for (const [code, f] of byCode) {
      const level = resolveLevel(profile, f.levelName);
      const bits = (rule: TStatusRule | undefined, [count, rank]: readonly [number, number]) =>
        rule && countsFor(rule, level) ? count | (meetsRank(rule, level) ? rank : 0) : 0;
      const flags =
        bits(profile.participant, RULE_BITS.participant) |
        bits(profile.concentrator, RULE_BITS.concentrator) |
        bits(profile.completer, RULE_BITS.completer);
      for (const groupKey of f.groups) rows.push({ districtId, code, groupKey, flags });
    }
  return { facts, rows, dualCredit, titles, scedCodes };
}

/** The map's SCED codes as flat rows, as the count statement takes them. */
export const scedRows = (map: Pick<CourseMap, 'scedCodes'>) =>
  [...map.scedCodes].flatMap(([districtId, bySced]) =>
    [...bySced].map(([scedCode, code]) => ({ districtId, scedCode, code })),
  );
