/** The clusters, pathways and occupations that fit a profile, each fit in words with its reason. */
import { Link } from 'react-router-dom';
import type { TProfilerResults } from '../../contracts/interests.ts';
import { formatMessage, type Messages } from '../i18n.ts';
import { formatGrowth, formatWage } from '../occupations/occupation-format.ts';
import { clusterPath, occupationPath, pathwayPath } from '../paths.ts';
import { useLang } from '../use-lang.ts';
import { areaName } from './ScoreChart.tsx';
import { SaveToggle } from './SaveToggle.tsx';
import type { SavedItems } from './use-saved-items.ts';

export const fitText = (t: Messages, fit: TProfilerResults['occupations'][number]['fit']) =>
  ({ best: t.fitBest, great: t.fitGreat, good: t.fitGood, weak: t.fitWeak })[fit];

export function Matches({
  results,
  saved,
  occupations = 10,
  of,
  idPrefix = 'ip',
}: {
  results: TProfilerResults;
  saved: SavedItems | null;
  occupations?: number;
  /** The student's name when someone else (a guardian, a counselor) reads their matches. */
  of?: string;
  /** Prefix of the sections' ids: one per student where a page shows several. */
  idPrefix?: string;
}) {
  const { lang, t } = useLang();
  const named = (message: string, values: Record<string, string> = {}) =>
    formatMessage(lang, message, { ...values, name: of ?? '' });
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const clusters = results.clusters.filter((c) => c.fit !== 'weak').slice(0, 3);
  const pathways = results.pathways.filter((p) => p.fit !== 'weak').slice(0, 5);
  return (
    <>
      <div className="ip-groups">
        <section aria-labelledby={`${idPrefix}-clusters`} className="ip-section">
          <h2 id={`${idPrefix}-clusters`}>{of ? named(t.resClustersOf) : t.resClusters}</h2>
          <ol className="ip-list">
            {clusters.length === 0 && <li>{t.resNoMatches}</li>}
            {clusters.map((c) => (
              <li key={c.code}>
                <Link to={clusterPath(lang, c.code)}>{c.title}</Link>{' '}
                <span className={`ip-fit ip-fit--${c.fit}`}>{fitText(t, c.fit)}</span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby={`${idPrefix}-pathways`} className="ip-section">
          <h2 id={`${idPrefix}-pathways`}>{of ? named(t.resPathwaysOf) : t.resPathways}</h2>
          <ol className="ip-list">
            {pathways.length === 0 && <li>{t.resNoMatches}</li>}
            {pathways.map((p) => (
              <li key={p.code}>
                <Link to={pathwayPath(lang, p.code)}>{p.title}</Link>{' '}
                <span className={`ip-fit ip-fit--${p.fit}`}>{fitText(t, p.fit)}</span>{' '}
                <SaveToggle saved={saved} item={{ kind: 'pathway', ref: p.code }} title={p.title} />
              </li>
            ))}
          </ol>
        </section>
      </div>
      <section aria-labelledby={`${idPrefix}-occupations`} className="ip-section">
        <h2 id={`${idPrefix}-occupations`}>{of ? named(t.resOccupationsOf) : t.resOccupations}</h2>
        {results.matchable === 0 ? (
          <p>{t.resNoData}</p>
        ) : results.occupations.length === 0 ? (
          <p>{t.resNoMatches}</p>
        ) : (
          <ol className="ip-occupations">
            {results.occupations.slice(0, occupations).map((o) => (
              <li key={o.code} className="ip-occupation">
                <h3>
                  <Link to={occupationPath(lang, o.code)}>{o.title}</Link>
                </h3>
                <p>
                  <span className={`ip-fit ip-fit--${o.fit}`}>{fitText(t, o.fit)}</span>
                  {o.medianAnnualWage !== null && (
                    <>
                      {' · '}
                      {formatMessage(lang, t.medianWageShort, {
                        wage: formatWage(t, lang, o.medianAnnualWage, o.wageTopCoded),
                      })}
                    </>
                  )}
                  {o.growthPct !== null && (
                    <>
                      {' · '}
                      {t.occFactGrowth}: {formatGrowth(lang, o.growthPct)}
                    </>
                  )}
                  {o.brightOutlook && <> · {t.brightOutlook}</>}
                </p>
                {o.drivers.length > 0 && (
                  <p className="ip-why">
                    {named(of ? t.resWhyOf : t.resWhy, {
                      areas: list.format(o.drivers.map((d) => areaName(t, d))),
                    })}
                  </p>
                )}
                <SaveToggle
                  saved={saved}
                  item={{ kind: 'occupation', ref: o.code }}
                  title={o.title}
                />
              </li>
            ))}
          </ol>
        )}
        <p className="ip-how">{t.resHowRanked}</p>
      </section>
    </>
  );
}
