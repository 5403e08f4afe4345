/**
 * The attribution each data source asks for (O*NET: CC BY 4.0), on every page that shows its
 * data, in the page's language when the API knows a translation (`source.lang`), else in English
 * and marked so.
 */
import type { TSource } from '../../contracts/occupation.ts';
import { fillNodes } from '../catalog/catalog-parts.tsx';
import { useLang } from '../use-lang.ts';
import { sourcesToCredit } from './occupation-format.ts';

/** The full list, under a heading: title, version, licence, link and attribution of each source. */
export function SourcesSection({ sources }: { sources: readonly TSource[] }) {
  const { lang, t } = useLang();
  const credited = sourcesToCredit(sources);
  if (credited.length === 0) return null;
  return (
    <section className="sources" aria-labelledby="occupation-sources">
      <h2 id="occupation-sources">{t.sourcesTitle}</h2>
      <ul className="sources__list">
        {credited.map((source) => (
          <li key={source.id}>
            <p className="sources__title">
              <a href={source.url} lang={source.lang ?? 'en'}>
                {source.title}
              </a>
              {/* A source with no Spanish credit keeps its English version and licence, marked. */}
              {source.version && (
                <>
                  {', '}
                  {fillNodes(lang, t.sourceVersion, {
                    version: <span lang={source.lang ?? 'en'}>{source.version}</span>,
                  })}
                </>
              )}
              {' · '}
              {fillNodes(lang, t.sourceLicense, {
                license: <span lang={source.lang ?? 'en'}>{source.license}</span>,
              })}
            </p>
            <p className="attribution" lang={source.lang ?? 'en'}>
              {source.attribution}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One short line per source, under a list of occupations. */
export function AttributionLine({ sources }: { sources: readonly TSource[] }) {
  const credited = sourcesToCredit(sources);
  if (credited.length === 0) return null;
  return (
    <div className="attribution-note">
      {credited.map((source) => (
        <p key={source.id} className="attribution" lang={source.lang ?? 'en'}>
          {source.attribution}
        </p>
      ))}
    </div>
  );
}
