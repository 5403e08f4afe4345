/** Home: what clusters and pathways are, the wheel of the 16 clusters, and the same as cards. */
import { useCallback, useRef } from 'react';
import { fetchClusters } from '../api.ts';
import { ClusterCards } from '../components/ClusterCards.tsx';
import { ClusterWheel } from '../components/ClusterWheel.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { usePageSetup } from '../page-setup.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';

export function HomePage() {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useApi(useCallback((signal: AbortSignal) => fetchClusters(lang, signal), [lang]));
  usePageSetup(state.status === 'ok' ? t.navClusters : null, heading);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  // Clusters go round the wheel in code order (01 at the top), whatever order the API lists them in.
  const clusters = [...state.data.items].sort((a, b) => a.code.localeCompare(b.code));
  return (
    <div className="home">
      <div className="home__intro">
        <h1 ref={heading} tabIndex={-1}>
          {t.homeTitle}
        </h1>
        <p className="lead">{t.homeIntroClusters}</p>
        <p>{t.homeIntroPathways}</p>
        <p className="home__hint">{t.homeIntroHint}</p>
      </div>
      <div className="home__wheel">
        <ClusterWheel clusters={clusters} />
      </div>
      <section className="home__list" aria-labelledby="all-clusters">
        <h2 id="all-clusters">{t.allClusters}</h2>
        <ClusterCards clusters={clusters} />
      </section>
    </div>
  );
}
