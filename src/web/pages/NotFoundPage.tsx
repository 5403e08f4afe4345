/** Shown for addresses that match no page and for clusters or pathways the API does not know. */
import { useRef } from 'react';
import { Link } from 'react-router-dom';
import { usePageSetup } from '../page-setup.ts';
import { homePath } from '../paths.ts';
import { useLang } from '../use-lang.ts';

export function NotFoundPage() {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(t.notFoundTitle, heading);
  return (
    <div className="not-found">
      <h1 ref={heading} tabIndex={-1}>
        {t.notFoundTitle}
      </h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link to={homePath(lang)}>{t.notFoundBack}</Link>
      </p>
    </div>
  );
}
