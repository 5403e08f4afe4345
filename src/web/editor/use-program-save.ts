/**
 * Saving and submitting in the program editor: POST (new) or PUT (existing) the program, then
 * show the server's findings and status; Submit saves unsaved changes first. API errors become
 * a sentence in the page language: 401/403 ask to sign in as an educator, others name the field.
 * Courses whose clock hours were changed go with the save as catalog entries; one another
 * organization owns is not written (the answer's ignoredCatalog), and the outcome says so. So
 * do the credit agreements, once any is added, changed or removed (agreements.ts).
 */
import { errorText } from '../error-text.ts';
import { useState, type Dispatch, type SetStateAction } from 'react';
import { useNavigate } from 'react-router-dom';
import type { TFindingView } from '../../contracts/program-api.ts';
import type { TCatalog, TCreditAgreement } from '../../contracts/program.ts';
import type { TPostsecondaryCourse } from '../../contracts/program-course.ts';
import { ApiError } from '../api.ts';
import { formatMessage } from '../i18n.ts';
import { programEditPath } from '../paths.ts';
import { changeStatus, createProgram, updateProgram } from '../program-api.ts';
import { courseCode, findingCounts, statusLabel } from '../program-labels.ts';
import { useLang } from '../use-lang.ts';
import { forSaving, type Draft } from './editor-state.ts';
import { hoursLabel, hoursPath, sentCourse } from './clock-hours.ts';
import { fieldLabel } from './schema-problems.ts';
import type { EditorStart } from './ProgramEditor.tsx';

export type Outcome = { ok: true; text: string } | { ok: false; text: string; field?: string };

export function useProgramSave({
  start,
  draft,
  setDraft,
  live,
  csrfToken,
  flash,
  courses,
  agreements,
  onSaved,
}: {
  start: EditorStart;
  draft: Draft;
  setDraft: Dispatch<SetStateAction<Draft>>;
  /** The client-side findings of `draft`. */
  live: TFindingView[];
  csrfToken: string | undefined;
  flash: string | undefined;
  /** Catalog courses changed in the editor (their clock hours), sent with the save. */
  courses: TPostsecondaryCourse[];
  /** The credit agreements to send and the ids to remove, when any changed. */
  agreements?: { creditAgreements: TCreditAgreement[]; removeCreditAgreements: string[] };
  /** The stored catalog after a save of an existing program. */
  onSaved: (catalog: TCatalog) => void;
}) {
  const { lang, t } = useLang();
  const navigate = useNavigate();
  const [meta, setMeta] = useState({ version: start.version, status: start.status });
  /** The program as last saved, with the server's findings of it. */
  const [saved, setSaved] = useState(
    start.findings ? { draft: start.program, findings: start.findings } : null,
  );
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(flash ? { ok: true, text: flash } : null);

  const failure = (error: unknown, template: string): Outcome => {
    if (error instanceof ApiError && error.needsSignIn) return { ok: false, text: t.needsEducator };
    const message = errorText(t, error);
    const field = error instanceof ApiError ? error.field : undefined;
    // The server's text names the field for developers; say it in the page's language instead.
    const course = field ? sentCourse(field, courses) : undefined;
    if (course)
      return {
        ok: false,
        text: formatMessage(lang, t.notSavedField, { field: hoursLabel(lang, course) }),
        field: hoursPath(course.id),
      };
    if (field) {
      const path = field.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
      return {
        ok: false,
        text: formatMessage(lang, t.notSavedField, { field: fieldLabel(lang, path, draft) }),
        field,
      };
    }
    return { ok: false, text: formatMessage(lang, template, { message }) };
  };

  /** Saves; true when it worked. A new program moves to its own edit address. */
  const save = async (): Promise<boolean> => {
    setBusy('save');
    setOutcome(null);
    try {
      const body = forSaving(draft);
      const creditAgreements = agreements?.creditAgreements ?? [];
      const removeCreditAgreements = agreements?.removeCreditAgreements ?? [];
      const catalog = {
        ...(courses.length > 0 || agreements
          ? { catalog: { institutions: [], courses, creditAgreements, credentials: [] } }
          : {}),
        ...(removeCreditAgreements.length > 0 ? { removeCreditAgreements } : {}),
      };
      const result = start.id
        ? await updateProgram(start.id, { program: body, ...catalog }, lang, csrfToken)
        : await createProgram({ program: body, ...catalog }, lang, csrfToken);
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      const ignored = courses
        .filter((c) => result.ignoredCatalog.some((i) => i.kind === 'course' && i.id === c.id))
        .map(courseCode);
      const kept = result.ignoredCatalog
        .filter((i) => i.kind === 'creditAgreement')
        .map((i) => i.id);
      const text = [
        formatMessage(lang, t.saved, {
          version: result.program.version,
          status: statusLabel(lang, result.program.status),
          findings: findingCounts(lang, t, errors, result.findings.length - errors),
        }),
        ...(ignored.length > 0
          ? [
              formatMessage(lang, t.clockHoursNotSaved, {
                courses: ignored.join(', '),
                count: ignored.length,
              }),
            ]
          : []),
        ...(kept.length > 0
          ? [
              formatMessage(lang, t.agreementsNotSaved, {
                agreements: kept.join(', '),
                count: kept.length,
              }),
            ]
          : []),
      ].join(' ');
      if (!start.id) {
        navigate(programEditPath(lang, result.program.id), {
          replace: true,
          state: { flash: text },
        });
        return true;
      }
      const stored = result.program.document.program;
      onSaved(result.program.document.catalog);
      setDraft(stored);
      setSaved({ draft: stored, findings: result.findings });
      setMeta({ version: result.program.version, status: result.program.status });
      setOutcome({ ok: true, text });
      return true;
    } catch (error) {
      setOutcome(failure(error, t.notSaved));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    if (!start.id) return;
    if (live.some((f) => f.severity === 'error'))
      return setOutcome({ ok: false, text: t.fixErrorsFirst });
    const unsaved = !(saved !== null && saved.draft === draft && courses.length === 0);
    if ((unsaved || agreements) && !(await save())) return;
    setBusy('submit');
    try {
      const program = await changeStatus(start.id, 'submit', lang, csrfToken);
      setMeta({ version: program.version, status: program.status });
      setOutcome({ ok: true, text: t.submitted });
    } catch (error) {
      setOutcome(failure(error, t.notSubmitted));
    } finally {
      setBusy(null);
    }
  };

  /** Shows why a save was refused before it was sent. */
  const refuse = (text: string) => setOutcome({ ok: false, text });

  return { meta, busy, outcome, saved, save, submit, refuse };
}
