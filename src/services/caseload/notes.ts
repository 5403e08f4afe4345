/**
 * Counselor notes on a student: listed for staff with the student in scope (counselor: caseload,
 * district admin: district), written by the student's counselors, edited or deleted only by their
 * author. Not listed here for the student or a guardian (the policy gives them no note action);
 * being read by several staff, notes are education records they may inspect, so they come in the
 * student's own data export (`records/student-data.ts`). Every read is audited; the audit log
 * names the note, never its text.
 */
import type { TNote, TNoteList } from '../../contracts/caseload.ts';
import type { Action } from '../../domain/auth/policy.ts';
import { forbidden, notFound } from '../../domain/errors.ts';
import type { NoteRecord } from '../../db/note-repository.ts';
import type { StudentRow } from '../../db/roster-repository.ts';
import { audit } from '../accounts/audit.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from '../records/deps.ts';
import { reachStudent } from '../records/student-progress.ts';

type Person = Extract<Caller, { actor: unknown }>;

function person(caller: Caller): Person {
  if ('cli' in caller) throw forbidden('A note is written and read by a signed-in staff member.');
  return caller;
}

async function log(
  deps: RecordsDeps,
  caller: Person,
  action: string,
  student: StudentRow,
  detail: Record<string, unknown>,
) {
  await audit(
    deps,
    caller.actor,
    {
      action,
      outcome: 'ok',
      targetType: 'student',
      targetId: student.userId,
      districtId: student.districtId,
      detail,
    },
    caller.origin,
  );
}

const present = (note: NoteRecord, me: string): TNote => ({
  id: note.id,
  studentId: note.studentId,
  districtId: note.districtId,
  authorId: note.authorId,
  authorName: note.authorName,
  body: note.body,
  createdAt: note.createdAt.toISOString(),
  updatedAt: note.updatedAt ? note.updatedAt.toISOString() : null,
  mine: note.authorId === me,
});

async function reach(deps: RecordsDeps, caller: Caller, studentId: string, action: Action) {
  const who = person(caller);
  const student = await reachStudent(deps, who, studentId, action);
  return { who, student };
}

export async function listNotes(
  deps: RecordsDeps,
  caller: Caller,
  studentId: string,
): Promise<TNoteList> {
  const { who, student } = await reach(deps, caller, studentId, 'note.read');
  const notes = await deps.notes.list(student.districtId, student.userId);
  await log(deps, who, 'note.read', student, { notes: notes.length });
  return { items: notes.map((n) => present(n, who.actor.userId)) };
}

export async function addNote(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; body: string },
): Promise<TNote> {
  const { who, student } = await reach(deps, caller, options.studentId, 'note.write');
  const id = deps.newId();
  await deps.transaction(async (repos) => {
    await repos.notes.insert({
      districtId: student.districtId,
      studentId: student.userId,
      id,
      authorId: who.actor.userId,
      body: options.body,
      createdAt: deps.clock(),
    });
    await log({ ...deps, audit: repos.audit }, who, 'note.create', student, { note: id });
  });
  const note = await deps.notes.find(student.districtId, student.userId, id);
  return present(note!, who.actor.userId);
}

/** Edits (body) or deletes (null) a note the caller wrote. */
export async function changeNote(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; noteId: string; body: string | null },
): Promise<TNote | null> {
  const { who, student } = await reach(deps, caller, options.studentId, 'note.write');
  const key = { districtId: student.districtId, studentId: student.userId, id: options.noteId };
  await deps.transaction(async (repos) => {
    const note = await repos.notes.find(key.districtId, key.studentId, key.id);
    if (!note) throw notFound(`This student has no note ${options.noteId}.`, 'noteId');
    if (note.authorId !== who.actor.userId)
      throw forbidden('Only the note’s author may change or delete it.');
    if (options.body === null) await repos.notes.delete(key);
    else await repos.notes.update(key, options.body, deps.clock());
    await log(
      { ...deps, audit: repos.audit },
      who,
      options.body === null ? 'note.delete' : 'note.edit',
      student,
      { note: key.id },
    );
  });
  if (options.body === null) return null;
  return present((await deps.notes.find(key.districtId, key.studentId, key.id))!, who.actor.userId);
}
