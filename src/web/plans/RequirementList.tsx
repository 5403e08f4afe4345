/**
 * A progress check as a list a student can follow: each requirement (indented under its parent)
 * with its status, credits required, earned, in progress and planned, the counselor's exception,
 * its sentence, and each course that counts with its own sentence.
 */
import type { TProgressCheck } from '../../contracts/progress.ts';
import { formatMessage, type Messages } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { Sentence, Title } from './Sentence.tsx';
import { TransferMark } from './TransferCredits.tsx';

export const statusText = (t: Messages, status: TProgressCheck['status']) => t[`status_${status}`];

export function StatusBadge({ status }: { status: TProgressCheck['status'] }) {
  const { t } = useLang();
  return <span className={`pr-status pr-status--${status}`}>{statusText(t, status)}</span>;
}

export function RequirementList(props: {
  check: TProgressCheck;
  idPrefix: string;
  brief?: boolean;
}) {
  const { check, idPrefix } = props;
  const { lang, t } = useLang();
  return (
    <ul className="pr-list">
      {check.requirements.map((r) => {
        // A set may count years of coursework (UC a-g) rather than credits.
        const unit = r.required.unit === 'years' ? t.prYears : t.planCredits;
        const credits = (n: number) =>
          formatMessage(lang, unit, { credits: Math.round(n * 100) / 100 });
        return (
          <li
            key={r.id}
            className={`pr-node pr-node--depth-${Math.min(r.depth, 3)}`}
            aria-labelledby={`${idPrefix}-${r.id}`}
          >
            <p className="pr-node__head">
              <strong id={`${idPrefix}-${r.id}`}>
                <Title text={r.title} lang={r.titleLang} />
              </strong>{' '}
              <StatusBadge status={r.status} />
            </p>
            {r.type === 'min_gpa' ? (
              <p className="pr-node__credits">
                {formatMessage(lang, t.prGpa, {
                  gpa: r.gpa == null ? '—' : r.gpa.toFixed(2),
                  required: (r.required.gpa ?? 0).toFixed(2),
                })}
              </p>
            ) : (
              <p className="pr-node__credits">
                {r.required.credits !== null && (
                  <>
                    {t.prRequired}: {credits(r.required.credits)} ·{' '}
                  </>
                )}
                {t.prEarned}: {credits(r.earned)}
                {r.inProgress > 0 && (
                  <>
                    {' '}
                    · {t.prInProgress}: {credits(r.inProgress)}
                  </>
                )}
                {r.planned > 0 && (
                  <>
                    {' '}
                    · {t.prPlanned}: {credits(r.planned)}
                  </>
                )}
              </p>
            )}
            <p className="pr-node__sentence">
              <Sentence parts={r.sentenceParts} />
            </p>
            {r.exception && (
              <p className="plan-notice">
                {formatMessage(lang, t.prException, {
                  kind: t[`ex_${r.exception.kind}`],
                  reason: r.exception.reason,
                })}
              </p>
            )}
            {!props.brief && r.courses.length > 0 && (
              <>
                {r.titleLang !== lang && (
                  <span id={`${idPrefix}-${r.id}-courses`} hidden>
                    {t.prCourses}:
                  </span>
                )}
                <ul
                  className="pr-courses"
                  {...(r.titleLang === lang
                    ? { 'aria-label': `${t.prCourses}: ${r.title}` }
                    : // An English title cannot be marked inside an attribute: the list is named
                      // by the words and the visible title (lang="en") themselves.
                      { 'aria-labelledby': `${idPrefix}-${r.id}-courses ${idPrefix}-${r.id}` })}
                >
                  {r.courses.map((c) => (
                    <li key={c.attemptKey}>
                      <Sentence parts={c.sentenceParts} />
                      {c.transfer && (
                        <>
                          {' '}
                          <TransferMark earnedAt={c.transfer.earnedAt} />
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
