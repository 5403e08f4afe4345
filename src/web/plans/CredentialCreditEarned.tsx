/**
 * On the progress page: the credentials the student's records name, with the day each was earned,
 * the college credit counted through credential-credit agreements in force that day, and each
 * agreement that brought none with why. Nothing when the records name no credential (a yes/no
 * fact names none).
 */
import type { TCredentialCreditEarned } from '../../contracts/credential-credit-earned.ts';
import type { TLang } from '../../contracts/framework.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { credentialCreditEarnedText } from './i18n-credential-credit-earned.ts';

const day = (lang: TLang, iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });

/** A title, marked English inside a Spanish page when only the English one is written. */
function Titled({ title, titleLang, lang }: { title: string; titleLang: TLang; lang: TLang }) {
  return titleLang === lang ? <>{title}</> : <span lang={titleLang}>{title}</span>;
}

export function CredentialCreditEarned({
  credit,
}: {
  /** Absent from an answer of a server older than the field. */
  credit: TCredentialCreditEarned | undefined;
}) {
  const { lang } = useLang();
  const t = credentialCreditEarnedText(lang);
  if (!credit || credit.credentials.length === 0) return null;
  const counted = new Map<string, TCredentialCreditEarned['counted']>();
  for (const line of credit.counted)
    counted.set(line.credential.id, [...(counted.get(line.credential.id) ?? []), line]);
  return (
    <section aria-labelledby="pr-credential-credit" className="plan-section">
      <h2 id="pr-credential-credit">{t.ceTitle}</h2>
      <p>{t.ceIntro}</p>
      <ul>
        {credit.credentials.map(({ credential, earnedOn }) => (
          <li key={credential.id}>
            <Titled {...credential} lang={lang} />,{' '}
            {formatMessage(lang, t.ceEarned, { date: day(lang, earnedOn) })}
            {(counted.get(credential.id) ?? []).map((line) => (
              <span key={line.agreementId}>
                {' '}
                · {line.course.code} <Titled {...line.course} lang={lang} />:{' '}
                {formatMessage(lang, t.ceCredit, {
                  credits: line.credits,
                  institution: line.institution,
                })}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <p>
        <strong>{formatMessage(lang, t.ceTotal, { credits: credit.credits })}</strong>
      </p>
      {credit.notCounted.length > 0 && (
        <>
          <h3>{t.ceNotCounted}</h3>
          <ul>
            {credit.notCounted.map((line) => (
              <li key={`${line.credential.id}-${line.agreementId}`}>{line.sentence}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
