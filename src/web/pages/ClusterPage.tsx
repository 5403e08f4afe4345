/** One Career Cluster: where it sits, what it is, and its pathways. */
import { useCallback, useRef } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { TCluster } from '../../contracts/framework.ts';
import { fetchCluster } from '../api.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { ProgramsSection } from '../components/ProgramList.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { clusterColor } from '../cluster-colors.ts';
import { formatMessage } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import { clusterPath, homePath, isClusterCode, pathwayPath } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

export function ClusterPage() {
  const { code } = useParams();
  if (!isClusterCode(code)) return <NotFoundPage />;
  return <ClusterLoader code={code} />;
}

function ClusterLoader({ code }: { code: string }) {
  const { lang } = useLang();
  const state = useApi(
    useCallback((signal: AbortSignal) => fetchCluster(code, lang, signal), [code, lang]),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return state.error.notFound ? <NotFoundPage /> : <ErrorNotice error={state.error} />;
  return <ClusterView cluster={state.data} />;
}

function ClusterView({ cluster }: { cluster: TCluster }) {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(cluster.title, heading);
  return (
    <article className="detail" style={{ borderTopColor: clusterColor(cluster.code) }}>
      <Breadcrumb
        items={[
          { label: t.home, to: homePath(lang) },
          { label: cluster.title, to: clusterPath(lang, cluster.code) },
        ]}
      />
      <p className="eyebrow">
        <span className="code-badge" style={{ backgroundColor: clusterColor(cluster.code) }}>
          {cluster.code}
        </span>
        {t.clusterKind}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {cluster.title}
      </h1>
      <p className="lead">{cluster.description}</p>
      <section aria-labelledby="cluster-pathways">
        <h2 id="cluster-pathways">{t.clusterPathways}</h2>
        <ul className="pathway-list">
          {cluster.pathways.map((pathway) => (
            <li key={pathway.code} className="pathway-item">
              <h3>
                <Link to={pathwayPath(lang, pathway.code)}>{pathway.title}</Link>
              </h3>
              <p className="pathway-item__code">
                {formatMessage(lang, t.pathwayCode, { code: pathway.code })}
              </p>
              <p>{pathway.description}</p>
            </li>
          ))}
        </ul>
      </section>
      <ProgramsSection filter={{ cluster: cluster.code }} title={t.clusterPrograms} />
    </article>
  );
}
