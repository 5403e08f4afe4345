/**
 * The plan page's choices of courses: each "choose N of" of the program with its options, the
 * picked ones said so, and how many are still to pick. The grid shows the picks in their grades;
 * this list is left out of the printed plan (the grid is what prints).
 */
import type { TPlan } from '../../contracts/plans.ts';
import { chooseText } from '../../domain/program/pos-texts.ts';
import { fillNodes } from '../catalog/catalog-parts.tsx';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { planChoicesText } from './i18n-plan-choices.ts';

const gradeOf = (level: string) => Number(level.replace('grade-', ''));

export function PlanChoices(props: { plan: TPlan }) {
  const { lang } = useLang();
  const t = planChoicesText(lang);
  if (props.plan.choices.length === 0) return null;
  return (
    <section aria-labelledby="plan-choices" className="plan-choices">
      <h2 id="plan-choices">{t.chTitle}</h2>
      <ul>
        {props.plan.choices.map((choice, index) => {
          const left = choice.choose - choice.picked.length;
          return (
            <li key={index}>
              <strong>
                {formatMessage(lang, t.chLegend, {
                  grade: gradeOf(choice.level),
                  choose: chooseText(lang, { choose: choice.choose, of: choice.options.length }),
                })}
              </strong>
              {choice.note && (
                <>
                  {' '}
                  (
                  <span lang={choice.noteLang === lang ? undefined : choice.noteLang}>
                    {choice.note}
                  </span>
                  )
                </>
              )}
              <ul>
                {choice.options.map((option) => {
                  const name = (
                    <span lang={option.titleLang === lang ? undefined : option.titleLang}>
                      {option.title} ({option.code})
                    </span>
                  );
                  return (
                    <li key={option.courseId}>
                      {choice.picked.includes(option.courseId) ? (
                        <strong>{fillNodes(lang, t.chIsPicked, { option: name })}</strong>
                      ) : (
                        name
                      )}
                    </li>
                  );
                })}
              </ul>
              {left > 0 && (
                <p className="plan-notice">{formatMessage(lang, t.chOpen, { count: left })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
