/**
 * One grade's credentials (★) and work-based learning (◆) on the plan grid, drawn by the program
 * diagram's PosSide so the marks and words are the diagram's. A credential the catalog no longer
 * knows (no type) keeps its mark and title. A credential that would bring college credit (a
 * credential-credit agreement) gets a line saying which, where and the agreement's dates.
 */
import type { TPlan } from '../../contracts/plans.ts';
import type { TCredentialView } from '../../contracts/program-api.ts';
import type { PosGridRow } from '../../domain/program/pos-grid.ts';
import { PosSide } from '../components/PosDiagram.tsx';
import { PlanCredentialCredit } from './PlanCredentialCredit.tsx';

export function PlanYearMarks(props: { plan: TPlan; level: PosGridRow['level']; label: string }) {
  const { plan, level, label } = props;
  const credentials = plan.credentials.filter((c) => c.level === level);
  const typed: TCredentialView[] = credentials.flatMap((c) =>
    c.type ? [{ id: c.credentialId, title: c.title, type: c.type }] : [],
  );
  const row: PosGridRow = {
    level,
    label,
    cells: {},
    choices: {},
    credentials: typed,
    credentialChoices: [],
    workBasedLearning: plan.workBasedLearning
      .filter((w) => w.level === level)
      .map((w) => ({
        type: w.type,
        title: w.title,
        ...(w.employer ? { employer: w.employer } : {}),
      })),
    exitOccupations: [],
  };
  const untyped = credentials.filter((c) => !c.type);
  const credited = credentials.filter((c) => c.earlyCredit && c.earlyCredit.length > 0);
  return (
    <div className="plan-marks">
      <PosSide row={row} />
      {credited.length > 0 && (
        <ul className="pos-side">
          {credited.map((c) => (
            <li key={c.credentialId} className="pos-credential">
              <span aria-hidden="true">★ </span>
              <strong>{c.title}</strong>:
              <PlanCredentialCredit credits={c.earlyCredit!} />
            </li>
          ))}
        </ul>
      )}
      {untyped.length > 0 && (
        <ul className="pos-side">
          {untyped.map((c) => (
            <li key={c.credentialId} className="pos-credential">
              <span aria-hidden="true">★ </span>
              <strong>{c.title}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
