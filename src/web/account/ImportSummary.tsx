/**
 * What an import check or an import answered, on the imports page: the counts (rows read, added,
 * changed, already up to date, refused), a transcript's credit from other schools with the
 * transfer lines counted as electives and why, course codes the catalog lacks; or, for a refused
 * file, the problem with its line and column as the API said it (in the page's language). Long
 * lists are paged so hundreds of lines stay usable.
 */
import { useRef, useState, type ReactNode } from 'react';
import type { TImportSummary } from '../../contracts/records.ts';
import type { ApiError } from '../api.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { AdminTable } from './AdminTable.tsx';
import { pageOf, problemPlace } from './imports.ts';

const PAGE_SIZE = 50;

export function ImportResult({ summary }: { summary: TImportSummary }) {
  const { lang, t } = useLang();
  const transfer = summary.transferCredits;
  const electives = transfer?.electivesByTitle ?? [];
  const counts: [string, number][] = [
    [t.importsRowsRead, summary.rowsRead],
    [t.importsAdded, summary.inserted],
    [t.importsChanged, summary.updated],
    [t.importsUnchanged, summary.unchanged],
    // All or nothing: a summary is an accepted file, whose rows were all taken.
    [t.importsRefused, 0],
  ];
  return (
    <section className="import-result" aria-labelledby="import-result-title">
      <h2 id="import-result-title" tabIndex={-1}>
        {summary.dryRun ? t.importsCheckedTitle : t.importsDoneTitle}
      </h2>
      <p>{summary.dryRun ? t.importsCheckedNote : t.importsDoneNote}</p>
      <dl className="import-counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value.toLocaleString(lang)}</dd>
          </div>
        ))}
      </dl>
      {transfer ? (
        <>
          <h3>{t.importsTransferTitle}</h3>
          <p>
            {formatMessage(lang, t.importsTransferCounts, {
              inserted: transfer.inserted,
              updated: transfer.updated,
              unchanged: transfer.unchanged,
            })}
          </p>
        </>
      ) : null}
      {electives.length > 0 ? (
        <>
          <h3>{t.importsElectivesTitle}</h3>
          <p>{t.importsElectivesWhy}</p>
          <p>{formatMessage(lang, t.importsElectivesCount, { count: electives.length })}</p>
          <Paged id="import-electives" items={electives}>
            {(shown) => (
              <AdminTable
                id="import-electives"
                caption={t.importsElectivesTitle}
                columns={[
                  { label: t.importsColLine },
                  { label: t.importsColTitle },
                  { label: t.importsColMatches },
                ]}
              >
                {shown.map((e) => (
                  <tr key={e.line}>
                    <td>{e.line}</td>
                    <td>{e.title}</td>
                    <td>{e.matches}</td>
                  </tr>
                ))}
              </AdminTable>
            )}
          </Paged>
        </>
      ) : null}
      {summary.unknownCourses.length > 0 ? (
        <>
          <Paged id="import-unknown" items={summary.unknownCourses}>
            {(shown) => (
              <AdminTable
                id="import-unknown"
                caption={t.importsUnknownTitle}
                columns={[
                  { label: t.importsColCode },
                  { label: t.importsColTitle },
                  { label: t.importsColRows },
                ]}
              >
                {shown.map((c) => (
                  <tr key={c.code}>
                    <td>{c.code}</td>
                    <td>{c.title}</td>
                    <td>{c.rows}</td>
                  </tr>
                ))}
              </AdminTable>
            )}
          </Paged>
        </>
      ) : null}
    </section>
  );
}

/** A refused file or setting: the API's message, with the line and column it names. */
export function ImportRefusal({ error }: { error: ApiError }) {
  const { lang, t } = useLang();
  const place = problemPlace(error.field);
  return (
    <section className="import-result import-result--refused" aria-labelledby="import-refused">
      <h2 id="import-refused" tabIndex={-1}>
        {t.importsRefusedTitle}
      </h2>
      <p>{t.importsRefusedNote}</p>
      <div className="import-problem">
        {place && 'line' in place ? (
          <p className="import-problem__place">{formatMessage(lang, t.importsProblemAt, place)}</p>
        ) : place ? (
          <p className="import-problem__place">
            {formatMessage(lang, t.importsProblemSetting, { name: place.parameter })}
          </p>
        ) : null}
        <p lang={error.lang === lang ? undefined : error.lang}>{error.message}</p>
      </div>
    </section>
  );
}

/** A list shown PAGE_SIZE items at a time, with Previous and Next when it is longer. */
function Paged<T>({
  id,
  items,
  children,
}: {
  id: string;
  items: readonly T[];
  children: (shown: T[]) => ReactNode;
}) {
  const { lang, t } = useLang();
  const [page, setPage] = useState(1);
  const shown = pageOf(items, page, PAGE_SIZE);
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  // A button that turns off at either end would drop the keyboard's focus: it goes to the other.
  const turn = (to: number) => {
    setPage(to);
    if (to <= 1) next.current?.focus();
    else if (to >= shown.pages) previous.current?.focus();
  };
  if (shown.pages === 1) return <>{children(shown.items)}</>;
  return (
    <>
      {children(shown.items)}
      <nav className="import-pager" aria-label={t.importsPages} aria-controls={id}>
        <button
          ref={previous}
          type="button"
          disabled={shown.page === 1}
          onClick={() => turn(shown.page - 1)}
        >
          {t.importsPrevious}
        </button>
        <span role="status">
          {formatMessage(lang, t.importsPageOf, {
            from: shown.first + 1,
            to: shown.first + shown.items.length,
            count: items.length,
          })}
        </span>
        <button
          ref={next}
          type="button"
          disabled={shown.page === shown.pages}
          onClick={() => turn(shown.page + 1)}
        >
          {t.importsNext}
        </button>
      </nav>
    </>
  );
}
