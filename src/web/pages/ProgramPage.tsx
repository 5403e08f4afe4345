/**
 * One program of study: where it sits, its facts, the POS diagram with its legend, the
 * occupations it leads to, downloads (PDF, CSV, JSON) and its versions. Prints on one landscape
 * page (styles/programs.css).
 */
import { useCallback, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { TProgramDetail } from '../../contracts/program-api.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { PosDiagram, PosLegend } from '../components/PosDiagram.tsx';
import { ProgramFacts, ProgramOccupations, ProgramVersions } from '../components/ProgramFacts.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { clusterColor } from '../cluster-colors.ts';
import { useEducator } from '../editor/use-educator.ts';
import { formatMessage } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import {
  clusterPath,
  homePath,
  isProgramId,
  pathwayPath,
  programEditPath,
  programPath,
} from '../paths.ts';
import { exportUrl, fetchProgram } from '../program-api.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { SaveForStudent } from '../interests/SaveForStudent.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { appUrl } from '../base-path.ts';

export function ProgramPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const version = Number(search.get('version'));
  if (!isProgramId(id)) return <NotFoundPage />;
  return (
    <ProgramLoader
      id={id}
      version={Number.isInteger(version) && version > 0 ? version : undefined}
    />
  );
}

function ProgramLoader({ id, version }: { id: string; version: number | undefined }) {
  const { lang } = useLang();
  const state = useApi(
    useCallback(
      (signal: AbortSignal) => fetchProgram(id, lang, version, signal),
      [id, lang, version],
    ),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return state.error.notFound ? <NotFoundPage /> : <ErrorNotice error={state.error} />;
  return <ProgramView program={state.data} />;
}

function ProgramView({ program }: { program: TProgramDetail }) {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const educator = useEducator();
  usePageSetup(program.title, heading);
  const color = clusterColor(program.cluster.code);
  const latest = Math.max(...program.versions.map((v) => v.version), program.version);
  const pinned = program.version === latest ? undefined : program.version;
  return (
    <article className="program-page" style={{ borderTopColor: color }}>
      <Breadcrumb
        items={[
          { label: t.home, to: homePath(lang) },
          { label: program.cluster.title, to: clusterPath(lang, program.cluster.code) },
          { label: program.pathway.title, to: pathwayPath(lang, program.pathway.code) },
          { label: program.title, to: programPath(lang, program.id) },
        ]}
      />
      <p className="eyebrow">
        <span className="code-badge" style={{ backgroundColor: color }}>
          {program.pathway.code}
        </span>
        {t.programKind}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {program.title}
      </h1>
      {pinned !== undefined && (
        <p className="notice">
          {formatMessage(lang, t.oldVersionNotice, { version: pinned })}{' '}
          <Link to={programPath(lang, program.id)}>{t.latestVersion}</Link>
        </p>
      )}
      <SaveForStudent item={{ kind: 'program', ref: program.id }} title={program.title} />
      <ProgramFacts program={program} />
      <nav className="program-actions" aria-label={t.downloadsLabel}>
        <ul>
          <li>
            <a href={appUrl(exportUrl(program.id, 'pdf', lang, pinned))} download>
              {t.downloadPdf}
            </a>
          </li>
          <li>
            <a href={appUrl(exportUrl(program.id, 'csv', lang, pinned))} download>
              {t.downloadCsv}
            </a>
          </li>
          <li>
            <a href={appUrl(exportUrl(program.id, 'json', lang, pinned))} download>
              {t.downloadJson}
            </a>
          </li>
          <li>
            <button type="button" className="button-secondary" onClick={() => window.print()}>
              {t.printProgram}
            </button>
          </li>
          {educator.mayEdit && (
            <li>
              <Link className="program-actions__edit" to={programEditPath(lang, program.id)}>
                {t.editProgram}
              </Link>
            </li>
          )}
        </ul>
      </nav>
      <section className="program-diagram" aria-labelledby="program-diagram">
        <h2 id="program-diagram">{t.diagramTitle}</h2>
        <PosLegend />
        <p className="pos-scroll-hint">{t.diagramScrollHint}</p>
        <PosDiagram program={program} />
      </section>
      <ProgramOccupations program={program} />
      <ProgramVersions program={program} />
    </article>
  );
}
