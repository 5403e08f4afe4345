/** Counselor notes on a student: the list (newest first), a new note, and edit or delete of one's own. */
import { useCallback, useState, type FormEvent } from 'react';
import type { TNote } from '../../contracts/caseload.ts';
import { useSession } from '../account/use-session.ts';
import { FormMessages } from '../account/parts.tsx';
import { errorText } from '../error-text.ts';
import { formatMessage, messages } from '../i18n.ts';
import { mayAttempt } from '../../domain/auth/policy.ts';
import { useApi } from '../use-api.ts';
import { addNote, deleteNote, editNote, fetchNotes } from './caseload-api.ts';
import { useCaseloadText } from './i18n-caseload.ts';

export function Notes({ studentId }: { studentId: string }) {
  const { lang, c } = useCaseloadText();
  const { state } = useSession();
  const [serial, setSerial] = useState(0);
  const notes = useApi(
    // eslint-disable-next-line react-hooks/exhaustive-deps -- serial reloads the list
    useCallback((s: AbortSignal) => fetchNotes(studentId, s), [studentId, serial]),
  );
  const canWrite =
    state.status === 'signed-in' && mayAttempt(state.session.user.role, 'note.write');
  const reload = () => setSerial((n) => n + 1);
  return (
    <section aria-labelledby="notes-title" className="caseload-notes">
      <h2 id="notes-title">{c.notes}</h2>
      <p className="notice">{c.notesReaders}</p>
      {canWrite ? <NewNote studentId={studentId} onSaved={reload} /> : null}
      {notes.status === 'error' ? (
        <p role="alert">{errorText(messages[lang], notes.error)}</p>
      ) : null}
      {notes.status === 'ok' && notes.data.items.length === 0 ? <p>{c.noNotes}</p> : null}
      {notes.status === 'ok' ? (
        <ul className="note-list">
          {notes.data.items.map((n) => (
            <NoteItem key={n.id} note={n} studentId={studentId} onChanged={reload} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function NewNote({ studentId, onSaved }: { studentId: string; onSaved: () => void }) {
  const { lang, c } = useCaseloadText();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    addNote(studentId, body).then(
      () => {
        setBusy(false);
        setBody('');
        setError(null);
        setSaved(true);
        onSaved();
      },
      (e: unknown) => {
        setBusy(false);
        setError(errorText(messages[lang], e));
      },
    );
  };
  return (
    <form onSubmit={onSubmit} className="note-form">
      <div className="field">
        <label htmlFor="note-new">{c.addNote}</label>
        <textarea
          id="note-new"
          value={body}
          rows={3}
          maxLength={10000}
          required
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      <button type="submit" disabled={busy}>
        {c.saveNote}
      </button>
      <FormMessages error={error} success={saved ? c.noteSaved : null} />
    </form>
  );
}

function NoteItem({
  note,
  studentId,
  onChanged,
}: {
  note: TNote;
  studentId: string;
  onChanged: () => void;
}) {
  const { lang, c } = useCaseloadText();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const [error, setError] = useState<string | null>(null);
  const date = new Date(note.createdAt).toLocaleString(lang === 'es' ? 'es' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const fail = (e: unknown) => setError(errorText(messages[lang], e));
  const onSave = (event: FormEvent) => {
    event.preventDefault();
    editNote(studentId, note.id, body).then(() => {
      setEditing(false);
      onChanged();
    }, fail);
  };
  const onDelete = () => {
    if (window.confirm(c.confirmDelete)) deleteNote(studentId, note.id).then(onChanged, fail);
  };
  return (
    <li className="note">
      <p className="note__by">
        {formatMessage(lang, c.noteBy, { author: note.authorName, date })}
        {note.updatedAt ? ` (${c.edited})` : ''}
      </p>
      {editing ? (
        <form onSubmit={onSave}>
          <div className="field">
            <label htmlFor={`note-${note.id}`}>{c.editNote}</label>
            <textarea
              id={`note-${note.id}`}
              value={body}
              rows={3}
              maxLength={10000}
              required
              onChange={(event) => setBody(event.target.value)}
            />
          </div>
          <button type="submit">{c.saveNote}</button>{' '}
          <button type="button" onClick={() => setEditing(false)}>
            {c.cancel}
          </button>
        </form>
      ) : (
        <p className="note__body">{note.body}</p>
      )}
      {note.mine && !editing ? (
        <p className="note__actions">
          <button type="button" onClick={() => setEditing(true)}>
            {c.editNote}
          </button>{' '}
          <button type="button" onClick={onDelete}>
            {c.deleteNote}
          </button>
        </p>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
    </li>
  );
}
