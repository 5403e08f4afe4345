/**
 * The exports page's form: export now (the file downloads within the daily cap), or, over it,
 * leave a request that another admin must approve.
 */
import { useState, type FormEvent } from 'react';
import type { TOrg } from '../../contracts/accounts.ts';
import type { TExportFormat } from '../../contracts/student-export.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { failureText, fetchExport, saveFile } from './export-actions.ts';
import { exportFileName, overCapExport } from './exports.ts';
import { FormMessages, Select } from './parts.tsx';

type RequestResult = { kind: 'done'; text: string } | { kind: 'waiting'; text: string };

/** Export now: the file downloads within the cap; over it, the request waits for approval. */
export function RequestExport({
  isState,
  districts,
  onChange,
}: {
  isState: boolean;
  districts: TOrg[];
  onChange: () => void;
}) {
  const { lang, t } = useLang();
  const [fileFormat, setFileFormat] = useState<TExportFormat>('csv');
  const [district, setDistrict] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<RequestResult | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setResult(null);
    fetchExport({ format: fileFormat, ...(isState && district ? { district } : {}) }).then(
      ({ id, blob }) => {
        const file = exportFileName(id, fileFormat);
        saveFile(blob, file);
        setBusy(false);
        setResult({ kind: 'done', text: formatMessage(lang, t.exportsDownloaded, { file }) });
        onChange();
      },
      (failure: unknown) => {
        setBusy(false);
        const waiting = overCapExport(failure);
        if (waiting) {
          setResult({
            kind: 'waiting',
            text: formatMessage(lang, t.exportsWaitsForApproval, { id: waiting.id || '—' }),
          });
          onChange();
        } else {
          setError(failureText(t, failure, 'request'));
        }
      },
    );
  };

  return (
    <section aria-labelledby="exports-request">
      <h2 id="exports-request">{t.exportsRequestTitle}</h2>
      <p>{t.exportsRequestIntro}</p>
      <form className="account-form admin-form" onSubmit={onSubmit} noValidate>
        <FormMessages
          error={error}
          success={result?.kind === 'done' ? <p>{result.text}</p> : null}
        />
        <div aria-live="polite" aria-atomic="true">
          {result?.kind === 'waiting' ? (
            <p className="notice notice--warning export-waiting">{result.text}</p>
          ) : null}
        </div>
        <fieldset className="choice-group">
          <legend>{t.exportsFormat}</legend>
          {(['csv', 'json'] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="export-format"
                value={value}
                checked={fileFormat === value}
                onChange={() => setFileFormat(value)}
              />{' '}
              {value === 'csv' ? t.exportsFormatCsv : t.exportsFormatJson}
            </label>
          ))}
        </fieldset>
        {isState ? (
          <Select
            id="exports-district"
            label={t.exportsDistrict}
            value={district}
            onChange={setDistrict}
            options={districts.map((o) => ({ value: o.id, label: o.name }))}
            placeholder={t.exportsAllDistricts}
          />
        ) : null}
        <p>
          <button type="submit" disabled={busy}>
            {busy ? t.exportsRequestBusy : t.exportsRequestSubmit}
          </button>
        </p>
      </form>
    </section>
  );
}
