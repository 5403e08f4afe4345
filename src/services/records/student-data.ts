/**
 * A student's own data export (FERPA: the right to inspect one's education records): every record
 * Wayfinder keeps about the student, as stored. The student or a guardian (policy
 * `student.data_export`); a guardian's download is audited like any read by someone else.
 *
 * Counselor notes are included, although the app's pages show them to staff only (`note.read`):
 * counselors, school admins and district admins all read them, so they are not a "sole
 * possession" record (34 CFR 99.3: a maker's own memory aid shared with no one) but education
 * records, which parents and eligible students may inspect (34 CFR 99.10). Each comes with its
 * text, dates, and its author's name and role; nothing of other students.
 */
import type { TStudentData } from '../../contracts/student-data.ts';
import type { InterestResultRepository } from '../../db/interest-result-repository.ts';
import { audit } from '../accounts/audit.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { reachStudent } from './student-progress.ts';
import { presentTransfer } from './transfer-credit.ts';

export interface StudentDataDeps {
  records: RecordsDeps;
  interests: Pick<InterestResultRepository, 'list' | 'listItems'>;
}

export async function studentData(
  deps: StudentDataDeps,
  caller: Caller,
  options: { studentId: string },
): Promise<TStudentData> {
  const { records } = deps;
  const student = await reachStudent(records, caller, options.studentId, 'student.data_export');
  const { districtId, userId } = student;
  const [
    facts,
    attempts,
    transfers,
    exceptions,
    head,
    versions,
    signatures,
    results,
    items,
    notes,
  ] = await Promise.all([
    records.roster.facts(districtId, userId),
    records.transcripts.ofStudent(districtId, userId),
    records.transfers.ofStudent(districtId, userId),
    records.requirements.exceptions(districtId, [userId]),
    records.plans.head(districtId, userId),
    records.plans.versions(districtId, userId),
    records.plans.signatures(districtId, userId),
    deps.interests.list(districtId, userId),
    deps.interests.listItems(districtId, userId),
    records.notes.list(districtId, userId),
  ]);
  if ('cli' in caller || caller.actor.userId !== userId)
    await audit(
      records,
      'cli' in caller ? null : caller.actor,
      {
        action: 'student.data_export',
        outcome: 'ok',
        targetType: 'student',
        targetId: userId,
        districtId,
        detail: { notes: notes.length },
      },
      'cli' in caller ? undefined : caller.origin,
    );
  return {
    format: 'wayfinder-student-data',
    formatVersion: 1,
    exportedAt: records.clock().toISOString(),
    student: {
      id: userId,
      localId: student.localId,
      name: student.name,
      givenName: student.givenName,
      familyName: student.familyName,
      email: student.email,
      districtId,
      schoolId: student.schoolId,
      grade: student.grade,
      graduationYear: student.graduationYear,
    },
    facts: Object.fromEntries([...facts].sort(([a], [b]) => a.localeCompare(b))),
    transcript: attempts.map((a) => ({
      schoolId: a.schoolId,
      schoolYear: a.schoolYear,
      term: a.term,
      courseCode: a.courseCode,
      courseTitle: a.courseTitle,
      scedCode: a.scedCode,
      creditsAttempted: a.creditsAttempted,
      creditsEarned: a.creditsEarned,
      grade: a.letterGrade,
      result: a.result,
      flags: a.courseFlags ? a.courseFlags.split(',') : [],
    })),
    transferCredit: transfers.map(presentTransfer),
    exceptions: exceptions
      .filter((e) => e.studentId === userId)
      .map((e) => ({
        id: e.id,
        setId: e.setId,
        kind: e.kind,
        nodeId: e.nodeId,
        attemptKey: e.attemptKey,
        reason: e.reason,
        createdBy: e.createdBy,
        createdAt: e.createdAt.toISOString(),
      })),
    plan: head
      ? {
          currentVersion: head.currentVersion,
          reviewedAt: head.reviewedAt?.toISOString() ?? null,
          versions: versions.map((v) => ({
            version: v.version,
            createdBy: v.createdBy,
            createdAt: v.createdAt.toISOString(),
            body: v.body as unknown as Record<string, unknown>,
          })),
          signatures: signatures.map((s) => ({ ...s, signedAt: s.signedAt.toISOString() })),
        }
      : null,
    interestResults: results.map((r) => ({
      id: r.id,
      form: r.form,
      answers: r.answers,
      scores: r.scores,
      code: r.code,
      takenAt: r.takenAt.toISOString(),
    })),
    savedItems: items.map((i) => ({ kind: i.kind, ref: i.ref, savedAt: i.savedAt.toISOString() })),
    counselorNotes: notes.map((n) => ({
      id: n.id,
      body: n.body,
      authorName: n.authorName,
      authorRole: n.authorRole,
      createdAt: n.createdAt.toISOString(),
      updatedAt: n.updatedAt?.toISOString() ?? null,
    })),
  };
}
