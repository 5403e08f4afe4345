/**
 * A grade's or college year's choices of credentials on the plan grid: "Earn 1 of 2 (note):" with
 * every option under it (★), the plan's picks marked "picked" in words, and how many are still to
 * pick when the student has left the choice open; each option with the college credit it would
 * bring.
 */
import type { TPlan } from '../../contracts/plans.ts';
import { earnText } from '../../domain/program/pos-texts.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { planCredentialChoicesText } from './i18n-plan-credential-choices.ts';
import { PlanCredentialCredit } from './PlanCredentialCredit.tsx';

export function PlanCredentialChoices(props: { plan: TPlan; level: string }) {
  const { lang } = useLang();
  const t = planCredentialChoicesText(lang);
  const choices = props.plan.credentialChoices.filter((c) => c.level === props.level);
  if (choices.length === 0) return null;
  const other = (l: string | undefined) => (l && l !== lang ? l : undefined);
  return (
    <ul className="pos-side plan-credential-choices">
      {choices.map((choice, index) => {
        const left = choice.choose - choice.picked.length;
        return (
          <li key={index} className="pos-choice">
            <span className="pos-choice__title">
              {earnText(lang, { choose: choice.choose, of: choice.options.length })}
              {choice.note && (
                <>
                  {' '}
                  (<span lang={other(choice.noteLang)}>{choice.note}</span>)
                </>
              )}
              :
            </span>
            <ul className="pos-side pos-choice__courses">
              {choice.options.map((option) => {
                const picked = choice.picked.includes(option.credentialId);
                return (
                  <li
                    key={option.credentialId}
                    className={picked ? 'pos-credential plan-picked' : 'pos-credential'}
                  >
                    <span aria-hidden="true">★ </span>
                    <span lang={other(option.titleLang)}>
                      {picked ? <strong>{option.title}</strong> : option.title}
                    </span>
                    {picked && <span className="badge">{t.ccIsPicked}</span>}
                    {option.earlyCredit && <PlanCredentialCredit credits={option.earlyCredit} />}
                  </li>
                );
              })}
            </ul>
            {left > 0 && (
              <p className="plan-choice-status">{formatMessage(lang, t.ccOpen, { count: left })}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
