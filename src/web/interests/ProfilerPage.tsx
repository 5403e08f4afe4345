/**
 * /interest-profiler: choose a length, then take the O*NET Interest Profiler. Answers are kept in
 * this browser as they are given; on the last page the answers are kept as finished and the
 * results page opens. Nothing is sent to be stored.
 */
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { NOT_FOR_SCREENING } from '../../domain/interests/attribution.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { fillNodes } from '../catalog/catalog-parts.tsx';
import { usePageSetup } from '../page-setup.ts';
import { pathFor } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import './interests.css';
import { ItemAttribution } from './ItemAttribution.tsx';
import { fetchProfiler, type ProfilerFormNumber } from './interests-api.ts';
import {
  browserStore,
  clearProgress,
  loadProgress,
  saveFinished,
  saveProgress,
  type Progress,
} from './progress.ts';
import { Survey } from './Survey.tsx';

export const profilerPath = (lang: 'en' | 'es') => pathFor(lang, '/interest-profiler');
export const resultsPath = (lang: 'en' | 'es') => pathFor(lang, '/interest-profiler/results');

export function ProfilerPage() {
  const { lang, t } = useLang();
  const [store] = useState(browserStore);
  const [progress, setProgress] = useState<Progress | undefined>(() => loadProgress(store));
  const [taking, setTaking] = useState(false);
  const [choice, setChoice] = useState<ProfilerFormNumber>(progress?.form ?? 60);
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(t.ipTitle, heading);

  const begin = (form: ProfilerFormNumber, fresh: boolean) => {
    const next = fresh || !progress || progress.form !== form ? { form, answers: {} } : progress;
    saveProgress(store, next);
    setProgress(next);
    setTaking(true);
  };

  return (
    <article className="ip-page">
      <h1 ref={heading} tabIndex={-1}>
        {t.ipTitle}
      </h1>
      <p className="eyebrow">
        {/* The tool's name is English, a proper name: marked so on Spanish pages. */}
        {fillNodes(lang, t.ipSubtitle, {
          tool: <span lang={lang === 'en' ? undefined : 'en'}>O*NET® Interest Profiler</span>,
        })}
      </p>
      {taking && progress ? (
        <TakeForm progress={progress} onProgress={setProgress} store={store} />
      ) : (
        <>
          <p className="lead">{t.ipIntro}</p>
          <p className="ip-not-a-test">
            <strong>{t.ipNotATest}</strong>
          </p>
          <p>{t.ipNoPayHint}</p>
          <p>{t.ipKeptHere}</p>
          <form
            className="ip-start"
            onSubmit={(event) => {
              event.preventDefault();
              begin(choice, false);
            }}
          >
            <fieldset>
              <legend>{t.ipChooseForm}</legend>
              {([60, 30] as const).map((form) => (
                <label key={form} className="ip-answer">
                  <input
                    type="radio"
                    name="ip-form"
                    value={form}
                    checked={choice === form}
                    onChange={() => setChoice(form)}
                  />
                  <span>{form === 60 ? t.ipForm60 : t.ipForm30}</span>
                </label>
              ))}
            </fieldset>
            <div className="ip-nav">
              <button type="submit">
                {progress && progress.form === choice && Object.keys(progress.answers).length > 0
                  ? t.ipResume
                  : t.ipStart}
              </button>
              {progress && Object.keys(progress.answers).length > 0 && (
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => begin(choice, true)}
                >
                  {t.ipStartOver}
                </button>
              )}
            </div>
          </form>
          <p className="ip-screening">{NOT_FOR_SCREENING[lang]}</p>
          <AttributionFor form={choice} />
        </>
      )}
    </article>
  );
}

function AttributionFor({ form }: { form: ProfilerFormNumber }) {
  const { lang } = useLang();
  const state = useApi(useCallback((s: AbortSignal) => fetchProfiler(form, lang, s), [form, lang]));
  return state.status === 'ok' ? <ItemAttribution attribution={state.data.attribution} /> : null;
}

function TakeForm({
  progress,
  onProgress,
  store,
}: {
  progress: Progress;
  onProgress: (p: Progress) => void;
  store: ReturnType<typeof browserStore>;
}) {
  const { lang, t } = useLang();
  const navigate = useNavigate();
  const state = useApi(
    useCallback((s: AbortSignal) => fetchProfiler(progress.form, lang, s), [progress.form, lang]),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  const answer = (itemId: string, value: number) => {
    const next = { ...progress, answers: { ...progress.answers, [itemId]: value } };
    saveProgress(store, next);
    onProgress(next);
  };
  const finish = () => {
    saveFinished(store, {
      form: progress.form,
      answers: progress.answers,
      finishedAt: new Date().toISOString(),
    });
    clearProgress(store);
    void navigate(resultsPath(lang));
  };
  return (
    <>
      <p className="ip-not-a-test">{t.ipNotATest}</p>
      <Survey form={state.data} answers={progress.answers} onAnswer={answer} onFinish={finish} />
      <ItemAttribution attribution={state.data.attribution} />
    </>
  );
}
