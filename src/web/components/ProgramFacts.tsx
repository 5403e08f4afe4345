/** A program's facts (cluster, pathway, CIP, owner, partners, status), occupations and versions. */
import { Link } from 'react-router-dom';
import type { TProgramDetail } from '../../contracts/program-api.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { formatMessage } from '../i18n.ts';
import { formatGrowth, formatWage } from '../occupations/occupation-format.ts';
import { clusterPath, pathwayPath, programPath } from '../paths.ts';
import { roleLabel, statusLabel } from '../program-labels.ts';
import { useLang } from '../use-lang.ts';

export function ProgramFacts({ program }: { program: TProgramDetail }) {
  const { lang, t } = useLang();
  return (
    <dl className="program-facts">
      <div>
        <dt>{t.factCluster}</dt>
        <dd>
          <Link to={clusterPath(lang, program.cluster.code)}>{program.cluster.title}</Link>
        </dd>
      </div>
      <div>
        <dt>{t.factPathway}</dt>
        <dd>
          <Link to={pathwayPath(lang, program.pathway.code)}>{program.pathway.title}</Link>
        </dd>
      </div>
      {program.cipCode && (
        <div>
          <dt>{t.factCip}</dt>
          <dd>{program.cipCode}</dd>
        </div>
      )}
      <div>
        <dt>{t.factOwner}</dt>
        <dd>{program.owner.name}</dd>
      </div>
      <div className="program-facts__wide">
        <dt>{t.factPartners}</dt>
        <dd>
          {program.partners
            .map((partner) => `${partner.name} (${roleLabel(t, partner.role)})`)
            .join(', ')}
        </dd>
      </div>
      <div>
        <dt>{t.factStatus}</dt>
        <dd>
          <span className={`status-badge status-badge--${program.status}`}>
            {statusLabel(lang, program.status)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t.factVersion}</dt>
        <dd>{program.version}</dd>
      </div>
    </dl>
  );
}

export function ProgramOccupations({ program }: { program: TProgramDetail }) {
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  return (
    <section className="program-occupations" aria-labelledby="program-occupations">
      <h2 id="program-occupations">{t.occupationsTitle}</h2>
      {program.occupations.length === 0 ? (
        <p>{t.noOccupations}</p>
      ) : (
        <div
          className="pos-scroll pos-scroll--plain"
          role="region"
          aria-labelledby="program-occupations"
          tabIndex={0}
        >
          <table className="occupations-table">
            <caption className="visually-hidden">{t.occupationsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.occSoc}</th>
                <th scope="col">{t.occTitle}</th>
                <th scope="col">{t.occPoint}</th>
                <th scope="col">{t.occCredential}</th>
                <th scope="col">{t.medianWage}</th>
                <th scope="col">{t.occFactGrowth}</th>
              </tr>
            </thead>
            <tbody>
              {program.occupations.map((occupation, index) => (
                <tr key={`${occupation.soc}-${index}`}>
                  <td className="occupations-table__soc">{occupation.soc}</td>
                  <th scope="row">{occupation.title}</th>
                  <td>
                    <span className={`point-badge point-badge--${occupation.point}`}>
                      {labels.point[occupation.point]}
                    </span>
                  </td>
                  <td>{occupation.credential ?? '—'}</td>
                  <td>
                    {occupation.medianAnnualWage != null
                      ? formatWage(t, lang, occupation.medianAnnualWage, occupation.wageTopCoded)
                      : '—'}
                  </td>
                  <td>
                    {occupation.growthPct != null ? formatGrowth(lang, occupation.growthPct) : '—'}
                    {occupation.brightOutlook ? ` · ${t.brightOutlook}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ProgramVersions({ program }: { program: TProgramDetail }) {
  const { lang, t } = useLang();
  if (program.versions.length < 2) return null;
  return (
    <section className="program-versions" aria-labelledby="program-versions">
      <h2 id="program-versions">{t.versionsTitle}</h2>
      <ul>
        {program.versions.map((version) => {
          const text = formatMessage(lang, t.versionItem, {
            version: version.version,
            status: statusLabel(lang, version.status),
          });
          return (
            <li key={version.version}>
              {version.version === program.version ? (
                <span aria-current="page">{text}</span>
              ) : (
                <Link to={`${programPath(lang, program.id)}?version=${version.version}`}>
                  {text}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
