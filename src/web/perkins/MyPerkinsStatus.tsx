/**
 * One sentence per program of study on a student's own home: "You are a CTE concentrator in
 * Nursing." Shows nothing while loading, on an error (no record imported yet) or with no CTE course.
 */
import { useCallback } from 'react';
import type { TMyPerkinsStatus } from '../../contracts/perkins.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { currentSchoolYear, fetchMyPerkins } from './perkins-api.ts';

type Status = TMyPerkinsStatus['programs'][number]['status'];

const SENTENCE: Record<'en' | 'es', Record<Status, (program: string) => string>> = {
  en: {
    participant: (p) => `You are a CTE participant in ${p}.`,
    concentrator: (p) => `You are a CTE concentrator in ${p}.`,
    completer: (p) => `You are a CTE completer in ${p}.`,
  },
  es: {
    participant: (p) => `Participas en CTE en ${p}.`,
    concentrator: (p) => `Eres concentrador de CTE en ${p}.`,
    completer: (p) => `Has completado CTE en ${p}.`,
  },
};

export function MyPerkinsStatus() {
  const { lang } = useLang();
  const state = useApi(
    useCallback((signal: AbortSignal) => fetchMyPerkins(currentSchoolYear(new Date()), signal), []),
  );
  if (state.status !== 'ok' || state.data.programs.length === 0) return null;
  return (
    <ul className="ip-list" data-testid="perkins-status">
      {state.data.programs.map((p) => (
        <li key={p.programKey}>
          {SENTENCE[lang][p.status](lang === 'es' ? p.title.es : p.title.en)}
        </li>
      ))}
    </ul>
  );
}
