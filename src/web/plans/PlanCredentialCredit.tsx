/**
 * The college credit a plan's credential would bring, after the credential: the diagram's words
 * ("⇄ Credential credit: transfers to CS 161 (4 cr) at Riverside Valley CC") and the agreement's
 * dates, so a student sees until when it holds; credit the records show earned says so, with the
 * day the credential was earned.
 */
import type { TPlanCredentialCredit } from '../../contracts/plan-credential-choices.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { credentialCreditText } from '../../domain/program/pos-texts.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { planCredentialChoicesText } from './i18n-plan-credential-choices.ts';

const day = (lang: string, iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });

export function PlanCredentialCredit({ credits }: { credits: readonly TPlanCredentialCredit[] }) {
  const { lang } = useLang();
  const labels = posLabels(lang);
  const t = planCredentialChoicesText(lang);
  return (
    <>
      {credits.map((credit) => (
        <span key={credit.id} className="pos-early">
          {' '}
          <span className="badge badge--early">
            <span aria-hidden="true">⇄ </span>
            {labels.agreement[credit.type]}
          </span>{' '}
          {credentialCreditText(lang, credit)} ·{' '}
          {credit.earnedOn
            ? formatMessage(lang, t.ccEarned, { date: day(lang, credit.earnedOn) })
            : credit.effectiveTo
              ? formatMessage(lang, t.ccTermsFromTo, {
                  from: day(lang, credit.effectiveFrom),
                  to: day(lang, credit.effectiveTo),
                })
              : formatMessage(lang, t.ccTermsFrom, { from: day(lang, credit.effectiveFrom) })}
        </span>
      ))}
    </>
  );
}
