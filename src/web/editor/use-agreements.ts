/**
 * The editor's credit agreements as state: the forms, the catalog the rules check (the stored one
 * with the agreements as the forms make them), the schema's problems, what a save sends, and the
 * forms again from the catalog a save returns (kept in the author's order).
 */
import { useMemo, useState } from 'react';
import type { TLang } from '../../contracts/framework.ts';
import type { TFindingView } from '../../contracts/program-api.ts';
import type { TCatalog } from '../../contracts/program.ts';
import { agreementFindings } from './agreement-problems.ts';
import { agreementEdits, agreementId, agreementOf, agreementsToSave } from './agreements.ts';

const AGREEMENT = /^catalog\.creditAgreements\[\d+\]/;

export function useAgreements(stored: TCatalog, lang: TLang) {
  const [edits, setEdits] = useState(() => agreementEdits(stored.creditAgreements));
  const checked = useMemo<TCatalog>(
    () => ({ ...stored, creditAgreements: edits.forms.map(agreementOf) }),
    [stored, edits],
  );
  const findings = useMemo(() => agreementFindings(edits, lang), [edits, lang]);
  const toSave = useMemo(() => agreementsToSave(edits, stored.creditAgreements), [edits, stored]);
  /** A rule's finding about an agreement the schema already faults says nothing new. */
  const repeats = useMemo(() => {
    const faulted = new Set(findings.map((f) => f.path.match(AGREEMENT)?.[0]));
    return (finding: TFindingView) => faulted.has(finding.path.match(AGREEMENT)?.[0] ?? '');
  }, [findings]);
  const reset = (catalog: TCatalog) =>
    setEdits((e) => agreementEdits(catalog.creditAgreements, e.forms.map(agreementId)));
  return { edits, setEdits, checked, findings, toSave, repeats, reset, newTail: randomTail };
}

/** Eight random hex digits (getRandomValues works outside secure contexts too). */
const randomTail = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
