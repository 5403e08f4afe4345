/**
 * One CIP 2020 field of study: its title and definition (NCES, in English), the occupations it
 * prepares for by entry level (NCES CIP–SOC crosswalk), the approved programs of study that
 * teach it, and the sources' attributions.
 */
import { useCallback, useRef } from 'react';
import { useParams } from 'react-router-dom';
import type { TCipDetail } from '../../contracts/catalog.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { OccupationsByEntryLevel } from '../occupations/PathwayOccupations.tsx';
import { SourcesSection } from '../occupations/SourcesNote.tsx';
import { usePageSetup } from '../page-setup.ts';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { cipPath, isCipCode } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { fetchCip } from './catalog-api.ts';
import { ProgramsSection, leadingCrumbs, pageColor } from './catalog-parts.tsx';

export function CipPage() {
  const { code } = useParams();
  if (!isCipCode(code)) return <NotFoundPage />;
  return <CipLoader code={code} />;
}

function CipLoader({ code }: { code: string }) {
  const { lang } = useLang();
  const state = useApi(
    useCallback((signal: AbortSignal) => fetchCip(code, lang, signal), [code, lang]),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return state.error.notFound ? <NotFoundPage /> : <ErrorNotice error={state.error} />;
  return <CipView cip={state.data} />;
}

function CipView({ cip }: { cip: TCipDetail }) {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  // NCES publishes CIP titles and definitions in English only.
  const title = cip.title ?? formatMessage(lang, t.cipUntitled, { code: cip.code });
  const english = cip.title !== null && lang !== 'en' ? 'en' : undefined;
  // The window's title cannot mark a language: there the English name is a gloss.
  usePageSetup(
    english ? `${formatMessage(lang, t.cipUntitled, { code: cip.code })} (${title})` : title,
    heading,
  );
  const color = pageColor(cip.programs);
  return (
    <article className="detail catalog-page" style={color ? { borderTopColor: color } : undefined}>
      <Breadcrumb
        items={[
          ...leadingCrumbs(lang, t, cip.programs),
          { label: title, to: cipPath(lang, cip.code), lang: english },
        ]}
      />
      <p className="eyebrow">
        <span
          className="code-badge catalog-page__code"
          style={color ? { backgroundColor: color } : undefined}
        >
          {cip.code}
        </span>
        {t.cipKind}
      </p>
      <h1 ref={heading} tabIndex={-1} lang={english}>
        {title}
      </h1>
      {cip.definition ? (
        <p className="lead" lang={english}>
          {cip.definition}
        </p>
      ) : (
        cip.title === null && <p className="notice">{t.cipNotInList}</p>
      )}
      {english && <p className="untranslated-note">{t.cipEnglishNote}</p>}

      <section className="occupations-section" aria-labelledby="cip-occupations">
        <h2 id="cip-occupations">{t.cipOccupations}</h2>
        {cip.occupations.length === 0 ? (
          <p>{t.cipOccupationsNone}</p>
        ) : (
          <>
            <p>{t.cipOccupationsIntro}</p>
            <OccupationsByEntryLevel occupations={cip.occupations} />
          </>
        )}
      </section>

      <ProgramsSection
        id="cip-programs"
        title={t.cipPrograms}
        none={t.cipProgramsNone}
        programs={cip.programs}
      />
      <SourcesSection sources={cip.sources} />
    </article>
  );
}
