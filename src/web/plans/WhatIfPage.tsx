/**
 * /students/:id/what-if?with=SET: the progress check now and against another requirement set or
 * program of study (program:ID), side by side (stacked on a phone). Nothing is saved: the choice
 * lives in the address.
 */
import { useCallback, useId, useRef, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import { useAddressDraft } from '../use-address-draft.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { planPath, progressPath, whatIfPath } from './plan-paths.ts';
import { fetchPlanOptions, fetchProgress } from './plans-api.ts';
import { RequirementList, statusText } from './RequirementList.tsx';
import { whatIfChoice } from './what-if-choice.ts';
import { EnglishTitlesNote, TitledMessage } from './Sentence.tsx';
import './plans.css';
import './plans-print.css';

export function WhatIfPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const other = params.get('with');
  const { lang, t } = useLang();
  const navigate = useNavigate();
  const formId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useApi(
    useCallback(
      (signal: AbortSignal) =>
        Promise.all([fetchPlanOptions(id, lang, signal), fetchProgress(id, lang, other, signal)]),
      [id, lang, other],
    ),
  );
  // The set chosen in the list, or null: the one the address compares with. The address changed
  // (Back, Forward, a link): the list shows the set now compared with, for the student named.
  const {
    draft: choice,
    setDraft: setChoice,
    apply,
  } = useAddressDraft<string | null>(null, `${id}?${other ?? ''}`);
  usePageSetup(state.status === 'loading' ? null : t.wiTitle, heading);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  const [options, progress] = state.data;
  const sets = options.requirementSets.filter((s) => s.id !== progress.check.setId);
  const selected = choice ?? whatIfChoice(sets, other, progress.whatIf?.setId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(null, `${id}?${selected}`, () => void navigate(whatIfPath(lang, id, selected)));
  };
  const column = (template: string, check: typeof progress.check, prefix: string) => (
    <section aria-labelledby={`${prefix}-h`} className="wi-column">
      <h2 id={`${prefix}-h`}>
        <TitledMessage template={template} title={check.setTitle} titleLang={check.setTitleLang} />
      </h2>
      <p>
        <strong>{formatMessage(lang, t.prOverall, { status: statusText(t, check.status) })}</strong>
      </p>
      <RequirementList check={check} idPrefix={prefix} brief />
    </section>
  );
  return (
    <article className="plan-page wi-page">
      <h1 ref={heading} tabIndex={-1}>
        {t.wiTitle}
      </h1>
      <p>{t.wiIntro}</p>
      <EnglishTitlesNote checks={[progress.check, progress.whatIf]} />
      <nav aria-label={t.wiTitle} className="plan-actions">
        <ul>
          <li>
            <Link to={planPath(lang, id)}>{t.planTitle}</Link>
          </li>
          <li>
            <Link to={progressPath(lang, id)}>{t.prTitle}</Link>
          </li>
        </ul>
      </nav>
      <form onSubmit={submit} className="plan-section">
        <label htmlFor={`${formId}-set`}>{t.wiChoose}</label>
        <select id={`${formId}-set`} value={selected} onChange={(e) => setChoice(e.target.value)}>
          {sets.map((s) => (
            <option key={s.id} value={s.id} lang={s.titleLang !== lang ? s.titleLang : undefined}>
              {s.title}
            </option>
          ))}
        </select>
        <button type="submit">{t.wiShow}</button>
      </form>
      <div className="wi-columns">
        {column(t.wiNow, progress.check, 'wi-now')}
        {progress.whatIf && column(t.wiOther, progress.whatIf, 'wi-other')}
      </div>
    </article>
  );
}
