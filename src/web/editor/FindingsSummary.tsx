/**
 * The findings at the top of the form on narrow screens (below 1024 px, where the findings panel
 * sits after the whole form): a heading and one link per finding to the field it concerns.
 */
import type { TFindingView } from '../../contracts/program-api.ts';
import { findingCounts } from '../program-labels.ts';
import { useLang } from '../use-lang.ts';

export function FindingsSummary({
  findings,
  targetOf,
  onGo,
}: {
  findings: TFindingView[];
  /** The element id a finding points at. */
  targetOf: (finding: TFindingView) => string;
  onGo: (finding: TFindingView) => void;
}) {
  const { lang, t } = useLang();
  if (findings.length === 0) return null;
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <nav className="editor__summary" aria-labelledby="editor-summary-title">
      <h2 id="editor-summary-title">
        {t.summaryTitle}: {findingCounts(lang, t, errors.length, warnings.length)}
      </h2>
      <ul>
        {[...errors, ...warnings].map((finding, index) => (
          <li key={index} className={`finding finding--${finding.severity}`}>
            <span aria-hidden="true">{finding.severity === 'error' ? '✖ ' : '⚠ '}</span>
            <span className="visually-hidden">
              {finding.severity === 'error' ? t.severityError : t.severityWarning}:{' '}
            </span>
            <a
              href={`#${targetOf(finding)}`}
              onClick={(event) => {
                event.preventDefault();
                onGo(finding);
              }}
            >
              {finding.message}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
