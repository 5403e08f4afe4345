/**
 * `/caseload`: a counselor's students (a district admin's district) with their off-track signals
 * and reasons. Filters, search and sort are sent to the API (which filters on the server) and
 * kept in the address, so a filtered list can be bookmarked, shared and reloaded; the form
 * follows the address (Back and Forward included). The list comes a page at a time (the page is
 * in the address too; applying filters starts again at page 1; CaseloadPager.tsx). Coming back
 * from a student opened here puts the focus on that student (caseload-return.ts). Each student
 * names the programs of study they are a CTE concentrator in (the Perkins V rule), a filter too.
 */
import { useCallback, useEffect, useRef, type FormEvent } from 'react';
import { Link, useLocation, useNavigationType, useSearchParams } from 'react-router-dom';
import type { TCaseload } from '../../contracts/caseload.ts';
import { SIGNAL_CODES, type SignalCode } from '../../domain/triage/signals.ts';
import { SIGNAL_LABELS } from '../../domain/triage/reasons.ts';
import { PageHeading, Select, SessionGate } from '../account/parts.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { appUrl } from '../base-path.ts';
import { formatMessage } from '../i18n.ts';
import { useAddressDraft } from '../use-address-draft.ts';
import { useApi } from '../use-api.ts';
import { caseloadCsvUrl, fetchCaseload, FILTER_KEYS } from './caseload-api.ts';
import { caseloadStudentPath } from './caseload-paths.ts';
import { useLang } from '../use-lang.ts';
import { useCaseloadText } from './i18n-caseload.ts';
import { SignalList } from './SignalList.tsx';
import { placeOf, rememberPlace } from './caseload-return.ts';
import { cameByPager, CaseloadPager } from './CaseloadPager.tsx';
import { pageCount, pageQuery } from './caseload-pages.ts';
import './caseload.css';

export function CaseloadPage() {
  const { c } = useCaseloadText();
  return (
    <SessionGate title={c.title} action="caseload.read" signInText={c.signInFirst}>
      {() => <Caseload />}
    </SessionGate>
  );
}

type Draft = Record<(typeof FILTER_KEYS)[number], string>;

function Caseload() {
  const { lang, c } = useCaseloadText();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const list = useApi(
    useCallback(
      (signal: AbortSignal) => fetchCaseload(new URLSearchParams(key), lang, signal),
      [key, lang],
    ),
  );
  const current = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Draft;
  // The address changed (Back, Forward, a link): the form shows the filters now applied.
  const { draft, setDraft, apply } = useAddressDraft<Draft>(current, key);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const k of FILTER_KEYS) if (draft[k].trim()) next.set(k, draft[k].trim());
    const shown = Object.fromEntries(FILTER_KEYS.map((k) => [k, next.get(k) ?? ''])) as Draft;
    apply(shown, next.toString(), () => setParams(next));
  };
  const data = list.status === 'ok' ? list.data : undefined;
  const title =
    data?.scope === 'district'
      ? c.districtTitle
      : data?.scope === 'school'
        ? c.schoolTitle
        : c.title;

  return (
    <div className="caseload-page">
      <PageHeading title={title} ready={list.status !== 'loading'} />
      <p>{c.intro}</p>
      <form className="caseload-filters" onSubmit={onSubmit} aria-label={c.filters}>
        <Select
          id="caseload-signal"
          label={c.signal}
          value={draft.signal}
          onChange={(signal) => setDraft({ ...draft, signal })}
          options={SIGNAL_CODES.map((code) => ({
            value: code,
            label: `${SIGNAL_LABELS[code][lang]}${data ? ` (${data.counts[code]})` : ''}`,
          }))}
          placeholder={c.anySignal}
        />
        <Select
          id="caseload-grade"
          label={c.grade}
          value={draft.grade}
          onChange={(grade) => setDraft({ ...draft, grade })}
          options={['9', '10', '11', '12'].map((g) => ({
            value: g,
            label: formatMessage(lang, c.gradeN, { grade: g }),
          }))}
          placeholder={c.anyGrade}
        />
        <Select
          id="caseload-concentrator"
          label={c.concentrator}
          value={draft.concentrator}
          onChange={(concentrator) => setDraft({ ...draft, concentrator })}
          options={[
            {
              value: 'yes',
              label: `${c.concentratorsOnly}${data ? ` (${data.concentrators})` : ''}`,
            },
            { value: 'no', label: c.notConcentrators },
          ]}
          placeholder={c.anyConcentrator}
        />
        {data && data.schools.length > 1 ? (
          <Select
            id="caseload-school"
            label={c.school}
            value={draft.school}
            onChange={(school) => setDraft({ ...draft, school })}
            options={data.schools.map((s) => ({ value: s.id, label: s.name }))}
            placeholder={c.anySchool}
          />
        ) : null}
        <div className="field">
          <label htmlFor="caseload-q">{c.search}</label>
          <input
            id="caseload-q"
            type="search"
            value={draft.q}
            maxLength={100}
            onChange={(event) => setDraft({ ...draft, q: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="caseload-sort">{c.sort}</label>
          <select
            id="caseload-sort"
            value={draft.sort || 'signals'}
            onChange={(event) => setDraft({ ...draft, sort: event.target.value })}
          >
            <option value="signals">{c.sortSignals}</option>
            <option value="name">{c.sortName}</option>
            <option value="family">{c.sortFamily}</option>
            <option value="grade">{c.sortGrade}</option>
            <option value="credits">{c.sortCredits}</option>
          </select>
        </div>
        <div className="caseload-filters__actions">
          <button type="submit">{c.apply}</button>
          {key ? (
            <Link
              to="?"
              onClick={() => setDraft(Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as Draft)}
            >
              {c.clear}
            </Link>
          ) : null}
        </div>
      </form>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorNotice error={list.error} /> : null}
      {data ? (
        <p className="caseload-download">
          {/* The applied filters (the address), not the form's draft: the file is the list shown. */}
          <a href={appUrl(caseloadCsvUrl(new URLSearchParams(key), lang))} download>
            {c.download}
          </a>
          <span className="caseload-download__hint">{c.downloadHint}</span>
        </p>
      ) : null}
      {data ? <Results data={data} query={key} /> : null}
    </div>
  );
}

/** Back from a student opened from this list: that student's link, focused and in view. */
function useReturnFocus(query: string, items: TCaseload['items']) {
  const list = useRef<HTMLOListElement>(null);
  const navigationType = useNavigationType();
  const { state } = useLocation();
  useEffect(() => {
    const place = placeOf();
    if (!place || place.query !== query) return;
    const returning =
      navigationType === 'POP' ||
      (typeof state === 'object' && state !== null && 'returnTo' in state);
    if (!returning || !items.some((i) => i.id === place.studentId)) return;
    const link = list.current?.querySelector<HTMLAnchorElement>(
      `a[data-student="${CSS.escape(place.studentId)}"]`,
    );
    link?.focus({ preventScroll: true });
    link?.scrollIntoView({ block: 'center' });
  }, [query, items, navigationType, state]);
  return list;
}

function Results({ data, query }: { data: TCaseload; query: string }) {
  const { lang, c } = useCaseloadText();
  const { t } = useLang();
  const list = useReturnFocus(query, data.items);
  const summary = useRef<HTMLParagraphElement>(null);
  const { state } = useLocation();
  const navigationType = useNavigationType();
  // Another page from the pager: start reading it from the top, where its summary says which
  // (not on Back to it, which returns to the student opened from it).
  useEffect(() => {
    if (navigationType === 'PUSH' && cameByPager(state)) summary.current?.focus();
  }, [query, state, navigationType]);
  const flagged = data.items.filter((i) => i.signals.length > 0).length;
  const shownCodes = SIGNAL_CODES.filter(
    (code) => data.interestsKnown || code !== 'no_interest_profile',
  );
  return (
    <>
      <p role="status" className="caseload-summary" ref={summary} tabIndex={-1}>
        {formatMessage(lang, c.summary, {
          first: data.items.length > 0 ? (data.page - 1) * data.pageSize + 1 : 0,
          last: (data.page - 1) * data.pageSize + data.items.length,
          matched: data.matched,
          total: data.total,
          flagged,
        })}
      </p>
      <h2 className="visually-hidden">{c.counts}</h2>
      <ul className="caseload-counts" aria-label={c.counts}>
        {shownCodes.map((code: SignalCode) => (
          <li key={code}>
            <span className={`signal-badge signal-badge--${code}`}>
              {SIGNAL_LABELS[code][lang]}
            </span>{' '}
            <strong>{data.counts[code]}</strong>
          </li>
        ))}
      </ul>
      {data.interestsKnown ? null : <p className="notice">{c.interestsHidden}</p>}
      {lang !== 'en' &&
      data.items.some((i) => i.signals.some((x) => x.reasonParts.some((p) => p.lang === 'en'))) ? (
        <p className="untranslated-note">{t.prEnglishTitles}</p>
      ) : null}
      {data.matched === 0 ? <p>{c.none}</p> : null}
      {data.matched > 0 && data.items.length === 0 ? (
        <p>
          {formatMessage(lang, c.pastLastPage, { pages: pageCount(data.matched, data.pageSize) })}{' '}
          <Link to={pageQuery(new URLSearchParams(query), 1)}>{c.firstPage}</Link>
        </p>
      ) : null}
      <ol className="caseload-list" ref={list}>
        {data.items.map((s) => (
          <li key={s.id} className="caseload-student">
            <h2>
              <Link
                to={caseloadStudentPath(lang, s.id)}
                data-student={s.id}
                onClick={() => rememberPlace({ query, studentId: s.id })}
              >
                {s.name}
              </Link>
            </h2>
            <p className="caseload-student__meta">
              {[
                formatMessage(lang, c.gradeN, { grade: s.grade ?? '?' }),
                s.schoolName,
                s.localId ? formatMessage(lang, c.localId, { id: s.localId }) : null,
                formatMessage(lang, c.credits, {
                  earned: s.credits.earned,
                  required: s.credits.required,
                }) +
                  (s.credits.expected !== null && s.credits.expected > 0
                    ? ` (${formatMessage(lang, c.expected, { expected: s.credits.expected })})`
                    : ''),
                s.grade9Gpa !== null
                  ? formatMessage(lang, c.gpa, { gpa: s.grade9Gpa.toFixed(2) })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {s.concentrator.length > 0 ? (
              <p className="caseload-student__cte">
                {formatMessage(lang, c.concentratorIn, {
                  programs: s.concentrator.map((p) => p.title).join('; '),
                })}
              </p>
            ) : null}
            <SignalList signals={s.signals} />
          </li>
        ))}
      </ol>
      <CaseloadPager data={data} />
    </>
  );
}
