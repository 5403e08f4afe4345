/**
 * Ed-Fi course transcripts into course attempts. A `courseTranscripts` resource names its student,
 * school, school year (the ending year, as Wayfinder keeps it) and term through its
 * `studentAcademicRecordReference`, and its course through `courseReference`. From the matching
 * `courses` resource come the title and the SCED code (an identification code of the SCED
 * system), and its state course code when it has one (the code the district catalog uses).
 * When `studentAcademicRecords` are given, every transcript must point at one of them.
 *
 * A transcript of a course completed elsewhere names the place in
 * `externalEducationOrganizationNameOfInstitution` (or only its id, in
 * `externalEducationOrganizationReference`), and how the credit came in
 * `methodCreditEarnedDescriptor` ("Transfer credit", "Credit by examination", "Online credit", …,
 * Ed-Fi Data Standard descriptors): such a row is transfer credit (services/records/transfer-rows.ts).
 *
 * Course level flags (AP, IB, honors, dual enrollment) come from the course's
 * `levelCharacteristics` (CourseLevelCharacteristicDescriptor: Advanced Placement, International
 * Baccalaureate, Honors, Dual Credit) and the transcript's `earnedAdditionalCredits`
 * (AdditionalCreditTypeDescriptor: Advanced Placement, International Baccalaureate, Dual credit),
 * kept on the attempt or the transfer credit as the CSV's AP, IB, HON and DE columns are.
 */
import type { TransferKind } from '../../domain/requirements/transfer.ts';
import { flagsText, type CourseFlag } from '../../domain/requirements/course-flags.ts';
import { canonicalTerm } from '../../domain/requirements/terms.ts';
import type { EarnedElsewhere, TranscriptResult, TranscriptRow } from '../transcript-csv.ts';
import type { ImportIssue } from '../tabular.ts';
import { issueText } from '../issue-text.ts';
import { ItemReader } from './edfi-fields.ts';
import { sectionsOf, type EdfiSources } from './edfi-sources.ts';
import type { Placed } from './edfi-students.ts';
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';

export type EdfiTranscriptRow = TranscriptRow & Placed;

const TERMS: Record<string, string> = {
  'fall semester': 'fall',
  'spring semester': 'spring',
  'summer semester': 'summer',
  'summer session': 'summer',
  'year round': 'year',
  'first quarter': 'q1',
  'second quarter': 'q2',
  'third quarter': 'q3',
  'fourth quarter': 'q4',
  'first trimester': 't1',
  'second trimester': 't2',
  'third trimester': 't3',
};
/**
 * An Ed-Fi TermDescriptor code value as Wayfinder keeps terms: Ed-Fi's own values by the table, a
 * state's own spelling ("Semester 1", "Q2", "Summer School") as the CSV import reads it, anything
 * else lower case with dashes.
 */
export function edfiTerm(code: string): string {
  const key = code.toLowerCase();
  if (Object.hasOwn(TERMS, key)) return TERMS[key]!;
  const known = canonicalTerm(code);
  return known !== code.trim().toLowerCase() ? known : key.replace(/\s+/g, '-').slice(0, 20);
}

/** Ed-Fi's MethodCreditEarnedDescriptor code values → the kind of transfer credit. */
const METHODS: Record<string, TransferKind> = {
  'credit by examination': 'exam',
  'online credit': 'online',
  'correspondence credit': 'online',
};

const RESULTS: Record<string, TranscriptResult> = {
  pass: 'pass',
  fail: 'fail',
  incomplete: 'incomplete',
  withdrawn: 'withdrawn',
  inprogress: 'in_progress',
};

interface CourseFacts {
  title: string;
  sced: string | null;
  stateCode: string | null;
  flags: CourseFlag[];
}

/** Ed-Fi's level characteristic and additional credit type code values → a course flag. */
const FLAGS: Record<string, CourseFlag> = {
  advancedplacement: 'AP',
  internationalbaccalaureate: 'IB',
  honors: 'H',
  dualcredit: 'DE',
  dualenrollment: 'DE',
  concurrentenrollment: 'DE',
};
const flagOf = (code: string | null | undefined) =>
  code ? FLAGS[code.toLowerCase().replace(/[^a-z]/g, '')] : undefined;

/** The flags an array of descriptors names (other characteristics, such as CTE, flag nothing). */
function flagsIn(r: ItemReader, field: string, descriptor: string): CourseFlag[] {
  const flags: CourseFlag[] = [];
  (r.array([field]) ?? []).forEach((_, i) => {
    const flag = flagOf(r.descriptor([field, i, descriptor]));
    if (flag) flags.push(flag);
  });
  return flags;
}

/** A course of an organization, by its code's key ("ENG 101", "ENG-101" and "eng101" are one). */
const courseKey = (org: string, code: string) => `${org}\u0000${courseCodeKey(code)}`;

function courses(sources: EdfiSources, issues: ImportIssue[]) {
  const found = new Map<string, CourseFacts>();
  for (const item of sectionsOf(sources, 'courses')) {
    const r = new ItemReader(item);
    if (!r.isObject()) {
      issues.push(...r.issues);
      continue;
    }
    const code = r.text(['courseCode'], 60, true);
    const org = r.id(['educationOrganizationReference', 'educationOrganizationId']);
    const title = r.text(['courseTitle'], 200, true);
    let sced: string | null = null;
    let stateCode: string | null = null;
    const field =
      r.raw(['identificationCodes']) !== undefined
        ? 'identificationCodes'
        : 'courseIdentificationCodes';
    (r.array([field]) ?? []).forEach((_, i) => {
      const system = r.descriptor([field, i, 'courseIdentificationSystemDescriptor'], true) ?? '';
      const value = r.text([field, i, 'identificationCode'], 60, true);
      if (value === undefined) return;
      if (/sced/i.test(system)) {
        const digits = /^\d{5}/.exec(value);
        if (!digits) r.fail([field, i, 'identificationCode'], issueText('bad_sced_start'));
        else sced = digits[0];
      } else if (/state/i.test(system)) stateCode = value.toUpperCase();
    });
    const flags = flagsIn(r, 'levelCharacteristics', 'courseLevelCharacteristicDescriptor');
    issues.push(...r.issues);
    if (r.issues.length === 0)
      found.set(courseKey(org!, code!), { title: title!, sced, stateCode, flags });
  }
  return found;
}

const recordKey = (student: string, org: string, year: number, term: string) =>
  [student, org, year, term.toLowerCase()].join('\u0000');

function academicRecords(sources: EdfiSources, issues: ImportIssue[]) {
  const items = sectionsOf(sources, 'studentAcademicRecords');
  if (items.length === 0) return undefined;
  const keys = new Set<string>();
  for (const item of items) {
    const r = new ItemReader(item);
    if (!r.isObject()) {
      issues.push(...r.issues);
      continue;
    }
    const student = r.id(['studentReference', 'studentUniqueId']);
    const org = r.id(['educationOrganizationReference', 'educationOrganizationId']);
    const year = r.number(['schoolYearTypeReference', 'schoolYear'], 2000, 2100, true);
    const term = r.descriptor(['termDescriptor'], true);
    issues.push(...r.issues);
    if (r.issues.length === 0) keys.add(recordKey(student!, org!, year!, term!));
  }
  return keys;
}

export function edfiTranscripts(sources: EdfiSources): {
  rows: EdfiTranscriptRow[];
  issues: ImportIssue[];
} {
  const issues: ImportIssue[] = [];
  const catalog = courses(sources, issues);
  const records = academicRecords(sources, issues);
  const rows: EdfiTranscriptRow[] = [];
  const seen = new Map<string, number>();
  const sar = 'studentAcademicRecordReference';
  for (const item of sectionsOf(sources, 'courseTranscripts')) {
    const r = new ItemReader(item);
    if (!r.isObject()) {
      issues.push(...r.issues);
      continue;
    }
    const localId = r.id([sar, 'studentUniqueId']);
    const schoolId = r.id([sar, 'educationOrganizationId']);
    const schoolYear = r.number([sar, 'schoolYear'], 2000, 2100, true);
    const termCode = r.descriptor([sar, 'termDescriptor'], true);
    const code = r.text(['courseReference', 'courseCode'], 60, true);
    const courseOrg = r.id(['courseReference', 'educationOrganizationId']);
    const resultCode = r.descriptor(['courseAttemptResultDescriptor'], true);
    const result =
      resultCode === undefined
        ? undefined
        : RESULTS[resultCode.toLowerCase().replace(/[^a-z]/g, '')];
    if (resultCode !== undefined && result === undefined)
      r.fail(['courseAttemptResultDescriptor'], issueText('bad_edfi_result', { code: resultCode }));
    const earned = r.number(['earnedCredits'], 0, 10, true);
    const attempted = r.number(['attemptedCredits'], 0, 10) ?? earned;
    if (result !== undefined && result !== 'pass' && earned !== undefined && earned > 0)
      r.fail(['earnedCredits'], issueText('earned_not_zero', { result: resultCode! }));
    if (attempted !== undefined && earned !== undefined && earned > attempted!)
      r.fail(['earnedCredits'], issueText('earned_over_attempted_credits'));
    const letter = r.text(['finalLetterGradeEarned'], 5);
    // Without a letter, the numeric grade (a percentage: "93"), as the CSV would carry it.
    const numeric = letter === null ? r.number(['finalNumericGradeEarned'], 0, 999) : null;
    const grade =
      letter ?? (numeric === null || numeric === undefined ? null : String(+numeric.toFixed(1)));
    const ownTitle = r.text(['courseTitle'], 200);
    const earnedAt = externalPlace(r);
    const extraFlags = flagsIn(r, 'earnedAdditionalCredits', 'additionalCreditTypeDescriptor');
    if (records && localId && schoolId && schoolYear && termCode) {
      if (!records.has(recordKey(localId, schoolId, schoolYear, termCode)))
        r.fail([sar], issueText('no_academic_record'));
    }
    issues.push(...r.issues);
    if (r.issues.length > 0) continue;
    const facts = catalog.get(courseKey(courseOrg!, code!));
    const courseCode = facts?.stateCode ?? code!.toUpperCase();
    const term = edfiTerm(termCode!);
    const key = [localId, schoolId, schoolYear, term, courseCodeKey(courseCode)].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(
        item.section.issue(
          item.index,
          ['courseReference', 'courseCode'],
          `repeats the attempt at courseTranscripts[${first}] (same student, school, year and term)`,
        ),
      );
      continue;
    }
    seen.set(key, item.index);
    const courseFlags = flagsText([...(facts?.flags ?? []), ...extraFlags]);
    rows.push({
      line: 0,
      localId: localId!,
      schoolId: schoolId!,
      schoolYear: schoolYear!,
      term,
      courseCode,
      courseTitle: ownTitle ?? facts?.title ?? courseCode,
      scedCode: facts?.sced ?? null,
      creditsAttempted: attempted!,
      creditsEarned: earned!,
      letterGrade: grade === null || grade === undefined ? null : grade.toUpperCase(),
      result: result!,
      earnedAt,
      ...(courseFlags === null ? {} : { courseFlags }),
      places: {
        student_id: { item, path: [sar, 'studentUniqueId'] },
        school_id: { item, path: [sar, 'educationOrganizationId'] },
        course_code: { item, path: ['courseReference', 'courseCode'] },
      },
    });
  }
  return { rows, issues };
}

/** Where a course completed elsewhere was completed, when the transcript names an external place. */
function externalPlace(r: ItemReader): EarnedElsewhere | null {
  const name = r.text(['externalEducationOrganizationNameOfInstitution'], 200);
  const ref = ['externalEducationOrganizationReference', 'educationOrganizationId'];
  const id = r.raw(ref) === undefined || r.raw(ref) === null ? null : r.id(ref);
  if (!name && !id) return null;
  const method = r.descriptor(['methodCreditEarnedDescriptor']);
  return {
    name: name || `Education organization ${id}`,
    state: null,
    institutionId: id ?? null,
    kind: (method && METHODS[method.toLowerCase()]) || 'transfer',
    countsAs: null,
    flagged: true,
  };
}
