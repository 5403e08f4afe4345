/**
 * A counselor records an exception to one requirement of the check: substitute (a course counts
 * toward it), waive, or force complete, always with a reason. The API audits it; the check shows it.
 */
import { useId, useState, type FormEvent } from 'react';
import type { TStudentProgress } from '../../contracts/progress.ts';
import { errorText } from '../error-text.ts';
import { useLang } from '../use-lang.ts';
import { addException } from './plans-api.ts';

const KINDS = ['substitute', 'waive', 'force_complete'] as const;

export function ExceptionForm(props: {
  progress: TStudentProgress;
  studentId: string;
  onAdded: () => void;
}) {
  const { check } = props.progress;
  const { t } = useLang();
  const id = useId();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('waive');
  const [nodeId, setNodeId] = useState(check.requirements[0]?.id ?? '');
  const attempts = [
    ...check.requirements.flatMap((r) => r.courses),
    ...check.unused,
    ...check.notCounted,
  ].filter((a, i, all) => all.findIndex((b) => b.attemptKey === a.attemptKey) === i);
  const [attemptKey, setAttemptKey] = useState(attempts[0]?.attemptKey ?? '');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    addException(props.studentId, {
      kind,
      nodeId,
      reason,
      set: check.setId,
      ...(kind === 'substitute' ? { attemptKey } : {}),
    }).then(
      () => {
        setStatus({ text: t.exDone, error: false });
        setReason('');
        props.onAdded();
      },
      (error: unknown) => setStatus({ text: errorText(t, error), error: true }),
    );
  };
  return (
    <section aria-labelledby={`${id}-h`} className="plan-section pr-exception-form">
      <h2 id={`${id}-h`}>{t.exTitle}</h2>
      <form onSubmit={submit}>
        <label htmlFor={`${id}-node`}>{t.exNode}</label>
        <select id={`${id}-node`} value={nodeId} onChange={(e) => setNodeId(e.target.value)}>
          {check.requirements.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-kind`}>{t.exKind}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t[`exKind_${k}`]}
            </option>
          ))}
        </select>
        {kind === 'substitute' && (
          <>
            <label htmlFor={`${id}-attempt`}>{t.exAttempt}</label>
            <select
              id={`${id}-attempt`}
              value={attemptKey}
              onChange={(e) => setAttemptKey(e.target.value)}
            >
              {attempts.map((a) => (
                <option key={a.attemptKey} value={a.attemptKey}>
                  {a.title} ({a.code})
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={`${id}-reason`}>{t.exReason}</label>
        <textarea
          id={`${id}-reason`}
          required
          minLength={3}
          maxLength={500}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <button type="submit">{t.exSubmit}</button>
        <p
          role={status?.error ? 'alert' : 'status'}
          className={status?.error ? 'plan-error' : 'plan-status'}
        >
          {status?.text}
        </p>
      </form>
    </section>
  );
}
