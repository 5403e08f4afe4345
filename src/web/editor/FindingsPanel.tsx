/**
 * The findings beside the editor: errors first, each with its severity (word and symbol, not
 * colour alone), its rule id and its message; the message is a button that moves focus to the
 * step, course or field the finding points at. The count is a polite live region.
 */
import type { TFindingView } from '../../contracts/program-api.ts';
import { formatMessage } from '../i18n.ts';
import { findingCounts } from '../program-labels.ts';
import { useLang } from '../use-lang.ts';

export function FindingsPanel({
  findings,
  fromServer,
  onGo,
}: {
  findings: TFindingView[];
  /** The findings of the last save (unchanged since), rather than the live client check. */
  fromServer: boolean;
  onGo: (finding: TFindingView) => void;
}) {
  const { lang, t } = useLang();
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <aside className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">{t.findingsTitle}</h2>
      <p className="findings__source">{fromServer ? t.findingsSaved : t.findingsLive}</p>
      <p className="findings__count" role="status">
        {findings.length === 0
          ? t.findingsNone
          : findingCounts(lang, t, errors.length, warnings.length)}
      </p>
      {findings.length > 0 && (
        <ul className="findings__list">
          {[...errors, ...warnings].map((finding, index) => (
            <li key={index} className={`finding finding--${finding.severity}`}>
              <span className="finding__severity">
                <span aria-hidden="true">{finding.severity === 'error' ? '✖ ' : '⚠ '}</span>
                {finding.severity === 'error' ? t.severityError : t.severityWarning}
              </span>{' '}
              <code className="finding__rule">{finding.rule}</code>
              <button type="button" className="finding__go" onClick={() => onGo(finding)}>
                {finding.message}
              </button>
              {finding.reason && (
                <span className="finding__reason">
                  {formatMessage(lang, t.findingReason, {
                    profile: finding.profile ?? '',
                    reason: finding.reason,
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
