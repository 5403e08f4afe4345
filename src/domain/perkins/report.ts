/**
 * From per-school counts to the published report: school, district and state rows for every
 * program × group × measure, with small cells suppressed (suppression.ts) across the relations
 * the rows obey (groups of a dimension add up to all students, schools to their district,
 * districts to the state). An indicator a district imported no data for is "not available".
 */
import type { TCell, TPerkinsMeasure, TPerkinsRow } from '../../contracts/perkins.ts';
import { ALL_STUDENTS, COUNT_FIELDS, type CountField, type CountRow } from './aggregate.ts';
import { NOT_RECORDED } from './groups.ts';
import { suppress, type Relation } from './suppression.ts';

export const MEASURE_FIELD: Record<TPerkinsMeasure, CountField> = {
  participants: 'participants',
  concentrators: 'concentrators',
  completers: 'completers',
  '5S1': 'credential',
  '5S2': 'dualCredit',
  '5S3': 'workBasedLearning',
  '1S1': 'graduated',
};
const MEASURES = Object.keys(MEASURE_FIELD) as TPerkinsMeasure[];

export interface ReportInput {
  rows: readonly CountRow[];
  /** The state, or one district. */
  scope: { level: 'state' | 'district'; id: string; name: string };
  districts: ReadonlyMap<string, { name: string; schools: ReadonlyMap<string, string> }>;
  programTitles: ReadonlyMap<string, string>;
  /** Per district, the measures it has no data for. */
  unavailable: ReadonlyMap<string, ReadonlySet<TPerkinsMeasure>>;
  threshold: number;
}

interface Org {
  level: TPerkinsRow['level'];
  id: string;
  name: string;
  district?: string;
}

export function buildReport(input: ReportInput): TPerkinsRow[] {
  const orgs: Org[] = [];
  if (input.scope.level === 'state')
    orgs.push({ level: 'state', id: input.scope.id, name: input.scope.name });
  for (const [id, d] of input.districts) {
    orgs.push({ level: 'district', id, name: d.name, district: id });
    for (const [sid, name] of d.schools)
      orgs.push({ level: 'school', id: sid, name, district: id });
  }
  // Values per program × org × group, summed up from the school rows.
  const values = new Map<string, Record<CountField, number>>();
  const groupsByDim = new Map<string, Set<string>>();
  const programs = new Set<string>();
  const add = (key: string, row: CountRow) => {
    const v = values.get(key) ?? (Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as never);
    for (const f of COUNT_FIELDS) v[f] += row[f];
    values.set(key, v);
  };
  for (const row of input.rows) {
    if (!input.districts.get(row.districtId)?.schools.has(row.schoolId)) continue;
    programs.add(row.programKey);
    if (row.group !== ALL_STUDENTS) {
      const dim = row.group.slice(0, row.group.indexOf(':'));
      const set = groupsByDim.get(dim) ?? new Set<string>();
      set.add(row.group);
      groupsByDim.set(dim, set);
    }
    add(`${row.programKey}|${row.schoolId}|${row.group}`, row);
    add(`${row.programKey}|${row.districtId}|${row.group}`, row);
    if (input.scope.level === 'state') add(`${row.programKey}|${input.scope.id}|${row.group}`, row);
  }
  for (const [dim, set] of groupsByDim) set.add(`${dim}:${NOT_RECORDED}`);
  const groups = [ALL_STUDENTS, ...[...groupsByDim.values()].flatMap((s) => [...s].sort())];

  const out: TPerkinsRow[] = [];
  for (const program of [...programs].sort()) {
    for (const measure of MEASURES) {
      const field = MEASURE_FIELD[measure];
      const available = (org: Org) =>
        org.level === 'state'
          ? [...input.districts.keys()].some((d) => !input.unavailable.get(d)?.has(measure))
          : !input.unavailable.get(org.district!)?.has(measure);
      const cells = new Map<string, number>();
      const value = (org: Org, group: string): number => {
        if (!group.endsWith(`:${NOT_RECORDED}`))
          return values.get(`${program}|${org.id}|${group}`)?.[field] ?? 0;
        const dim = group.slice(0, group.indexOf(':'));
        let rest = value(org, ALL_STUDENTS);
        for (const g of groupsByDim.get(dim)!) if (g !== group) rest -= value(org, g);
        return rest;
      };
      // A district or school with no student at all in this program is not listed for it (a
      // structural zero, like a program it does not offer): publishing it reveals no one, and
      // counting it as a hidden zero would force its neighbours and totals to be hidden too.
      const listed = orgs.filter(
        (org) =>
          org.level === input.scope.level || values.has(`${program}|${org.id}|${ALL_STUDENTS}`),
      );
      for (const org of listed)
        if (available(org)) for (const g of groups) cells.set(`${org.id}|${g}`, value(org, g));
      const hidden = suppress(cells, relations(orgs, groups, groupsByDim), input.threshold);
      for (const org of listed)
        for (const group of groups) {
          const key = `${org.id}|${group}`;
          const cell: TCell = !cells.has(key)
            ? { notAvailable: true }
            : hidden.has(key)
              ? cells.get(key)! < input.threshold
                ? { suppressed: true }
                : { suppressed: true, complementary: true }
              : { value: cells.get(key)! };
          out.push({
            level: org.level,
            orgId: org.id,
            orgName: org.name,
            programKey: program,
            programTitle: input.programTitles.get(program) ?? program,
            group,
            measure,
            cell,
          });
        }
    }
  }
  return out;
}

function relations(
  orgs: readonly Org[],
  groups: readonly string[],
  groupsByDim: ReadonlyMap<string, ReadonlySet<string>>,
): Relation[] {
  const list: Relation[] = [];
  for (const org of orgs)
    for (const set of groupsByDim.values())
      list.push({
        total: `${org.id}|${ALL_STUDENTS}`,
        parts: [...set].map((g) => `${org.id}|${g}`),
      });
  const state = orgs.find((o) => o.level === 'state');
  const districts = orgs.filter((o) => o.level === 'district');
  for (const g of groups) {
    if (state)
      list.push({ total: `${state.id}|${g}`, parts: districts.map((d) => `${d.id}|${g}`) });
    for (const d of districts)
      list.push({
        total: `${d.id}|${g}`,
        parts: orgs
          .filter((o) => o.level === 'school' && o.district === d.id)
          .map((s) => `${s.id}|${g}`),
      });
  }
  return list;
}
