/** One version of a plan: what it starts from, its review mark, links, grid, goals and sign-offs. */
import { Link } from 'react-router-dom';
import type { TPlan, TPlanOptions } from '../../contracts/plans.ts';
import { mayAttempt } from '../../domain/auth/policy.ts';
import type { Role } from '../../domain/auth/roles.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { dateText, PlanChecks, PlanGoals, PlanHistory } from './PlanDetails.tsx';
import { PlanChoices } from './PlanChoices.tsx';
import { PlanGrid } from './PlanGrid.tsx';
import { planEditPath, planPath, progressPath, whatIfPath } from './plan-paths.ts';
import { planExportUrl } from './plans-api.ts';
import { PlanSigning } from './PlanSigning.tsx';
import { PlanStart } from './PlanStart.tsx';
import { TitledMessage } from './Sentence.tsx';
import { appUrl } from '../base-path.ts';

export function PlanView(props: {
  plan: TPlan;
  options: TPlanOptions;
  studentId: string;
  role: Role | null;
  onSigned: (plan: TPlan) => void;
  /** A plan started over from another program or pathway. */
  onStarted: (plan: TPlan) => void;
}) {
  const { plan, studentId, role } = props;
  const { lang, t } = useLang();
  const current = plan.version === plan.currentVersion;
  const canEdit = role !== null && mayAttempt(role, 'plan.write');
  return (
    <>
      <p className="plan-meta">
        <strong>
          {plan.programId ? (
            <TitledMessage
              template={t.planProgram}
              title={plan.programTitle}
              titleLang={plan.programTitleLang}
            />
          ) : (
            formatMessage(lang, t.psPathway, { title: plan.programTitle })
          )}
        </strong>
        {plan.programId && plan.pathway && (
          <>
            {' · '}
            {formatMessage(lang, t.psPathway, { title: plan.pathway.title })}
          </>
        )}
        {' · '}
        {formatMessage(lang, t.planVersion, {
          version: plan.version,
          current: plan.currentVersion,
        })}
      </p>
      {!current && (
        <p className="plan-notice">
          {t.planOldVersion} <Link to={planPath(lang, studentId)}>{t.planSeeCurrent}</Link>
        </p>
      )}
      {plan.reviewDue ? (
        <p className="plan-notice plan-review-due">{t.planReviewDue}</p>
      ) : (
        plan.reviewedAt && (
          <p>{formatMessage(lang, t.planReviewedOn, { date: dateText(plan.reviewedAt, lang) })}</p>
        )
      )}
      <nav aria-label={t.planTitle} className="plan-actions">
        <ul>
          {canEdit && current && (
            <li>
              <Link to={planEditPath(lang, studentId)}>{t.planEdit}</Link>
            </li>
          )}
          <li>
            <Link to={progressPath(lang, studentId)}>{t.planProgressLink}</Link>
          </li>
          <li>
            <Link to={whatIfPath(lang, studentId)}>{t.planWhatIfLink}</Link>
          </li>
          {current && (
            <>
              <li>
                <a href={appUrl(planExportUrl(studentId, 'pdf', lang))} download>
                  {t.planExportPdf}
                </a>
              </li>
              <li>
                <a href={appUrl(planExportUrl(studentId, 'json', lang))} download>
                  {t.planExportJson}
                </a>
              </li>
            </>
          )}
        </ul>
      </nav>
      <PlanGrid plan={plan} options={props.options} />
      <PlanChoices plan={plan} />
      <div className="plan-columns">
        <PlanGoals plan={plan} />
        <PlanChecks plan={plan} />
        <PlanSigning plan={plan} studentId={studentId} role={role} onSigned={props.onSigned} />
        <PlanHistory plan={plan} studentId={studentId} />
      </div>
      {canEdit && current && (
        <PlanStart
          studentId={studentId}
          options={props.options}
          role={role}
          again
          onStarted={props.onStarted}
        />
      )}
    </>
  );
}
