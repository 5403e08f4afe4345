/**
 * Taking the Interest Profiler: one screenful of items per page, five worded answers per item
 * (radio buttons: arrow keys choose, Tab moves on), progress as "24 of 60", and every answer
 * kept in the browser as it is given so a closed tab resumes at the first unanswered item.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { TProfilerForm } from '../../contracts/interests.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { firstUnanswered } from './progress.ts';
import { usePageSize } from './use-page-size.ts';

export interface SurveyProps {
  form: TProfilerForm;
  answers: Record<string, number>;
  onAnswer: (itemId: string, value: number) => void;
  onFinish: () => void;
}

export function Survey({ form, answers, onAnswer, onFinish }: SurveyProps) {
  const { lang, t } = useLang();
  const size = usePageSize();
  const ids = form.items.map((i) => i.id);
  const [start, setStart] = useState(
    () => Math.floor(Math.min(firstUnanswered(ids, answers), ids.length - 1) / size) * size,
  );
  const [missing, setMissing] = useState(false);
  const [moved, setMoved] = useState(0);
  const pageStart = Math.floor(start / size) * size;
  const page = form.items.slice(pageStart, pageStart + size);
  const last = pageStart + size >= form.items.length;
  const answered = ids.filter((id) => answers[id] !== undefined).length;

  // The survey is drawn only when the person starts or resumes it, and each page replaces the
  // buttons they pressed: focus goes to the page's first unanswered item (else its first item),
  // on the answer already chosen, so it is never left on the page's body.
  useEffect(() => {
    const item = page.find((i) => answers[i.id] === undefined) ?? page[0];
    if (item) document.getElementById(`ip-${item.id}-${answers[item.id] ?? 1}`)?.focus();
    // Only when the page changes (or first appears), not on every answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [moved]);

  const go = (to: number) => {
    setMissing(false);
    setStart(to);
    setMoved((n) => n + 1);
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    const gap = page.find((item) => answers[item.id] === undefined);
    if (gap) {
      setMissing(true);
      document.getElementById(`ip-${gap.id}-1`)?.focus();
      return;
    }
    if (last) onFinish();
    else go(pageStart + size);
  };

  return (
    <form className="ip-survey" onSubmit={next} noValidate>
      <p className="ip-progress" id="ip-progress">
        {t.ipProgressLabel}:{' '}
        {formatMessage(lang, t.ipProgress, { count: answered, total: ids.length })}
      </p>
      <progress max={ids.length} value={answered} aria-labelledby="ip-progress" />
      <p className="ip-hint">{t.ipQuestionHint}</p>
      {page.map((item) => (
        <fieldset key={item.id} className="ip-item">
          <legend>{item.text}</legend>
          <div className="ip-answers">
            {form.answers.map((answer) => (
              <label key={answer.value} className="ip-answer">
                <input
                  id={`ip-${item.id}-${answer.value}`}
                  type="radio"
                  name={`ip-${item.id}`}
                  value={answer.value}
                  checked={answers[item.id] === answer.value}
                  onChange={() => onAnswer(item.id, answer.value)}
                />
                <span>{answer.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {missing && (
        <p className="ip-missing" role="alert">
          {t.ipAnswerFirst}
        </p>
      )}
      <div className="ip-nav">
        {pageStart > 0 && (
          <button type="button" className="button-secondary" onClick={() => go(pageStart - size)}>
            {t.ipBack}
          </button>
        )}
        <button type="submit">{last ? t.ipFinish : t.ipNext}</button>
      </div>
    </form>
  );
}
