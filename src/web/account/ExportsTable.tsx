/**
 * The table of the student exports page: one row per export of the admin's scope (who asked,
 * when, for which district, how many records, its status and approver) with what the admin may
 * do with it: approve another admin's waiting export, or download their own approved one.
 */
import type { Ref } from 'react';
import type { TExportFormat, TExportRequest } from '../../contracts/student-export.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { AdminTable } from './AdminTable.tsx';
import { STATUS_LABEL, mayApprove, mayDownload } from './exports.ts';

export function ExportsTable({
  items,
  me,
  busy,
  who,
  districtName,
  time,
  records,
  regionRef,
  onApprove,
  onRun,
}: {
  items: TExportRequest[];
  /** The signed-in admin's user id. */
  me: string;
  /** An approval or a download is under way: the row buttons wait. */
  busy: boolean;
  who: (userId: string) => string;
  districtName: (districtId: string | null) => string;
  time: (at: string) => string;
  records: (count: number) => string;
  regionRef: Ref<HTMLDivElement>;
  onApprove: (record: TExportRequest, button: HTMLButtonElement) => void;
  onRun: (record: TExportRequest, format: TExportFormat) => void;
}) {
  const { lang, t } = useLang();
  return (
    <AdminTable
      id="exports"
      caption={t.exportsTableCaption}
      columns={[
        { label: t.exportsColRequestedBy },
        { label: t.exportsColRequested },
        { label: t.exportsColDistrict },
        { label: t.exportsColRecords, className: 'admin-number' },
        { label: t.exportsColStatus },
        { label: t.exportsColApprovedBy },
        { label: t.exportsColActions },
      ]}
      regionRef={regionRef}
    >
      {items.map((record) => {
        const forWhom = (
          <span className="visually-hidden">
            {' '}
            {formatMessage(lang, t.exportsActionFor, {
              records: records(record.recordCount),
              name: who(record.requestedBy),
            })}
          </span>
        );
        return (
          <tr key={record.id} className={record.status === 'pending' ? 'is-pending' : undefined}>
            <th scope="row">{who(record.requestedBy)}</th>
            <td>
              <time dateTime={record.requestedAt}>{time(record.requestedAt)}</time>
            </td>
            <td>{districtName(record.districtId)}</td>
            <td className="admin-number">{record.recordCount}</td>
            <td>{t[STATUS_LABEL[record.status]]}</td>
            <td>{record.approvedBy ? who(record.approvedBy) : '—'}</td>
            <td>
              <div className="admin-actions">
                {mayApprove(record, me) ? (
                  <button
                    type="button"
                    className="button-small"
                    disabled={busy}
                    onClick={(event) => onApprove(record, event.currentTarget)}
                  >
                    {t.exportsApprove}
                    {forWhom}
                  </button>
                ) : mayDownload(record, me) ? (
                  (['csv', 'json'] as const).map((fileFormat) => (
                    <button
                      key={fileFormat}
                      type="button"
                      className="button-small"
                      disabled={busy}
                      onClick={() => onRun(record, fileFormat)}
                    >
                      {fileFormat === 'csv' ? t.exportsDownloadCsv : t.exportsDownloadJson}
                      {forWhom}
                    </button>
                  ))
                ) : record.status === 'pending' ? (
                  <span className="admin-note">{t.exportsWaiting}</span>
                ) : (
                  '—'
                )}
              </div>
            </td>
          </tr>
        );
      })}
    </AdminTable>
  );
}
