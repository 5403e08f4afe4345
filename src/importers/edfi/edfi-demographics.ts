/**
 * Ed-Fi special-population groups into the facts the roster CSV's optional columns store
 * (`student_fact`, codes in domain/perkins/groups.ts and docs/perkins.md). Data Standard v5 keeps
 * them on `studentEducationOrganizationAssociations`: sexDescriptor, hispanicLatinoEthnicity and
 * races, limitedEnglishProficiencyDescriptor, studentCharacteristics (with periods),
 * disabilities, supporterMilitaryConnectionDescriptor; a disability also shows as a current
 * `studentSpecialEducationProgramAssociations` / `studentSection504ProgramAssociations` record,
 * or a `studentProgramAssociations` record of a special education or Section 504 program.
 *
 * Ed-Fi: "if a characteristic is not present, no assumption is made", so a group the data says
 * nothing about is not recorded (null), a characteristic whose periods all ended is N. A
 * descriptor value the table does not know is reported (field, value as given, records) and
 * recorded as nothing.
 */
import type { ImportIssue } from '../tabular.ts';
import { issueText } from '../issue-text.ts';
import {
  characteristicGroup,
  englishLearnerCode,
  militaryCode,
  raceCode,
  servesDisability,
  sexCode,
} from './edfi-descriptors.ts';
import { ItemReader } from './edfi-fields.ts';
import { sectionsOf, type EdfiItem, type EdfiSources, type JsonPath } from './edfi-sources.ts';

/** The groups an Ed-Fi import sets for every student it reads (null: not recorded). */
export const EDFI_GROUPS = [
  'gender',
  'race_ethnicity',
  'english_learner',
  'disability',
  'economically_disadvantaged',
  'homeless',
  'migrant',
  'foster_care',
  'military_family',
  'single_parent',
] as const;
type Group = (typeof EDFI_GROUPS)[number];
type Facts = Record<Group, string | null>;

export interface UnmappedDescriptor {
  /** Where the value sat, e.g. `races.raceDescriptor`. */
  field: string;
  /** The descriptor as the file gave it. */
  value: string;
  /** How many records carried it. */
  rows: number;
}

interface Association {
  rank: number;
  gender?: string | null;
  race?: string | null;
  englishLearner?: string | null;
  /** Each group's evidence: Y (applies now) or N (applied once). */
  yesNo: Array<[Group, 'Y' | 'N']>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads every student's groups; type problems go to `issues` (they refuse the import). */
export function edfiDemographics(
  sources: EdfiSources,
  issues: ImportIssue[],
  options: { today: string; schoolOf: (studentId: string) => string | undefined },
): { facts: Map<string, Facts>; unmapped: UnmappedDescriptor[] } {
  const unmapped = new Map<string, UnmappedDescriptor>();
  const report = (field: string, value: unknown) => {
    const key = `${field}\u0001${String(value)}`;
    const seen = unmapped.get(key) ?? { field, value: String(value), rows: 0 };
    seen.rows += 1;
    unmapped.set(key, seen);
  };
  const byStudent = new Map<string, Association[]>();
  const add = (student: string, a: Association) =>
    byStudent.set(student, [...(byStudent.get(student) ?? []), a]);

  for (const item of sectionsOf(sources, 'studentEducationOrganizationAssociations')) {
    const student = studentOf(item);
    if (student === undefined) continue; // the roster reader reports it
    const r = new ItemReader(item);
    const orgId = r.raw(['educationOrganizationReference', 'educationOrganizationId']);
    const a: Association = {
      rank: String(orgId) === options.schoolOf(student) ? 0 : 1,
      yesNo: [],
    };
    /** A descriptor field's code: undefined when absent (it says nothing), null for no group. */
    const mapped = (field: string, map: (code: string) => string | null | undefined) => {
      if (r.raw([field]) == null) return undefined;
      const code = r.descriptor([field]);
      if (code == null) return null; // malformed: reported by the reader
      const value = map(code);
      if (value === undefined) report(field, r.raw([field]));
      return value ?? null;
    };
    a.gender = mapped('sexDescriptor', sexCode);
    a.englishLearner = mapped('limitedEnglishProficiencyDescriptor', englishLearnerCode);
    a.race = raceOf(r, report);
    const military = mapped('supporterMilitaryConnectionDescriptor', militaryCode);
    if (military === 'Y' || military === 'N') a.yesNo.push(['military_family', military]);
    (r.array(['studentCharacteristics']) ?? []).forEach((_, i) => {
      const path = ['studentCharacteristics', i, 'studentCharacteristicDescriptor'];
      const code = r.descriptor(path, true);
      if (code === undefined) return;
      const group = characteristicGroup(code);
      if (group === undefined)
        report('studentCharacteristics.studentCharacteristicDescriptor', r.raw(path));
      const current = applies(r, ['studentCharacteristics', i, 'periods'], options.today);
      if (group) a.yesNo.push([group as Group, current ? 'Y' : 'N']);
    });
    const disabilities = r.array(['disabilities']) ?? [];
    disabilities.forEach((_, i) => r.descriptor(['disabilities', i, 'disabilityDescriptor'], true));
    if (disabilities.length > 0) a.yesNo.push(['disability', 'Y']);
    issues.push(...r.issues);
    add(student, a);
  }

  for (const resource of [
    'studentSpecialEducationProgramAssociations',
    'studentSection504ProgramAssociations',
    'studentProgramAssociations',
  ] as const)
    for (const item of sectionsOf(sources, resource)) {
      const r = new ItemReader(item);
      if (!r.isObject()) {
        issues.push(...r.issues);
        continue;
      }
      const student = r.id(['studentReference', 'studentUniqueId']);
      const type =
        resource === 'studentProgramAssociations'
          ? r.descriptor(['programReference', 'programTypeDescriptor'], true)
          : undefined;
      const ends = date(r, ['endDate']);
      issues.push(...r.issues);
      if (r.issues.length > 0 || student === undefined) continue;
      if (resource === 'studentProgramAssociations' && !servesDisability(type!)) continue;
      const current = ends === null || ends! >= options.today;
      add(student, { rank: 2, yesNo: [['disability', current ? 'Y' : 'N']] });
    }

  const facts = new Map<string, Facts>();
  for (const [student, found] of byStudent) {
    const ranked = [...found].sort((x, y) => x.rank - y.rank);
    const first = <K extends 'gender' | 'race' | 'englishLearner'>(key: K) =>
      ranked.find((a) => a[key] !== undefined)?.[key] ?? null;
    const out = Object.fromEntries(EDFI_GROUPS.map((g) => [g, null])) as Facts;
    out.gender = first('gender');
    out.race_ethnicity = first('race');
    out.english_learner = first('englishLearner');
    for (const [group, value] of found.flatMap((a) => a.yesNo))
      if (out[group] !== 'Y') out[group] = value;
    facts.set(student, out);
  }
  return { facts, unmapped: [...unmapped.values()] };
}

/** The student a record names, without reporting (the roster reader reports bad ones). */
function studentOf(item: EdfiItem): string | undefined {
  const value = (item.value as { studentReference?: { studentUniqueId?: unknown } } | null)
    ?.studentReference?.studentUniqueId;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Race and ethnicity in the federal seven: Hispanic or Latino whatever the races; else the one
 * race, or MU for two or more; nothing when the record carries neither.
 */
function raceOf(r: ItemReader, report: (field: string, value: unknown) => void) {
  const hispanic = r.raw(['hispanicLatinoEthnicity']);
  if (hispanic != null && typeof hispanic !== 'boolean')
    r.fail(['hispanicLatinoEthnicity'], issueText('bad_boolean'));
  const codes = new Set<string>();
  const races = r.array(['races']) ?? [];
  races.forEach((_, i) => {
    const path = ['races', i, 'raceDescriptor'];
    const code = r.descriptor(path, true);
    if (code === undefined) return;
    const race = raceCode(code);
    if (race === undefined) report('races.raceDescriptor', r.raw(path));
    else if (race !== null) codes.add(race);
  });
  if (hispanic === true || codes.has('HI')) return 'HI';
  if (codes.size > 1) return 'MU';
  if (codes.size === 1) return [...codes][0]!;
  return hispanic === false || races.length > 0 ? null : undefined;
}

/** Whether a characteristic applies on `today`: no periods, or one not ended before it. */
function applies(r: ItemReader, path: JsonPath, today: string): boolean {
  const periods = r.array(path) ?? [];
  if (periods.length === 0) return true;
  let current = false;
  periods.forEach((_, i) => {
    date(r, [...path, i, 'beginDate']);
    const end = date(r, [...path, i, 'endDate']);
    if (end === null || (end !== undefined && end >= today)) current = true;
  });
  return current;
}

/** A date field (YYYY-MM-DD): null when absent, undefined (and a problem) when malformed. */
function date(r: ItemReader, path: JsonPath): string | null | undefined {
  const text = r.text(path, 10);
  if (text === null || text === undefined) return text;
  return DATE.test(text) ? text : r.fail(path, issueText('bad_date'));
}
