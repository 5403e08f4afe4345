/**
 * Programs of study as a list of cards (title link, pathway, owner, CIP, status), and the
 * section that lists a cluster's or pathway's approved programs on those pages.
 */
import { errorText } from '../error-text.ts';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import type { TProgramSummary } from '../../contracts/program-api.ts';
import { clusterColor } from '../cluster-colors.ts';
import { programPath, programsPath } from '../paths.ts';
import { fetchPrograms, type ProgramFilters } from '../program-api.ts';
import { statusLabel } from '../program-labels.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { Loading } from './Status.tsx';

export function ProgramList({
  programs,
  headingLevel = 3,
}: {
  programs: TProgramSummary[];
  headingLevel?: 2 | 3;
}) {
  const { lang, t } = useLang();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="program-list">
      {programs.map((program) => (
        <li
          key={program.id}
          className="program-item"
          style={{ borderLeftColor: clusterColor(program.cluster.code) }}
        >
          <Heading className="program-item__title">
            <Link to={programPath(lang, program.id)}>{program.title}</Link>
          </Heading>
          <p className="program-item__pathway">
            {program.pathway.code} · {program.pathway.title}
          </p>
          <p className="program-item__meta">
            {t.factOwner}: {program.owner.name}
            {program.cipCode && ` · ${t.factCip} ${program.cipCode}`}
            {' · '}
            <span className={`status-badge status-badge--${program.status}`}>
              {statusLabel(lang, program.status)}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The approved programs of a cluster or a pathway, under a heading, for their pages. */
export function ProgramsSection({
  filter,
  title,
}: {
  filter: Pick<ProgramFilters, 'cluster' | 'pathway'>;
  title: string;
}) {
  const { lang, t } = useLang();
  const { cluster, pathway } = filter;
  const state = useApi(
    useCallback(
      (signal: AbortSignal) =>
        fetchPrograms({ cluster, pathway, status: 'approved' }, lang, signal),
      [cluster, pathway, lang],
    ),
  );
  return (
    <section className="programs-section" aria-labelledby="programs-section">
      <h2 id="programs-section">{title}</h2>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <p className="status">{errorText(t, state.error)}</p>}
      {state.status === 'ok' &&
        (state.data.items.length === 0 ? (
          <p>{t.noProgramsYet}</p>
        ) : (
          <ProgramList programs={state.data.items} />
        ))}
      <p>
        <Link to={programsPath(lang)}>{t.allPrograms}</Link>
      </p>
    </section>
  );
}
