/** The table the admin pages (audit log, exports) list their rows in. */
import type { ReactNode, Ref } from 'react';
import './account.css';

export interface AdminColumn {
  label: ReactNode;
  className?: string;
}

/**
 * An admin table: a region that scrolls sideways by keyboard on narrow screens, named by the
 * table's caption, with one header row. `children` are the body rows.
 */
export function AdminTable({
  id,
  caption,
  columns,
  regionRef,
  children,
}: {
  id: string;
  caption: string;
  columns: AdminColumn[];
  regionRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  const captionId = `${id}-caption`;
  return (
    <div
      ref={regionRef}
      className="table-scroll"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table id={id} className="admin-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={column.className}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
