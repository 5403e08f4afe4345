/** A student's signals: each a badge with its name (and a mark, never colour alone) and its reason. */
import type { TCaseloadEntry } from '../../contracts/caseload.ts';
import { Sentence } from '../plans/Sentence.tsx';
import { useCaseloadText } from './i18n-caseload.ts';

export function SignalList({ signals }: { signals: TCaseloadEntry['signals'] }) {
  const { c } = useCaseloadText();
  if (signals.length === 0) return <p className="caseload-none">{c.noSignals}</p>;
  return (
    <ul className="signal-list" aria-label={c.signalsOf}>
      {signals.map((s) => (
        <li key={s.code}>
          <span className={`signal-badge signal-badge--${s.code}`}>
            <span aria-hidden="true">⚠ </span>
            {s.label}
          </span>{' '}
          <span className="signal-list__reason">
            <Sentence parts={s.reasonParts} />
          </span>
        </li>
      ))}
    </ul>
  );
}
