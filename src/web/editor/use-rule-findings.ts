/**
 * The editor's live findings from the program rules: the same validateProgram the server runs, on
 * the draft and the catalog as edited, in the page's language. Findings about a credit agreement
 * the schema already faults are left out (`repeats`): the schema's message says it at the field.
 */
import { useMemo } from 'react';
import type { TLang, TPathwaySummary } from '../../contracts/framework.ts';
import type { TFindingView } from '../../contracts/program-api.ts';
import type { TCatalog } from '../../contracts/program.ts';
import { socKey } from '../../domain/program/exit-points.ts';
import { validateProgram } from '../../domain/program/validate-program.ts';
import { findingView, type Draft } from './editor-state.ts';
import type { EditorStart } from './ProgramEditor.tsx';

export function useRuleFindings(options: {
  start: EditorStart;
  draft: Draft;
  catalog: TCatalog;
  pathways: TPathwaySummary[];
  today: string;
  lang: TLang;
  repeats: (finding: TFindingView) => boolean;
}): TFindingView[] {
  const { start, draft, catalog, pathways, today, lang, repeats } = options;
  const known = useMemo(() => new Set(pathways.map((p) => p.code)), [pathways]);
  // Findings show in the page's language: the pathway titles loaded in it serve for both.
  const pathwayTitle = useMemo(
    () => new Map(pathways.map((p) => [p.code, { en: p.title, es: p.title }])),
    [pathways],
  );
  const { id, entries, occupationPathways } = start;
  return useMemo(
    () =>
      validateProgram(
        { id, program: draft, catalog },
        {
          knownPathways: known,
          pathwayTitleOf: (code) => pathwayTitle.get(code),
          today,
          ...(entries ? { occupationEntryOf: (code) => entries.get(code) } : {}),
          ...(occupationPathways
            ? { pathwayCodesOf: (soc) => occupationPathways.get(socKey(soc)) }
            : {}),
        },
      )
        .map((f) => findingView(f, lang))
        .filter((f) => !repeats(f)),
    [draft, catalog, id, entries, occupationPathways, known, pathwayTitle, lang, today, repeats],
  );
}
