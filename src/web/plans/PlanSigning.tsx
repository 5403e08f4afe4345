/**
 * Who signed this version (role, date, language read in), who still has to, the note that an
 * edit after signing needs signing again, and the sign button for the student, a guardian or the
 * counselor on the current version. A guardian on the Spanish page signs in Spanish.
 */
import { useState } from 'react';
import type { TPlan } from '../../contracts/plans.ts';
import type { Role } from '../../domain/auth/roles.ts';
import { errorText } from '../error-text.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { dateText, roleList, roleText } from './PlanDetails.tsx';
import { signPlan } from './plans-api.ts';

const SIGNERS = ['student', 'guardian', 'counselor'] as const;

export function PlanSigning(props: {
  plan: TPlan;
  studentId: string;
  role: Role | null;
  onSigned: (plan: TPlan) => void;
}) {
  const { plan } = props;
  const { lang, t } = useLang();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signer = SIGNERS.find((r) => r === props.role);
  const current = plan.version === plan.currentVersion;
  const previous = plan.history.find((h) => h.version === plan.version - 1);
  const needsAgain = plan.signatures.length === 0 && (previous?.signedBy.length ?? 0) > 0;
  const sign = () => {
    setBusy(true);
    signPlan(props.studentId, plan.version, lang).then(
      (signed) => {
        setBusy(false);
        setStatus(formatMessage(lang, t.planSignedNow, { version: signed.version }));
        props.onSigned(signed);
      },
      (error: unknown) => {
        setBusy(false);
        setStatus(errorText(t, error));
      },
    );
  };
  return (
    <section aria-labelledby="plan-signatures" className="plan-section">
      <h2 id="plan-signatures">{t.planSignatures}</h2>
      {needsAgain && <p className="plan-notice">{t.planSignAgain}</p>}
      {plan.signatures.length > 0 && (
        <ul className="plan-signatures">
          {plan.signatures.map((s) => (
            <li key={s.role}>
              {formatMessage(lang, t.planSignedBy, {
                role: roleText(t, s.role),
                version: plan.version,
                date: dateText(s.signedAt, lang),
                lang: t[`lang_${s.lang}`],
              })}
            </li>
          ))}
        </ul>
      )}
      <p>
        {plan.unsigned.length === 0
          ? t.planAllSigned
          : formatMessage(lang, t.planStillToSign, {
              roles: roleList(t, lang, plan.unsigned),
            })}
      </p>
      {signer && current && plan.unsigned.includes(signer) && (
        <div className="plan-sign">
          <p>{t.planSignNote}</p>
          <button type="button" onClick={sign} disabled={busy}>
            {formatMessage(lang, t.planSign, {
              version: plan.version,
              role: roleText(t, signer),
            })}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" className="plan-status">
        {status}
      </p>
    </section>
  );
}
