/** Loading and error states of a page. */
import { useRef } from 'react';
import type { ApiError } from '../api.ts';
import { errorText } from '../error-text.ts';
import { usePageSetup } from '../page-setup.ts';
import { useLang } from '../use-lang.ts';

export function Loading() {
  const { t } = useLang();
  return (
    <p className="status" role="status" aria-live="polite">
      {t.loading}
    </p>
  );
}

export function ErrorNotice({ error }: { error: ApiError }) {
  const { t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(t.errorTitle, heading);
  return (
    <div className="error-notice" role="alert">
      <h1 ref={heading} tabIndex={-1}>
        {t.errorTitle}
      </h1>
      <p>{errorText(t, error)}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t.errorRetry}
      </button>
    </div>
  );
}
