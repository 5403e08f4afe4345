/** The editor's goals: a career goal, a goal after high school and yearly benchmarks. */
import { useId } from 'react';
import { POSTSECONDARY_GOALS, type TPlan, type TPlanGoals } from '../../contracts/plans.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';

type Benchmark = TPlanGoals['benchmarks'][number];
type Kind = (typeof POSTSECONDARY_GOALS)[number];
const GRADES = [9, 10, 11, 12];

export function EditorGoals(props: {
  goals: TPlanGoals;
  /** The pathway's occupations, suggested as career goals (picking one keeps its code). */
  careers: TPlan['careerChoices'];
  onChange: (goals: TPlanGoals, said?: string) => void;
}) {
  const { goals, onChange } = props;
  const { lang, t } = useLang();
  const id = useId();
  const post = goals.postsecondary;
  const setBenchmark = (index: number, change: Partial<Benchmark>) =>
    onChange({
      ...goals,
      benchmarks: goals.benchmarks.map((b, i) => (i === index ? { ...b, ...change } : b)),
    });
  return (
    <fieldset className="plan-edit-goals">
      <legend>{t.planGoals}</legend>
      <label htmlFor={`${id}-career`}>{t.edCareer}</label>
      <input
        id={`${id}-career`}
        type="text"
        maxLength={200}
        list={props.careers.length > 0 ? `${id}-careers` : undefined}
        aria-describedby={props.careers.length > 0 ? `${id}-careers-hint` : undefined}
        value={goals.career?.title ?? ''}
        onChange={(e) => {
          const title = e.target.value;
          const picked = props.careers.find((c) => c.title === title);
          onChange({
            ...goals,
            career: title ? { title, ...(picked ? { soc: picked.soc } : {}) } : null,
          });
        }}
      />
      {props.careers.length > 0 && (
        <>
          <p id={`${id}-careers-hint`} className="plan-muted">
            {t.psCareerHint}
          </p>
          <datalist id={`${id}-careers`}>
            {props.careers.map((c) => (
              <option key={c.soc} value={c.title} />
            ))}
          </datalist>
        </>
      )}
      <label htmlFor={`${id}-kind`}>{t.edPostKind}</label>
      <select
        id={`${id}-kind`}
        value={post?.kind ?? ''}
        onChange={(e) =>
          onChange({
            ...goals,
            postsecondary: e.target.value
              ? { kind: e.target.value as Kind, text: post?.text ?? '' }
              : null,
          })
        }
      >
        <option value="">{t.edNone}</option>
        {POSTSECONDARY_GOALS.map((kind) => (
          <option key={kind} value={kind}>
            {t[`goal_${kind}`]}
          </option>
        ))}
      </select>
      {post && (
        <>
          <label htmlFor={`${id}-post`}>{t.edPostText}</label>
          <input
            id={`${id}-post`}
            type="text"
            maxLength={300}
            required
            value={post.text}
            onChange={(e) =>
              onChange({ ...goals, postsecondary: { kind: post.kind, text: e.target.value } })
            }
          />
        </>
      )}
      <fieldset className="plan-edit-benchmarks">
        <legend>{t.edBenchmarks}</legend>
        {goals.benchmarks.map((b, index) => {
          const n = index + 1;
          return (
            <fieldset key={index} className="plan-edit-row">
              <legend>{formatMessage(lang, t.edBenchmark, { n })}</legend>
              <label htmlFor={`${id}-b${n}-grade`}>{t.edGrade}</label>
              <select
                id={`${id}-b${n}-grade`}
                value={b.grade}
                onChange={(e) => setBenchmark(index, { grade: Number(e.target.value) })}
              >
                {GRADES.map((grade) => (
                  <option key={grade} value={grade}>
                    {formatMessage(lang, t.edGradeOption, { grade })}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-b${n}-text`}>{t.edBenchmarkText}</label>
              <input
                id={`${id}-b${n}-text`}
                type="text"
                maxLength={300}
                required
                value={b.text}
                onChange={(e) => setBenchmark(index, { text: e.target.value })}
              />
              <label className="plan-check">
                <input
                  type="checkbox"
                  checked={b.done}
                  onChange={(e) => setBenchmark(index, { done: e.target.checked })}
                />{' '}
                {t.edBenchmarkDone}
              </label>
              <button
                type="button"
                className="button-secondary"
                onClick={() =>
                  onChange({ ...goals, benchmarks: goals.benchmarks.filter((_, i) => i !== index) })
                }
              >
                {formatMessage(lang, t.edRemoveBenchmark, { n })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            onChange({
              ...goals,
              benchmarks: [...goals.benchmarks, { grade: 9, text: '', done: false }],
            })
          }
        >
          {t.edAddBenchmark}
        </button>
      </fieldset>
    </fieldset>
  );
}
