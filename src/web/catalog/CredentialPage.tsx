/**
 * One credential: its type, issuer and level, the credentials it counts toward (and those that
 * count toward it), the college credit its holders receive, the occupations it opens, and the
 * approved programs of study that lead to it.
 */
import { useCallback, useRef } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { TCredentialDetail } from '../../contracts/catalog.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage, type Messages } from '../i18n.ts';
import { entryLevelLabel } from '../occupations/occupation-format.ts';
import { SourcesSection } from '../occupations/SourcesNote.tsx';
import { usePageSetup } from '../page-setup.ts';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { coursePath, credentialPath, isCatalogId, occupationPath } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { fetchCredential } from './catalog-api.ts';
import {
  Fact,
  InForce,
  ProgramsSection,
  fillNodes,
  leadingCrumbs,
  pageColor,
} from './catalog-parts.tsx';

export function CredentialPage() {
  const { id } = useParams();
  if (!isCatalogId(id)) return <NotFoundPage />;
  return <CredentialLoader id={id} />;
}

function CredentialLoader({ id }: { id: string }) {
  const { lang } = useLang();
  const state = useApi(
    useCallback((signal: AbortSignal) => fetchCredential(id, lang, signal), [id, lang]),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return state.error.notFound ? <NotFoundPage /> : <ErrorNotice error={state.error} />;
  return <CredentialView credential={state.data} />;
}

function levelLabel(t: Messages, level: NonNullable<TCredentialDetail['level']>): string {
  return { entry: t.credentialLevelEntry, mid: t.credentialLevelMid, high: t.credentialLevelHigh }[
    level
  ];
}

function CredentialList({
  id,
  title,
  items,
}: {
  id: string;
  title: string;
  items: TCredentialDetail['stacksInto'];
}) {
  const { lang } = useLang();
  const labels = posLabels(lang);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="sibling-list">
        {items.map((item) => (
          <li key={item.id}>
            <Link to={credentialPath(lang, item.id)}>{item.title}</Link>{' '}
            <span className="muted">({labels.credential[item.type]})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CredentialView({ credential }: { credential: TCredentialDetail }) {
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(credential.title, heading);
  const color = pageColor(credential.programs);
  const type = labels.credential[credential.type];
  return (
    <article className="detail catalog-page" style={color ? { borderTopColor: color } : undefined}>
      <Breadcrumb
        items={[
          ...leadingCrumbs(lang, t, credential.programs),
          { label: credential.title, to: credentialPath(lang, credential.id) },
        ]}
      />
      <p className="eyebrow">
        {t.credentialKind} · {type}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {credential.title}
      </h1>
      {credential.issuer && (
        <p className="lead">
          {formatMessage(lang, t.credentialIssuedBy, { issuer: credential.issuer })}
        </p>
      )}

      <section aria-labelledby="credential-facts">
        <h2 id="credential-facts">{t.credentialFacts}</h2>
        <dl className="facts">
          <Fact term={t.credentialFactType}>{type}</Fact>
          {credential.issuer && <Fact term={t.credentialFactIssuer}>{credential.issuer}</Fact>}
          {credential.level && (
            <Fact term={t.credentialFactLevel}>{levelLabel(t, credential.level)}</Fact>
          )}
        </dl>
      </section>

      <CredentialList
        id="credential-stacks-into"
        title={t.credentialStacksInto}
        items={credential.stacksInto}
      />
      <CredentialList
        id="credential-stacked-from"
        title={t.credentialStackedFrom}
        items={credential.stackedFrom}
      />

      {credential.credit.length > 0 && (
        <section aria-labelledby="credential-credit">
          <h2 id="credential-credit">{t.credentialCredit}</h2>
          <ul className="sibling-list catalog-agreements">
            {credential.credit.map((credit) => (
              <li key={credit.id}>
                {fillNodes(lang, t.credentialEarnsCredit, {
                  credits: credit.credits,
                  course: (
                    <Link to={coursePath(lang, credit.course.id)}>
                      {credit.course.code} {credit.course.title}
                    </Link>
                  ),
                  institution: credit.institution,
                })}{' '}
                <InForce agreement={credit} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {credential.occupations.length > 0 && (
        <section aria-labelledby="credential-occupations">
          <h2 id="credential-occupations">{t.credentialOccupations}</h2>
          <p>{t.credentialOccupationsIntro}</p>
          <ul className="sibling-list">
            {credential.occupations.map((occupation) => (
              <li key={occupation.code}>
                {occupation.known ? (
                  <Link to={occupationPath(lang, occupation.code)}>{occupation.title}</Link>
                ) : (
                  occupation.title
                )}{' '}
                <span className="muted">
                  ({labels.point[occupation.point]}
                  {occupation.entryLevel && `, ${entryLevelLabel(t, occupation.entryLevel)}`})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ProgramsSection
        id="credential-programs"
        title={t.credentialPrograms}
        none={t.credentialProgramsNone}
        programs={credential.programs}
      />
      <SourcesSection sources={credential.sources} />
    </article>
  );
}
