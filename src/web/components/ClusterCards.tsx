/** The clusters as a grid of cards: code, title (the link), pathway count. */
import { Link } from 'react-router-dom';
import type { TClusterSummary } from '../../contracts/framework.ts';
import { clusterColor } from '../cluster-colors.ts';
import { formatMessage } from '../i18n.ts';
import { clusterPath } from '../paths.ts';
import { useLang } from '../use-lang.ts';

export function ClusterCards({ clusters }: { clusters: TClusterSummary[] }) {
  const { lang, t } = useLang();
  return (
    <ul className="cluster-cards">
      {clusters.map((cluster) => (
        <li
          key={cluster.code}
          className="cluster-card"
          style={{ borderTopColor: clusterColor(cluster.code) }}
        >
          <span className="code-badge" style={{ backgroundColor: clusterColor(cluster.code) }}>
            {cluster.code}
          </span>
          <h3 className="cluster-card__title">
            <Link to={clusterPath(lang, cluster.code)}>{cluster.title}</Link>
          </h3>
          <p className="cluster-card__count">
            {formatMessage(lang, t.pathwayCount, { count: cluster.pathwayCount })}
          </p>
        </li>
      ))}
    </ul>
  );
}
