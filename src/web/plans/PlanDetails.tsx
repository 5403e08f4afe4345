/** The plan's goals, its checks (each problem with its reason) and its version history. */
import { Link } from 'react-router-dom';
import type { TPlan } from '../../contracts/plans.ts';
import { formatMessage, type Messages } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { planPath } from './plan-paths.ts';

const locale = (lang: 'en' | 'es') => (lang === 'es' ? 'es-US' : 'en-US');

/** "November 26, 2026", "26 de noviembre de 2026": never 11/26 against 26/11. */
export const dateText = (iso: string, lang: 'en' | 'es') =>
  new Date(iso).toLocaleDateString(locale(lang), { dateStyle: 'long', timeZone: 'UTC' });

type SignerRole = 'student' | 'guardian' | 'counselor';

export const roleText = (t: Messages, role: SignerRole) => t[`role_${role}`];

/** Roles inside a sentence, as a list: "Guardian and Counselor", "el padre o tutor y el consejero escolar". */
export const roleList = (t: Messages, lang: 'en' | 'es', roles: readonly SignerRole[]) =>
  new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(
    roles.map((r) => t[`roleIn_${r}`]),
  );

export function PlanGoals({ plan }: { plan: TPlan }) {
  const { lang, t } = useLang();
  const { career, postsecondary, benchmarks } = plan.goals;
  const grades = [...new Set(benchmarks.map((b) => b.grade))].sort((a, b) => a - b);
  return (
    <section aria-labelledby="plan-goals" className="plan-section">
      <h2 id="plan-goals">{t.planGoals}</h2>
      <dl className="plan-goals">
        <dt>{t.planCareerGoal}</dt>
        <dd>{career ? career.title : t.planNoGoal}</dd>
        <dt>{t.planPostGoal}</dt>
        <dd>
          {postsecondary
            ? `${t[`goal_${postsecondary.kind}`]}: ${postsecondary.text}`
            : t.planNoGoal}
        </dd>
        <dt>{t.planBenchmarks}</dt>
        <dd>
          {benchmarks.length === 0 ? (
            t.planNoGoal
          ) : (
            <ul className="plan-benchmarks">
              {grades.map((grade) => (
                <li key={grade}>
                  <strong>{formatMessage(lang, t.planBenchmarkGrade, { grade })}:</strong>{' '}
                  {benchmarks
                    .filter((b) => b.grade === grade)
                    .map((b) => (b.done ? `${b.text} (${t.planBenchmarkDone})` : b.text))
                    .join('; ')}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

export function PlanChecks({ plan }: { plan: TPlan }) {
  const { lang, t } = useLang();
  return (
    <section aria-labelledby="plan-checks" className="plan-section">
      <h2 id="plan-checks">{t.planChecks}</h2>
      {plan.findings.length === 0 ? (
        <p>{t.planNoProblems}</p>
      ) : (
        <>
          <p>{formatMessage(lang, t.planProblemCount, { count: plan.findings.length })}</p>
          <ul className="plan-findings">
            {plan.findings.map((f, index) => (
              <li key={index}>{f.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function PlanHistory({ plan, studentId }: { plan: TPlan; studentId: string }) {
  const { lang, t } = useLang();
  return (
    <section aria-labelledby="plan-history" className="plan-section plan-history">
      <h2 id="plan-history">{t.planHistory}</h2>
      <ol reversed>
        {[...plan.history].reverse().map((h) => {
          const label = formatMessage(lang, t.planHistoryItem, {
            version: h.version,
            date: dateText(h.createdAt, lang),
          });
          const signed = h.signedBy.length
            ? formatMessage(lang, t.planHistorySigned, {
                roles: roleList(t, lang, h.signedBy as SignerRole[]),
              })
            : t.planHistoryUnsigned;
          return (
            <li key={h.version}>
              {h.version === plan.version ? (
                <strong aria-current="page">{label}</strong>
              ) : (
                <Link to={planPath(lang, studentId, h.version)}>{label}</Link>
              )}{' '}
              ({signed})
            </li>
          );
        })}
      </ol>
    </section>
  );
}
