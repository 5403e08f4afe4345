/**
 * A district's records from a spreadsheet, for whoever the API lets import (`records.import`:
 * district and state admins; a state admin first chooses the district): choose the kind (roster,
 * transcripts, credentials earned), a CSV file or pasted text, and a transcript's optional passing
 * marks; Check runs the import as a dry run and shows its summary or the refusal with its line;
 * Import saves, and is offered only while the input is the one checked (a file is read again and
 * must be byte for byte the same). The endpoints are the API's own, with the session's CSRF token.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TSession } from '../../contracts/accounts.ts';
import type { TImportSummary } from '../../contracts/records.ts';
import { ApiError } from '../api.ts';
import { useDistrictChoices } from './use-districts.ts';
import { useLang } from '../use-lang.ts';
import { ImportFields, type ImportDraft } from './ImportFields.tsx';
import { ImportRefusal, ImportResult } from './ImportSummary.tsx';
import { postImport } from './import-actions.ts';
import { checkedVersion, sameBytes, type ImportRequest, type ImportSource } from './imports.ts';
import { errorText, FormMessages, PageHeading, SessionGate } from './parts.tsx';

export function AdminImportsPage() {
  const { t } = useLang();
  return (
    <SessionGate title={t.importsTitle} action="records.import" signInText={t.importsSignInFirst}>
      {(session) => <ImportsAdmin session={session} />}
    </SessionGate>
  );
}

type Outcome = { summary: TImportSummary } | { refusal: ApiError } | null;
type FieldErrors = Partial<Record<'district' | 'file' | 'text', string>>;

function ImportsAdmin({ session }: { session: TSession }) {
  const { lang, t } = useLang();
  const own = session.user.districtId;
  const [draft, setDraft] = useState<ImportDraft>({
    district: own ?? '',
    kind: 'students',
    from: 'file',
    file: null,
    revision: 0,
    text: '',
    pass: { lowestPassPercent: '', lowestPassLetter: '' },
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [checked, setChecked] = useState<{ version: string; bytes?: ArrayBuffer } | null>(null);
  const resultRegion = useRef<HTMLDivElement>(null);

  const districts = useDistrictChoices(own === null);

  /** The request as the form stands, the chosen file stood for by its revision. */
  const requestOf = (source: ImportSource): ImportRequest => ({
    kind: draft.kind,
    districtId: own ?? draft.district,
    source,
    pass: draft.pass,
  });
  const currentVersion = checkedVersion(
    requestOf(
      draft.from === 'file'
        ? { name: draft.file?.name ?? '', bytes: new ArrayBuffer(0), revision: draft.revision }
        : { text: draft.text },
    ),
  );
  const ready = checked !== null && checked.version === currentVersion;
  const stale = checked !== null && !ready;

  // A new result is read next: focus moves to its heading (announced) once it is drawn.
  const [shown, setShown] = useState(0);
  const show = (next: Outcome) => {
    setOutcome(next);
    setShown((n) => n + 1);
  };
  useEffect(() => {
    if (shown > 0) resultRegion.current?.querySelector('h2')?.focus();
  }, [shown]);

  /** Reads the chosen file, or says why not (a file changed on disk after choosing can't be read). */
  const readFile = async (): Promise<ArrayBuffer | null> => {
    if (!draft.file) return null;
    try {
      return await draft.file.arrayBuffer();
    } catch {
      return null;
    }
  };

  const onCheck = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: FieldErrors = {
      ...(own === null && !draft.district ? { district: t.importsDistrictRequired } : {}),
      ...(draft.from === 'file' && !draft.file ? { file: t.importsFileRequired } : {}),
      ...(draft.from === 'paste' && draft.text.trim() === ''
        ? { text: t.importsPasteRequired }
        : {}),
    };
    setError(null);
    setChecked(null);
    if (Object.keys(found).length === 0 && draft.from === 'file') {
      const bytes = await readFile();
      if (!bytes) found.file = t.importsFileUnreadable;
      else return run(bytes);
    }
    setErrors(found);
    const first = (['district', 'file', 'text'] as const).find((k) => found[k]);
    if (first) {
      document.getElementById(`imports-${first}`)?.focus();
      return;
    }
    return run();
  };

  const sourceOf = (bytes?: ArrayBuffer): ImportSource =>
    bytes
      ? { name: draft.file?.name ?? '', bytes, revision: draft.revision }
      : { text: draft.text };

  const run = async (bytes?: ArrayBuffer) => {
    setErrors({});
    setBusy('check');
    const input = requestOf(sourceOf(bytes));
    try {
      const summary = await postImport(input, true, lang);
      setChecked({ version: checkedVersion(input), ...(bytes ? { bytes } : {}) });
      show({ summary });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 400) show({ refusal: failure });
      else {
        setOutcome(null);
        setError(errorText(t, failure));
      }
    } finally {
      setBusy(null);
    }
  };

  const onImport = async () => {
    if (busy || !ready) return;
    setError(null);
    let bytes: ArrayBuffer | undefined;
    if (draft.from === 'file') {
      const again = await readFile();
      if (!again || !checked.bytes || !sameBytes(again, checked.bytes)) {
        setChecked(null);
        setOutcome(null);
        setError(t.importsFileChanged);
        return;
      }
      bytes = again;
    }
    setBusy('import');
    try {
      const summary = await postImport(requestOf(sourceOf(bytes)), false, lang);
      setChecked(null);
      show({ summary });
    } catch (failure) {
      setChecked(null);
      if (failure instanceof ApiError && failure.status === 400) show({ refusal: failure });
      else setError(errorText(t, failure));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="account-page admin-page imports-page">
      <PageHeading title={t.importsTitle} />
      <p>{t.importsIntro}</p>
      <form className="account-form admin-form" onSubmit={(e) => void onCheck(e)} noValidate>
        <FormMessages error={error} />
        <ImportFields
          draft={draft}
          onDraft={setDraft}
          errors={errors}
          districts={own === null ? (districts.status === 'ok' ? districts.data : []) : null}
        />
        <p className="button-row import-buttons">
          <button type="submit" disabled={busy !== null}>
            {busy === 'check' ? t.importsChecking : t.importsCheck}
          </button>
          <button
            type="button"
            disabled={!ready || busy !== null}
            aria-describedby="imports-import-note"
            onClick={() => void onImport()}
          >
            {busy === 'import' ? t.importsImporting : t.importsImport}
          </button>
        </p>
        <p id="imports-import-note" className="field__hint" aria-live="polite">
          {ready ? '' : stale ? t.importsChangedSinceCheck : t.importsImportNeedsCheck}
        </p>
      </form>
      <div ref={resultRegion}>
        {outcome && 'summary' in outcome ? <ImportResult summary={outcome.summary} /> : null}
        {outcome && 'refusal' in outcome ? <ImportRefusal error={outcome.refusal} /> : null}
      </div>
    </div>
  );
}
