/**
 * The numbers of one program as tables: every organization of the report (the state or the
 * district first, then districts and schools) and, where groups were imported, the top
 * organization by student group. Cells as the API gives them: a number, "< 10" or "Not available".
 */
import type { ReactNode } from 'react';
import type { TPerkinsMeasure } from '../../contracts/perkins.ts';
import { fillNodes } from '../catalog/catalog-parts.tsx';
import { groupLabel, measureLabel, usePerkinsText } from './i18n-perkins.ts';
import { cellText, TABLE_MEASURES, type Cells, type ProgramView } from './report-view.ts';

/** The table's columns: without completers when the profile defines none (the funnel says so). */
const tableMeasures = (noCompleter: boolean) =>
  noCompleter ? TABLE_MEASURES.filter((m) => m !== 'completers') : TABLE_MEASURES;

function CellsRow({
  header,
  cells,
  threshold,
  noCompleter,
  className,
  data,
}: {
  header: string;
  cells: Cells;
  threshold: number;
  noCompleter: boolean;
  className?: string | undefined;
  data: Record<string, string>;
}) {
  const { lang, p } = usePerkinsText();
  const text = (m: TPerkinsMeasure) => cellText(cells[m], threshold, lang, p);
  return (
    <tr className={className} {...data}>
      <th scope="row">{header}</th>
      {tableMeasures(noCompleter).map((m) => (
        <td key={m} data-measure={m}>
          {text(m)}
        </td>
      ))}
    </tr>
  );
}

function Head({ first, noCompleter }: { first: string; noCompleter: boolean }) {
  const { p } = usePerkinsText();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {tableMeasures(noCompleter).map((m) => (
          <th key={m} scope="col">
            {measureLabel(p, m)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function OrgTable({
  program,
  title,
  threshold,
  noCompleter,
}: {
  program: ProgramView;
  title: ReactNode;
  threshold: number;
  noCompleter: boolean;
}) {
  const { lang, p } = usePerkinsText();
  const level = program.orgs[0]?.level ?? 'district';
  return (
    <div className="table-scroll">
      <table className="perkins-table" data-testid="perkins-org-table">
        <caption>{fillNodes(lang, p.tableCaption, { program: title, level })}</caption>
        <Head first={p.organization} noCompleter={noCompleter} />
        <tbody>
          {program.orgs.map((org) => (
            <CellsRow
              key={org.id}
              header={org.name}
              cells={org.cells}
              threshold={threshold}
              noCompleter={noCompleter}
              className={`perkins-table__${org.level}`}
              data={{ 'data-org': org.id }}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GroupTable({
  program,
  title,
  org,
  threshold,
  noCompleter,
}: {
  program: ProgramView;
  title: ReactNode;
  org: string;
  threshold: number;
  noCompleter: boolean;
}) {
  const { lang, p } = usePerkinsText();
  return (
    <div className="table-scroll">
      <table className="perkins-table" data-testid="perkins-group-table">
        <caption>{fillNodes(lang, p.groupCaption, { program: title, org })}</caption>
        <Head first={p.group} noCompleter={noCompleter} />
        <tbody>
          {program.groups.map((g) => (
            <CellsRow
              key={g.group}
              header={groupLabel(p, lang, g.group)}
              cells={g.cells}
              threshold={threshold}
              noCompleter={noCompleter}
              data={{ 'data-group': g.group }}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
