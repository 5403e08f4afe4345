/**
 * Ed-Fi students into roster rows. The `students` resource has the name (a generationCodeSuffix
 * kept with the last name); the school, grade and
 * class of come from `studentSchoolAssociations` (the current enrollment: no exit date, latest
 * entry date), the email from `studentEducationOrganizationAssociations` (electronicMails, a
 * school-issued "Organization" address first). A student without either is a problem, not a
 * guess. The special-population groups come from edfi-demographics.ts.
 */
import { displayName } from '../person-name.ts';
import type { RosterRow } from '../roster-csv.ts';
import type { ImportIssue } from '../tabular.ts';
import { issueText, type IssueText } from '../issue-text.ts';
import { edfiDemographics, type UnmappedDescriptor } from './edfi-demographics.ts';
import { ItemReader } from './edfi-fields.ts';
import { sectionsOf, type EdfiItem, type EdfiSources, type JsonPath } from './edfi-sources.ts';

/** A row and, for each CSV column name, where in the Ed-Fi resources that value came from. */
export interface Placed {
  places: Record<string, { item: EdfiItem; path: JsonPath }>;
}
export type EdfiRosterRow = RosterRow & Placed;

export const placeIssue = (
  row: Placed,
  field: string,
  message: string | IssueText,
): ImportIssue => {
  const place = row.places[field] ?? Object.values(row.places)[0]!;
  return place.item.section.issue(place.item.index, place.path, message);
};

const GRADES: Record<string, number> = {
  sixthgrade: 6,
  seventhgrade: 7,
  eighthgrade: 8,
  ninthgrade: 9,
  tenthgrade: 10,
  eleventhgrade: 11,
  twelfthgrade: 12,
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Enrollment {
  item: EdfiItem;
  schoolId: string;
  grade: number;
  graduationYear: number | null;
  entryDate: string;
  active: boolean;
}

function enrollments(sources: EdfiSources, issues: ImportIssue[]) {
  const byStudent = new Map<string, Enrollment>();
  for (const item of sectionsOf(sources, 'studentSchoolAssociations')) {
    const r = new ItemReader(item);
    if (!r.isObject()) {
      issues.push(...r.issues);
      continue;
    }
    const student = r.id(['studentReference', 'studentUniqueId']);
    const schoolId = r.id(['schoolReference', 'schoolId']);
    const gradeCode = r.descriptor(['entryGradeLevelDescriptor'], true);
    const grade =
      gradeCode === undefined ? undefined : GRADES[gradeCode.toLowerCase().replace(/[^a-z]/g, '')];
    if (gradeCode !== undefined && grade === undefined)
      r.fail(['entryGradeLevelDescriptor'], issueText('bad_edfi_grade', { code: gradeCode }));
    const classOf =
      r.number(['classOfSchoolYearTypeReference', 'schoolYear'], 2000, 2100) ??
      r.number(['graduationPlanReference', 'graduationSchoolYear'], 2000, 2100);
    const entryDate = r.text(['entryDate'], 10) ?? '';
    const exit = r.text(['exitWithdrawDate'], 10);
    issues.push(...r.issues);
    if (r.issues.length > 0) continue;
    const next: Enrollment = {
      item,
      schoolId: schoolId!,
      grade: grade!,
      graduationYear: classOf ?? null,
      entryDate,
      active: exit === null,
    };
    const current = byStudent.get(student!);
    const better =
      !current ||
      (next.active && !current.active) ||
      (next.active === current.active && next.entryDate >= current.entryDate);
    if (better) byStudent.set(student!, next);
  }
  return byStudent;
}

function emails(sources: EdfiSources, issues: ImportIssue[]) {
  const byStudent = new Map<
    string,
    { item: EdfiItem; path: JsonPath; email: string; rank: number }
  >();
  for (const item of sectionsOf(sources, 'studentEducationOrganizationAssociations')) {
    const r = new ItemReader(item);
    if (!r.isObject()) {
      issues.push(...r.issues);
      continue;
    }
    const student = r.id(['studentReference', 'studentUniqueId']);
    const mails = r.array(['electronicMails']) ?? [];
    mails.forEach((_, i) => {
      const path = ['electronicMails', i, 'electronicMailAddress'];
      const email = r.text(path, 254, true)?.toLowerCase();
      if (email !== undefined && !EMAIL.test(email)) r.fail(path, issueText('not_email'));
      const type = r.descriptor(['electronicMails', i, 'electronicMailTypeDescriptor']) ?? '';
      const rank = /organization|school|work/i.test(type) ? 0 : 1;
      const seen = student === undefined ? undefined : byStudent.get(student);
      if (
        student !== undefined &&
        email !== undefined &&
        EMAIL.test(email) &&
        (!seen || rank < seen.rank)
      )
        byStudent.set(student, { item, path, email, rank });
    });
    issues.push(...r.issues);
  }
  return byStudent;
}

/**
 * Roster rows from the Ed-Fi student resources; problems name file:line:column and path.
 * `today` (YYYY-MM-DD) decides which characteristics and program records still apply.
 */
export function edfiRoster(
  sources: EdfiSources,
  options: { today: string },
): { rows: EdfiRosterRow[]; issues: ImportIssue[]; unmapped: UnmappedDescriptor[] } {
  const issues: ImportIssue[] = [];
  const schools = enrollments(sources, issues);
  const mail = emails(sources, issues);
  const groups = edfiDemographics(sources, issues, {
    today: options.today,
    schoolOf: (student) => schools.get(student)?.schoolId,
  });
  const rows: EdfiRosterRow[] = [];
  const seenIds = new Map<string, EdfiItem>();
  const seenEmails = new Map<string, string>();
  for (const item of sectionsOf(sources, 'students')) {
    const r = new ItemReader(item);
    if (!r.isObject()) {
      issues.push(...r.issues);
      continue;
    }
    const localId = r.id(['studentUniqueId']);
    const firstName = r.name(['firstName'], 100);
    const surname = r.name(['lastSurname'], 100);
    // A generational suffix ("Jr.", "III") goes with the last name, as the roster CSV keeps it.
    const suffix = r.raw(['generationCodeSuffix']) ? r.name(['generationCodeSuffix'], 10) : '';
    const lastName =
      surname === undefined || suffix === undefined ? undefined : displayName(surname, suffix);
    const enrolled = localId === undefined ? undefined : schools.get(localId);
    const address = localId === undefined ? undefined : mail.get(localId);
    if (localId !== undefined) {
      if (seenIds.has(localId))
        r.fail(
          ['studentUniqueId'],
          issueText('repeats_edfi_student', { index: String(seenIds.get(localId)!.index) }),
        );
      else seenIds.set(localId, item);
      if (!enrolled) r.fail(['studentUniqueId'], issueText('no_enrollment'));
      if (!address) r.fail(['studentUniqueId'], issueText('no_edfi_email'));
      else if (seenEmails.has(address.email) && seenEmails.get(address.email) !== localId)
        r.fail(
          ['studentUniqueId'],
          issueText('email_of_student', { student: seenEmails.get(address.email)! }),
        );
      else if (address) seenEmails.set(address.email, localId);
    }
    issues.push(...r.issues);
    if (r.issues.length > 0) continue;
    rows.push({
      line: 0,
      localId: localId!,
      schoolId: enrolled!.schoolId,
      firstName: firstName!,
      lastName: lastName!,
      email: address!.email,
      grade: enrolled!.grade,
      graduationYear: enrolled!.graduationYear,
      facts: groups.facts.get(localId!) ?? {},
      places: {
        student_id: { item, path: ['studentUniqueId'] },
        school_id: { item: enrolled!.item, path: ['schoolReference', 'schoolId'] },
        email: { item: address!.item, path: address!.path },
      },
    });
  }
  return { rows, issues, unmapped: groups.unmapped };
}
