/** One Career Pathway: where it sits, what it is, its cluster and its sibling pathways. */
import { useCallback, useRef } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { TPathway } from '../../contracts/framework.ts';
import { fetchPathway } from '../api.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { ProgramsSection } from '../components/ProgramList.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { clusterColor } from '../cluster-colors.ts';
import { formatMessage } from '../i18n.ts';
import { PathwayOccupationsSection } from '../occupations/PathwayOccupations.tsx';
import { usePageSetup } from '../page-setup.ts';
import { clusterPath, homePath, isPathwayCode, pathwayPath } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

export function PathwayPage() {
  const { code } = useParams();
  if (!isPathwayCode(code)) return <NotFoundPage />;
  return <PathwayLoader code={code} />;
}

function PathwayLoader({ code }: { code: string }) {
  const { lang } = useLang();
  const state = useApi(
    useCallback((signal: AbortSignal) => fetchPathway(code, lang, signal), [code, lang]),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return state.error.notFound ? <NotFoundPage /> : <ErrorNotice error={state.error} />;
  return <PathwayView pathway={state.data} />;
}

function PathwayView({ pathway }: { pathway: TPathway }) {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(pathway.title, heading);
  const color = clusterColor(pathway.cluster.code);
  const siblings = pathway.siblings.filter((sibling) => sibling.code !== pathway.code);
  return (
    <article className="detail" style={{ borderTopColor: color }}>
      <Breadcrumb
        items={[
          { label: t.home, to: homePath(lang) },
          { label: pathway.cluster.title, to: clusterPath(lang, pathway.cluster.code) },
          { label: pathway.title, to: pathwayPath(lang, pathway.code) },
        ]}
      />
      <p className="eyebrow">
        <span className="code-badge" style={{ backgroundColor: color }}>
          {pathway.code}
        </span>
        {t.pathwayKind}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {pathway.title}
      </h1>
      <p className="lead">{pathway.description}</p>
      <p className="part-of">
        {t.partOfCluster}:{' '}
        <Link to={clusterPath(lang, pathway.cluster.code)}>{pathway.cluster.title}</Link>
      </p>
      <section aria-labelledby="sibling-pathways">
        <h2 id="sibling-pathways">
          {formatMessage(lang, t.siblingPathways, { cluster: pathway.cluster.title })}
        </h2>
        {siblings.length === 0 ? (
          <p>{t.noSiblings}</p>
        ) : (
          <ul className="sibling-list">
            {siblings.map((sibling) => (
              <li key={sibling.code}>
                <Link to={pathwayPath(lang, sibling.code)}>{sibling.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <PathwayOccupationsSection pathwayCode={pathway.code} />
      <ProgramsSection filter={{ pathway: pathway.code }} title={t.pathwayPrograms} />
    </article>
  );
}
