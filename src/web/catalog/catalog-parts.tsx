/** Pieces the course, credential and CIP pages share: facts, program lists, where they sit. */
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { TProgramRef } from '../../contracts/catalog.ts';
import type { TLang } from '../../contracts/framework.ts';
import { clusterColor } from '../cluster-colors.ts';
import type { Crumb } from '../components/Breadcrumb.tsx';
import { messageParts } from '../../domain/i18n/message.ts';
import { formatMessage, type Messages } from '../i18n.ts';
import { clusterPath, homePath, pathwayPath, programPath, programsPath } from '../paths.ts';
import { useLang } from '../use-lang.ts';

/** The colour of the page: that of the first program's cluster, else the brand colour. */
export const pageColor = (programs: readonly TProgramRef[]): string | undefined =>
  programs[0] ? clusterColor(programs[0].cluster.code) : undefined;

/** Home › the first program's cluster › its pathway, or Home › Programs of study. */
export function leadingCrumbs(lang: TLang, t: Messages, programs: readonly TProgramRef[]): Crumb[] {
  const first = programs[0];
  return [
    { label: t.home, to: homePath(lang) },
    ...(first
      ? [
          { label: first.cluster.title, to: clusterPath(lang, first.cluster.code) },
          { label: first.pathway.title, to: pathwayPath(lang, first.pathway.code) },
        ]
      : [{ label: t.programsTitle, to: programsPath(lang) }]),
  ];
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A section listing approved programs of study, each a link to its page. */
export function ProgramsSection({
  id,
  title,
  none,
  programs,
}: {
  id: string;
  title: string;
  none: string;
  programs: readonly TProgramRef[];
}) {
  const { lang } = useLang();
  return (
    <section className="catalog-programs" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {programs.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul className="sibling-list">
          {programs.map((program) => (
            <li key={program.id}>
              <Link to={programPath(lang, program.id)}>{program.title}</Link>{' '}
              <span className="muted">
                ({program.pathway.title}
                {program.cipCode && `, CIP ${program.cipCode}`})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A UI text filled in by the message function, with elements (links) where some placeholders
 * stand: strings and numbers are formatted as text, anything else is placed as it is.
 */
export function fillNodes(
  lang: TLang,
  template: string,
  values: Record<string, ReactNode>,
): ReactNode {
  const texts: Record<string, string | number> = {};
  const nodes: Record<string, ReactNode> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') texts[name] = value;
    else nodes[name] = value;
  }
  return messageParts(lang, template, texts, nodes).map((part, index) => (
    <Fragment key={index}>{part}</Fragment>
  ));
}

/** An agreement's dates ("2024-08-01") as the page's language writes them. */
function formatDate(lang: TLang, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** "(In effect from August 1, 2024)", or "… from … to …" when the agreement has an end. */
export function InForce({
  agreement,
}: {
  agreement: { effectiveFrom: string; effectiveTo: string | null };
}) {
  const { lang, t } = useLang();
  const from = formatDate(lang, agreement.effectiveFrom);
  return (
    <span className="muted">
      (
      {agreement.effectiveTo
        ? formatMessage(lang, t.courseEffectiveUntil, {
            from,
            to: formatDate(lang, agreement.effectiveTo),
          })
        : formatMessage(lang, t.courseEffective, { from })}
      )
    </span>
  );
}
