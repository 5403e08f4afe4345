/**
 * One sentence per program of study on a student's own home: "You are a CTE concentrator in
 * Nursing." Shows nothing while loading, on an error (no record imported yet) or with no CTE course.
 * A program with no Spanish title is named in English on the Spanish page, marked `lang="en"`.
 */
import { Fragment, useCallback } from 'react';
import type { TLang } from '../../contracts/framework.ts';
import type { TMyPerkinsStatus } from '../../contracts/perkins.ts';
import { messageParts } from '../../domain/i18n/message.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { perkinsMessages } from './i18n-perkins.ts';
import { currentSchoolYear, fetchMyPerkins } from './perkins-api.ts';

type Program = TMyPerkinsStatus['programs'][number];

const SENTENCE = {
  participant: 'myParticipant',
  concentrator: 'myConcentrator',
  completer: 'myCompleter',
} as const;

/** The sentences for a student's programs (nothing when they have none). */
export function PerkinsStatusList({
  lang,
  programs,
}: {
  lang: TLang;
  programs: readonly Program[];
}) {
  if (programs.length === 0) return null;
  return (
    <ul className="ip-list" data-testid="perkins-status">
      {programs.map((p) => {
        const spanish = lang === 'es' ? p.title.es : undefined;
        const program =
          lang === 'en' ? p.title.en : (spanish ?? <span lang="en">{p.title.en}</span>);
        const template = perkinsMessages[lang][SENTENCE[p.status]];
        return (
          <li key={p.programKey}>
            {messageParts(lang, template, {}, { program }).map((part, i) => (
              <Fragment key={i}>{part}</Fragment>
            ))}
          </li>
        );
      })}
    </ul>
  );
}

export function MyPerkinsStatus() {
  const { lang } = useLang();
  const state = useApi(
    useCallback((signal: AbortSignal) => fetchMyPerkins(currentSchoolYear(new Date()), signal), []),
  );
  if (state.status !== 'ok') return null;
  return <PerkinsStatusList lang={lang} programs={state.data.programs} />;
}
