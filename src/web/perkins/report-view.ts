/**
 * A Perkins report (the API's flat rows) arranged for the report page: per program of study the
 * organizations in order (the state or the district first, then each district with its schools)
 * with a cell per measure, and the top organization's cells per student group. Pure: no React.
 */
import type {
  TCell,
  TPerkinsMeasure,
  TPerkinsReport,
  TPerkinsRow,
} from '../../contracts/perkins.ts';
import type { TLang } from '../../contracts/framework.ts';

/** The funnel, in order: participants → concentrators → completers → credential earners. */
export const FUNNEL_MEASURES = ['participants', 'concentrators', 'completers', '5S1'] as const;
/** The other indicators, shown in the table only. */
export const OTHER_MEASURES = ['5S2', '5S3', '1S1'] as const;
export const TABLE_MEASURES: readonly TPerkinsMeasure[] = [...FUNNEL_MEASURES, ...OTHER_MEASURES];

/** The key the API gives the row of all CTE programs together. */
export const ALL_PROGRAMS = '*';
export const ALL_STUDENTS = 'all';

export type Cells = Partial<Record<TPerkinsMeasure, TCell>>;

export interface OrgCells {
  level: TPerkinsRow['level'];
  id: string;
  name: string;
  cells: Cells;
}

export interface ProgramView {
  key: string;
  /** The title in the page's language; undefined for all CTE programs (the page names it). */
  title: string | undefined;
  /** The title's language: English on a Spanish page where the program has no Spanish title. */
  titleLang: TLang;
  /** The top organization first, then the others in the API's order. */
  orgs: OrgCells[];
  /** The top organization's cells per group (dimension:code), in the API's order. */
  groups: Array<{ group: string; cells: Cells }>;
}

export interface ReportView {
  top: { level: TPerkinsRow['level']; id: string; name: string } | undefined;
  programs: ProgramView[];
  /** Whether any group other than all students appears (groups were imported). */
  hasGroups: boolean;
}

export function reportView(report: TPerkinsReport, lang: TLang): ReportView {
  const topLevel = report.rows.some((r) => r.level === 'state') ? 'state' : 'district';
  const titles = new Map(
    report.programs.map((p) => {
      const es = lang === 'es' ? p.title.es : undefined;
      return [p.key, es ? { text: es, lang } : { text: p.title.en, lang: 'en' as TLang }];
    }),
  );
  const programs = new Map<string, ProgramView & { byOrg: Map<string, OrgCells> }>();
  let top: ReportView['top'];
  for (const row of report.rows) {
    let program = programs.get(row.programKey);
    if (!program) {
      const known = titles.get(row.programKey);
      program = {
        key: row.programKey,
        title: row.programKey === ALL_PROGRAMS ? undefined : (known?.text ?? row.programTitle),
        titleLang: row.programKey === ALL_PROGRAMS ? lang : (known?.lang ?? 'en'),
        orgs: [],
        groups: [],
        byOrg: new Map(),
      };
      programs.set(row.programKey, program);
    }
    if (row.group === ALL_STUDENTS) {
      let org = program.byOrg.get(row.orgId);
      if (!org) {
        org = { level: row.level, id: row.orgId, name: row.orgName, cells: {} };
        program.byOrg.set(row.orgId, org);
        program.orgs.push(org);
      }
      org.cells[row.measure] = row.cell;
    }
    if (row.level !== topLevel) continue;
    top ??= { level: row.level, id: row.orgId, name: row.orgName };
    if (row.group === ALL_STUDENTS) continue;
    let group = program.groups.find((g) => g.group === row.group);
    if (!group) {
      group = { group: row.group, cells: {} };
      program.groups.push(group);
    }
    group.cells[row.measure] = row.cell;
  }
  const list = [...programs.values()].map(({ byOrg: _byOrg, ...program }) => program);
  list.sort((a, b) =>
    a.key === ALL_PROGRAMS
      ? -1
      : b.key === ALL_PROGRAMS
        ? 1
        : (a.title ?? '').localeCompare(b.title ?? '', lang),
  );
  return { top, programs: list, hasGroups: list.some((p) => p.groups.length > 0) };
}

/**
 * A count as the page writes it: the number, "< 10" for a hidden small cell, `hidden` for a count
 * hidden only so that a small one cannot be worked out (it may be any size), or `notAvailable`.
 */
export function cellText(
  cell: TCell | undefined,
  threshold: number,
  lang: TLang,
  words: { notAvailable: string; hidden: string },
): string {
  if (!cell || 'notAvailable' in cell) return words.notAvailable;
  if ('suppressed' in cell) return cell.complementary ? words.hidden : `< ${threshold}`;
  return cell.value.toLocaleString(lang === 'es' ? 'es-US' : 'en-US');
}
