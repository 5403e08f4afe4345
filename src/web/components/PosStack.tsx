/**
 * The program-of-study diagram on a phone: one section per level (grade 9 … postsecondary year
 * n), its courses grouped by subject area with the same CTE, early-credit, credential (★) and
 * work-based-learning (◆) marks as the table. Shown instead of the table under 600 px.
 */
import type { PosGrid } from '../../domain/program/pos-grid.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { useLang } from '../use-lang.ts';
import { PosCell, PosSide } from './PosDiagram.tsx';

export function PosStack({ grid, caption }: { grid: PosGrid; caption: string }) {
  const { lang } = useLang();
  const labels = posLabels(lang);
  return (
    <div className="pos-stack" role="group" aria-labelledby="pos-stack-caption">
      <p id="pos-stack-caption" className="pos-stack__caption">
        {caption}
      </p>
      <ol className="pos-stack__levels">
        {grid.rows.map((row) => (
          <li key={row.level} className={`pos-level pos-level--${row.level}`}>
            <h3 className="pos-level__title">{row.label}</h3>
            {grid.columns
              .filter(
                (subject) =>
                  (row.cells[subject] ?? []).length + (row.choices[subject] ?? []).length > 0,
              )
              .map((subject) => (
                <div
                  key={subject}
                  className={subject === 'cte' ? 'pos-subject pos-subject--cte' : 'pos-subject'}
                >
                  <h4 className="pos-subject__title">{labels.subject[subject]}</h4>
                  <PosCell
                    courses={row.cells[subject] ?? []}
                    choices={row.choices[subject] ?? []}
                  />
                </div>
              ))}
            <PosSide row={row} />
          </li>
        ))}
      </ol>
    </div>
  );
}
