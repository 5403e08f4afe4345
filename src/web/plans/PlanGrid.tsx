/**
 * The plan's courses as a grid by year, like the program-of-study diagram: grades 9 to 12, then
 * the program's postsecondary years, side by side on a wide screen and on paper, stacked by year
 * under 600 px (plans.css). A course with a problem carries the reason beside it. Each grade's
 * credentials (★) and work-based learning (◆) follow its courses, drawn by the program diagram's
 * own PosSide and explained by its PosLegend; each year's choices of credentials ("earn 1 of"),
 * high school and college, show every option with the plan's picks marked.
 */
import { Link } from 'react-router-dom';
import type { TLang } from '../../contracts/framework.ts';
import { SECONDARY_LEVELS, type TPlan, type TPlanOptions } from '../../contracts/plans.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { PosLegend } from '../components/PosDiagram.tsx';
import { formatMessage } from '../i18n.ts';
import { occupationPath } from '../paths.ts';
import { useLang } from '../use-lang.ts';
import { catalogOf, courseCodeOf, courseTitle, courseTitleLang } from './plan-draft.ts';
import { PlanCredentialChoices } from './PlanCredentialChoices.tsx';
import { PlanYearMarks } from './PlanYearMarks.tsx';

export function PlanGrid({ plan, options }: { plan: TPlan; options: TPlanOptions }) {
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  const catalog = catalogOf(options);
  const credentials = new Map(options.credentials.map((c) => [c.id, c]));
  const other = (titleLang: TLang) => (titleLang !== lang ? titleLang : undefined);
  const problems = (courseId: string, level: string) =>
    plan.findings.filter((f) => f.courseId === courseId && f.level === level);
  const years = plan.postsecondary.length;
  return (
    <section aria-labelledby="plan-years" className="plan-section">
      <h2 id="plan-years">{t.planYears}</h2>
      <div className={`plan-grid plan-grid--${Math.min(4 + years, 8)}`}>
        {SECONDARY_LEVELS.map((level) => {
          const courses = plan.courses.filter((c) => c.level === level);
          return (
            <section key={level} className="plan-year" aria-labelledby={`plan-${level}`}>
              <h3 id={`plan-${level}`}>{labels.level[level]}</h3>
              {courses.length === 0 ? (
                <p className="plan-muted">{t.planNoCourses}</p>
              ) : (
                <ul className="plan-courses">
                  {courses.map((c) => (
                    <li
                      key={`${c.courseId}-${c.level}`}
                      className={c.kind === 'cte' ? 'plan-course plan-course--cte' : 'plan-course'}
                    >
                      <span className="plan-course__title" lang={other(c.titleLang)}>
                        {c.title}
                      </span>{' '}
                      <span className="plan-course__code">{c.code}</span>{' '}
                      <span className="plan-course__credits">
                        {formatMessage(lang, t.planCredits, { credits: c.credits })}
                      </span>
                      {c.kind === 'cte' && <span className="badge badge--cte">{t.planCte}</span>}
                      {c.dualCredit && <span className="badge badge--early">{t.planDual}</span>}
                      {problems(c.courseId, c.level).map((f) => (
                        <span key={f.rule} className="plan-problem">
                          <span aria-hidden="true">⚠ </span>
                          {f.message}
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              )}
              <PlanYearMarks plan={plan} level={level} label={labels.level[level]} />
              <PlanCredentialChoices plan={plan} level={level} />
            </section>
          );
        })}
        {plan.postsecondary.map((step, at) => (
          // A year split into terms has one step per term: the term names each, and the place
          // keeps their ids apart.
          <section
            key={`${step.level}-${at}`}
            className="plan-year plan-year--after"
            aria-labelledby={`plan-${step.level}-${at}`}
          >
            <h3 id={`plan-${step.level}-${at}`}>
              {labels.level[step.level]}
              {step.term && step.term !== 'year' ? ` · ${labels.term[step.term]}` : ''}
            </h3>
            <ul className="plan-courses">
              {step.courses.map((courseId) => {
                const course = catalog.get(courseId);
                return (
                  <li key={courseId} className="plan-course">
                    <span className="plan-course__title" lang={courseTitleLang(course, lang)}>
                      {courseTitle(course, courseId, lang)}
                    </span>
                    {course && <span className="plan-course__code"> {courseCodeOf(course)}</span>}
                  </li>
                );
              })}
              {step.credentials.map((id) => (
                <li key={id} className="plan-credential">
                  <span aria-hidden="true">★ </span>
                  <span lang={other(credentials.get(id)?.titleLang ?? lang)}>
                    {credentials.get(id)?.title ?? id}
                  </span>
                </li>
              ))}
              {step.workBasedLearning.map((w, index) => (
                <li key={`wbl-${index}`} className="plan-credential">
                  <span aria-hidden="true">◆ </span>
                  {labels.words.workBasedLearning}: {w.title}
                </li>
              ))}
            </ul>
            {/* A year of two terms is two steps: its choices show once, under the first. */}
            {plan.postsecondary.findIndex((s) => s.level === step.level) === at && (
              <PlanCredentialChoices plan={plan} level={step.level} />
            )}
          </section>
        ))}
      </div>
      {plan.postsecondary.length > 0 && <p className="plan-muted">{t.planAfter}</p>}
      <PosLegend />
      {plan.exitPoints.length > 0 && (
        <>
          <h3>{t.planPoints}</h3>
          <ul className="plan-points">
            {plan.exitPoints.map((p) => (
              <li key={`${p.point}-${p.soc}`}>
                <strong>{labels.point[p.point]}:</strong>{' '}
                <Link to={occupationPath(lang, p.soc)} lang={other(p.titleLang)}>
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
