/** Parts of the results page for a signed-in student: saving the result, their school's programs. */
import { useCallback, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorText } from '../error-text.ts';
import { programPath } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { fetchOfferedPrograms, saveResult } from './interests-api.ts';
import { browserStore, saveFinished, type Finished } from './progress.ts';
import { SaveToggle } from './SaveToggle.tsx';
import type { SavedItems } from './use-saved-items.ts';

/** Saving is the student's choice: nothing goes to the server until they press the button. */
export function SaveResult({
  studentId,
  finished,
  onSaved,
}: {
  studentId: string;
  finished: Finished;
  onSaved: (id: string) => void;
}) {
  const { t } = useLang();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The button pressed gives way to the message: focus moves to it, so it is not lost on the body.
  const pressed = useRef(false);
  if (finished.savedAs)
    return (
      <p
        role="status"
        tabIndex={-1}
        ref={(el) => {
          if (el && pressed.current) {
            pressed.current = false;
            el.focus();
          }
        }}
      >
        {t.resSaved}
      </p>
    );
  return (
    <>
      <p>{t.resBrowserOnly}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          pressed.current = true;
          saveResult(studentId, { form: finished.form, answers: finished.answers }).then(
            (saved) => {
              saveFinished(browserStore(), { ...finished, savedAs: saved.id });
              onSaved(saved.id);
            },
            (e: unknown) => {
              pressed.current = false;
              setBusy(false);
              setError(errorText(t, e));
            },
          );
        }}
      >
        {t.resSave}
      </button>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
    </>
  );
}

export function SchoolPrograms({
  studentId,
  pathways,
  saved,
}: {
  studentId: string;
  pathways: string[];
  saved: SavedItems | null;
}) {
  const { lang, t } = useLang();
  const key = pathways.join(',');
  const state = useApi(
    useCallback(
      (signal: AbortSignal) =>
        key
          ? fetchOfferedPrograms(studentId, key.split(','), lang, signal)
          : Promise.resolve({ districtId: '', items: [] }),
      [studentId, key, lang],
    ),
  );
  return (
    <section aria-labelledby="ip-programs" className="ip-section">
      <h2 id="ip-programs">{t.resPrograms}</h2>
      {state.status === 'ok' &&
        (state.data.items.length === 0 ? (
          <p>{t.resNoPrograms}</p>
        ) : (
          <ul className="ip-list">
            {state.data.items.map((p) => (
              <li key={p.id}>
                <Link to={programPath(lang, p.id)}>{p.title}</Link>{' '}
                <SaveToggle saved={saved} item={{ kind: 'program', ref: p.id }} title={p.title} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
