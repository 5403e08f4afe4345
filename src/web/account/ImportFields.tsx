/**
 * The choices of the imports page's form: the district (state admins), what to import (each kind
 * with the columns it takes), the CSV as a file or pasted text, and a transcript's optional
 * lowest passing percent and letter. Choosing a file again counts as a new file (`revision`).
 */
import type { TOrg } from '../../contracts/accounts.ts';
import { useLang } from '../use-lang.ts';
import { IMPORT_COLUMNS, IMPORT_KINDS, type ImportKind, type PassSettings } from './imports.ts';
import { Field, Select } from './parts.tsx';

export interface ImportDraft {
  district: string;
  kind: ImportKind;
  from: 'file' | 'paste';
  file: File | null;
  revision: number;
  text: string;
  pass: PassSettings;
}

export function ImportFields({
  draft,
  onDraft,
  errors,
  districts,
}: {
  draft: ImportDraft;
  onDraft: (next: ImportDraft) => void;
  errors: Partial<Record<'district' | 'file' | 'text', string>>;
  /** The districts to choose from (a state admin), or null (the admin's own district). */
  districts: TOrg[] | null;
}) {
  const { t } = useLang();
  const kinds: Record<ImportKind, { label: string; hint: string }> = {
    students: { label: t.importsKindStudents, hint: t.importsKindStudentsHint },
    transcripts: { label: t.importsKindTranscripts, hint: t.importsKindTranscriptsHint },
    credentials: { label: t.importsKindCredentials, hint: t.importsKindCredentialsHint },
  };
  const set = (next: Partial<ImportDraft>) => onDraft({ ...draft, ...next });
  return (
    <>
      {districts !== null ? (
        <Select
          id="imports-district"
          label={t.importsDistrict}
          value={draft.district}
          error={errors.district}
          onChange={(district) => set({ district })}
          options={districts.map((o) => ({ value: o.id, label: o.name }))}
        />
      ) : null}
      <fieldset className="choice-group import-kinds">
        <legend>{t.importsKindLegend}</legend>
        {IMPORT_KINDS.map((kind) => (
          <div key={kind} className="import-kind">
            <label className="choice">
              <input
                type="radio"
                name="import-kind"
                value={kind}
                checked={draft.kind === kind}
                aria-describedby={`imports-kind-${kind}-hint`}
                onChange={() => set({ kind })}
              />{' '}
              {kinds[kind].label}
            </label>
            <p className="field__hint" id={`imports-kind-${kind}-hint`}>
              {kinds[kind].hint} {/* Header names, not words of the page's language. */}
              <code lang="en">{IMPORT_COLUMNS[kind]}</code>
            </p>
          </div>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t.importsSourceLegend}</legend>
        {(['file', 'paste'] as const).map((from) => (
          <label key={from} className="choice">
            <input
              type="radio"
              name="import-from"
              value={from}
              checked={draft.from === from}
              onChange={() => set({ from })}
            />{' '}
            {from === 'file' ? t.importsSourceFile : t.importsSourcePaste}
          </label>
        ))}
      </fieldset>
      {draft.from === 'file' ? (
        <Field
          id="imports-file"
          label={t.importsFile}
          hint={t.importsFileHint}
          error={errors.file}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(event) =>
            set({ file: event.target.files?.[0] ?? null, revision: draft.revision + 1 })
          }
        />
      ) : (
        <div className={errors.text ? 'field field--error' : 'field'}>
          <label htmlFor="imports-text">{t.importsPaste}</label>
          <div className="field__hint" id="imports-text-hint">
            {t.importsPasteHint}
          </div>
          {errors.text ? (
            <p className="field__error" id="imports-text-error">
              {errors.text}
            </p>
          ) : null}
          <textarea
            id="imports-text"
            className="import-text"
            rows={8}
            spellCheck={false}
            value={draft.text}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={
              errors.text ? 'imports-text-hint imports-text-error' : 'imports-text-hint'
            }
            onChange={(event) => set({ text: event.target.value })}
          />
        </div>
      )}
      {draft.kind === 'transcripts' ? (
        <fieldset className="choice-group import-pass">
          <legend>{t.importsPassLegend}</legend>
          <p className="field__hint">{t.importsPassHint}</p>
          <Field
            id="imports-pass-percent"
            label={t.importsPassPercent}
            hint={t.importsPassPercentHint}
            inputMode="decimal"
            autoComplete="off"
            maxLength={20}
            value={draft.pass.lowestPassPercent}
            onChange={(event) =>
              set({ pass: { ...draft.pass, lowestPassPercent: event.target.value } })
            }
          />
          <Field
            id="imports-pass-letter"
            label={t.importsPassLetter}
            hint={t.importsPassLetterHint}
            autoComplete="off"
            maxLength={20}
            value={draft.pass.lowestPassLetter}
            onChange={(event) =>
              set({ pass: { ...draft.pass, lowestPassLetter: event.target.value } })
            }
          />
        </fieldset>
      ) : null}
    </>
  );
}
