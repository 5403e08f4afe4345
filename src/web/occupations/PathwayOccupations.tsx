/**
 * The pathway page's occupations: grouped by entry level (semi-, mid-, high-skilled), each a
 * link to its occupation page with its median wage where known, and the sources' attribution.
 */
import { errorText } from '../error-text.ts';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import type { TOccupationSummary } from '../../contracts/occupation.ts';
import { Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { occupationPath } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { fetchPathwayOccupations } from './occupation-api.ts';
import {
  entryLevelHint,
  entryLevelLabel,
  formatWage,
  groupByEntryLevel,
} from './occupation-format.ts';
import { AttributionLine } from './SourcesNote.tsx';

export function PathwayOccupationsSection({ pathwayCode }: { pathwayCode: string }) {
  const { lang, t } = useLang();
  const state = useApi(
    useCallback(
      (signal: AbortSignal) => fetchPathwayOccupations(pathwayCode, lang, signal),
      [pathwayCode, lang],
    ),
  );
  return (
    <section className="occupations-section" aria-labelledby="pathway-occupations">
      <h2 id="pathway-occupations">{t.pathwayOccupations}</h2>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <p className="status" role="alert">
          {errorText(t, state.error)}
        </p>
      )}
      {state.status === 'ok' &&
        (state.data.items.length === 0 ? (
          <p>{t.noOccupationsYet}</p>
        ) : (
          <>
            <p>{t.pathwayOccupationsIntro}</p>
            <OccupationsByEntryLevel occupations={state.data.items} />
            <AttributionLine sources={state.data.sources} />
          </>
        ))}
    </section>
  );
}

/** Occupations grouped under semi-, mid- and high-skilled headings (then "not known"). */
export function OccupationsByEntryLevel({
  occupations,
}: {
  occupations: readonly TOccupationSummary[];
}) {
  const { lang, t } = useLang();
  const untranslated = occupations.some((o) => o.titleLang !== lang);
  return (
    <>
      {untranslated && <UntranslatedNote />}
      {groupByEntryLevel(occupations).map((group) => (
        <div key={group.level ?? 'unknown'} className="entry-level-group">
          <h3 className={`entry-level-heading entry-level-heading--${group.level ?? 'unknown'}`}>
            {entryLevelLabel(t, group.level)}{' '}
            <span className="entry-level-heading__count">
              ({formatMessage(lang, t.occupationCount, { count: group.items.length })})
            </span>
          </h3>
          {group.level && <p className="entry-level-hint">{entryLevelHint(t, group.level)}</p>}
          <OccupationList occupations={group.items} />
        </div>
      ))}
    </>
  );
}

/** Said once on a page that shows English occupation texts in Spanish (they carry lang="en"). */
export function UntranslatedNote() {
  const { t } = useLang();
  return <p className="untranslated-note">{t.untranslatedNote}</p>;
}

export function OccupationList({ occupations }: { occupations: readonly TOccupationSummary[] }) {
  const { lang, t } = useLang();
  return (
    <ul className="occupation-list">
      {occupations.map((occupation) => (
        <li key={occupation.code} className="occupation-item">
          <Link
            to={occupationPath(lang, occupation.code)}
            lang={occupation.titleLang !== lang ? occupation.titleLang : undefined}
          >
            {occupation.title}
          </Link>
          <span className="occupation-item__meta">
            <span className="occupation-item__code">{occupation.code}</span>
            {occupation.medianAnnualWage !== null && (
              <span>
                {formatMessage(lang, t.medianWageShort, {
                  wage: formatWage(t, lang, occupation.medianAnnualWage, occupation.wageTopCoded),
                })}
              </span>
            )}
            {occupation.brightOutlook === true && (
              <span className="bright-outlook">{t.brightOutlook}</span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
