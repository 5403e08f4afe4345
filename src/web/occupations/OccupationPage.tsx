/**
 * One occupation: what it is, how one gets in (entry level, education), interests, wage and
 * outlook, the pathways and programs of study that lead there, related occupations, sources.
 */
import { useCallback, useRef, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { TOccupation } from '../../contracts/occupation.ts';
import { clusterColor } from '../cluster-colors.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import {
  clusterPath,
  homePath,
  isOccupationCode,
  occupationPath,
  pathwayPath,
  programPath,
  cipPath,
} from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { fetchOccupation } from './occupation-api.ts';
import {
  entryLevelLabel,
  formatCount,
  formatGrowth,
  formatWage,
  riasecName,
  riasecRows,
} from './occupation-format.ts';
import { SaveForStudent } from '../interests/SaveForStudent.tsx';
import { UntranslatedNote } from './PathwayOccupations.tsx';
import { SourcesSection } from './SourcesNote.tsx';

export function OccupationPage() {
  const { code } = useParams();
  if (!isOccupationCode(code)) return <NotFoundPage />;
  return <OccupationLoader code={code} />;
}

function OccupationLoader({ code }: { code: string }) {
  const { lang } = useLang();
  const state = useApi(
    useCallback((signal: AbortSignal) => fetchOccupation(code, lang, signal), [code, lang]),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return state.error.notFound ? <NotFoundPage /> : <ErrorNotice error={state.error} />;
  return <OccupationView occupation={state.data} />;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function OccupationView({ occupation }: { occupation: TOccupation }) {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(occupation.title, heading);
  const primary = occupation.pathways.find((p) => p.isPrimary) ?? occupation.pathways[0];
  const color = primary ? clusterColor(primary.cluster.code) : undefined;
  const interests = riasecRows(occupation.riasec);
  const na = t.occNotAvailable;
  // Texts not yet written in the page's language come in English: marked, and said once.
  const other = (textLang: string) => (textLang !== lang ? textLang : undefined);
  const untranslated = [
    occupation.titleLang,
    occupation.descriptionLang,
    ...occupation.related.map((r) => r.titleLang),
  ].some((l) => l !== lang);
  return (
    <article className="detail occupation" style={color ? { borderTopColor: color } : undefined}>
      <Breadcrumb
        items={[
          { label: t.home, to: homePath(lang) },
          ...(primary
            ? [
                { label: primary.cluster.title, to: clusterPath(lang, primary.cluster.code) },
                { label: primary.title, to: pathwayPath(lang, primary.code) },
              ]
            : []),
          {
            label: occupation.title,
            to: occupationPath(lang, occupation.code),
            lang: other(occupation.titleLang),
          },
        ]}
      />
      <p className="eyebrow">
        <span
          className="code-badge occupation__code"
          style={color ? { backgroundColor: color } : undefined}
        >
          {occupation.code}
        </span>
        {t.occupationKind}
      </p>
      <h1 ref={heading} tabIndex={-1} lang={other(occupation.titleLang)}>
        {occupation.title}
      </h1>
      <p className="lead" lang={other(occupation.descriptionLang)}>
        {occupation.description}
      </p>
      {untranslated && <UntranslatedNote />}
      <SaveForStudent
        item={{ kind: 'occupation', ref: occupation.code }}
        title={occupation.title}
      />

      <section aria-labelledby="occupation-facts">
        <h2 id="occupation-facts">{t.occupationFacts}</h2>
        <dl className="facts">
          <Fact term={t.occFactEntryLevel}>
            {occupation.entryLevel ? entryLevelLabel(t, occupation.entryLevel) : na}
          </Fact>
          {occupation.jobZone !== null && (
            <Fact term={t.occFactJobZone}>
              {formatMessage(lang, t.jobZoneValue, { zone: occupation.jobZone })}
            </Fact>
          )}
          <Fact term={t.occFactEducation}>{occupation.typicalEducation ?? na}</Fact>
          <Fact term={t.medianWage}>
            {occupation.medianAnnualWage === null
              ? na
              : formatWage(t, lang, occupation.medianAnnualWage, occupation.wageTopCoded)}
          </Fact>
          {occupation.employment !== null && (
            <Fact term={t.occFactEmployment}>{formatCount(lang, occupation.employment)}</Fact>
          )}
          <Fact term={t.occFactGrowth}>
            {occupation.growthPct === null ? na : formatGrowth(lang, occupation.growthPct)}
          </Fact>
          <Fact term={t.occFactOpenings}>
            {occupation.annualOpenings === null ? na : formatCount(lang, occupation.annualOpenings)}
          </Fact>
          {occupation.brightOutlook !== null && (
            <Fact term={t.occFactBrightOutlook}>
              {occupation.brightOutlook ? t.occYes : t.occNo}
            </Fact>
          )}
        </dl>
      </section>

      <section aria-labelledby="occupation-interests">
        <h2 id="occupation-interests">{t.interestsTitle}</h2>
        {interests.length === 0 ? (
          <p>{t.interestsNone}</p>
        ) : (
          <>
            <p>{t.interestsIntro}</p>
            {occupation.interestCode && (
              <p className="interest-code">
                {formatMessage(lang, t.interestCode, { code: occupation.interestCode })}
              </p>
            )}
            <ul className="riasec">
              {interests.map(({ letter, score }) => (
                <li key={letter} className="riasec__row">
                  <span className="riasec__name">{riasecName(t, letter)}</span>
                  <span className="riasec__bar" aria-hidden="true">
                    <span style={{ width: `${Math.max(0, Math.min(100, (score / 7) * 100))}%` }} />
                  </span>
                  <span className="riasec__score">
                    {formatMessage(lang, t.riasecScore, { score: formatCount(lang, score) })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {occupation.pathways.length > 0 && (
        <section aria-labelledby="occupation-pathways">
          <h2 id="occupation-pathways">{t.occupationPathways}</h2>
          <ul className="sibling-list">
            {occupation.pathways.map((pathway) => (
              <li key={pathway.code}>
                <Link to={pathwayPath(lang, pathway.code)}>{pathway.title}</Link>{' '}
                <span className="muted">
                  ({pathway.cluster.title}
                  {pathway.isPrimary && occupation.pathways.length > 1 && `, ${t.primaryPathway}`})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="occupation-programs">
        <h2 id="occupation-programs">{t.occupationPrograms}</h2>
        {occupation.programs.length === 0 ? (
          <p>{t.occupationProgramsNone}</p>
        ) : (
          <ul className="sibling-list">
            {occupation.programs.map((program) => (
              <li key={program.id}>
                <Link to={programPath(lang, program.id)}>{program.title}</Link>{' '}
                <span className="muted">
                  ({program.pathwayCode}
                  {program.cipCode && `, CIP ${program.cipCode}`})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {occupation.cip.length > 0 && (
        <section aria-labelledby="occupation-cip">
          <h2 id="occupation-cip">{t.occupationCip}</h2>
          <ul className="sibling-list">
            {occupation.cip.map((cip) => (
              <li key={cip.code}>
                <Link to={cipPath(lang, cip.code)}>
                  <span className="occupation-item__code">{cip.code}</span>
                  {/* CIP titles are published in English only. */}
                  {cip.title && <span lang={lang === 'es' ? 'en' : undefined}> {cip.title}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="occupation-related">
        <h2 id="occupation-related">{t.relatedOccupations}</h2>
        {occupation.related.length === 0 ? (
          <p>{t.relatedNone}</p>
        ) : (
          <ul className="sibling-list">
            {occupation.related.map((related) => (
              <li key={related.code}>
                <Link to={occupationPath(lang, related.code)} lang={other(related.titleLang)}>
                  {related.title}
                </Link>
                {related.entryLevel && (
                  <span className="muted"> ({entryLevelLabel(t, related.entryLevel)})</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <SourcesSection sources={occupation.sources} />
    </article>
  );
}
