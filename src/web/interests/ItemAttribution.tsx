/**
 * The licence attribution of the O*NET Interest Profiler items, exactly as the API gives it (an
 * English legal notice, so marked lang="en"); on Spanish pages with the sentence that Wayfinder
 * translated the items and USDOL/ETA has not approved, endorsed or tested the translation.
 */
import type { TProfilerForm } from '../../contracts/interests.ts';
import { useLang } from '../use-lang.ts';

export function ItemAttribution({ attribution }: { attribution: TProfilerForm['attribution'] }) {
  const { lang, t } = useLang();
  return (
    <section className="ip-attribution" aria-labelledby="ip-attribution">
      <h2 id="ip-attribution">{t.ipAttributionTitle}</h2>
      {lang === 'es' && <p>{t.ipSpanishModified}</p>}
      <p lang="en">{attribution.text}</p>
      <p>
        {t.ipLicense}{' '}
        <a href={attribution.licenseUrl} lang="en">
          {attribution.license}
        </a>
      </p>
    </section>
  );
}
