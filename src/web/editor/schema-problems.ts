/**
 * The program file format's own checks (ZProgramBody: required texts, CIP and SOC code formats,
 * ranges) run in the editor on every change, as findings in the page's language that point at
 * their field: rule "schema.required", "schema.format" or "schema.range".
 */
import type { TFindingView } from '../../contracts/program-api.ts';
import { ZProgramBody } from '../../contracts/program.ts';
import { schemaMessageIn } from '../../contracts/schema-messages.ts';
import type { TLang } from '../../contracts/framework.ts';
import { formatMessage, messages } from '../i18n.ts';
import { agreementFieldLabel } from './agreement-problems.ts';
import { choiceFieldLabel, choiceProblem } from './credential-choices.ts';
import { forSaving, type Draft } from './editor-state.ts';

export type ProblemKind = 'required' | 'format' | 'range';

interface Issue {
  code: string;
  message: string;
  path: PropertyKey[];
  origin?: string;
  minimum?: unknown;
  input?: unknown;
}

/** "program.occupations[0].soc" from ["occupations", 0, "soc"]. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = 'program';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

export function problemKind(issue: Issue): ProblemKind {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1)
    return 'required';
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'range';
  return 'format';
}

/** How the form names the field at `path`, in the page's language (a step's choices need `draft`). */
export function fieldLabel(lang: TLang, path: string, draft?: Draft): string {
  const t = messages[lang];
  const choice = draft && choiceFieldLabel(lang, path, draft);
  if (choice) return choice;
  const agreement = agreementFieldLabel(lang, path);
  if (agreement) return agreement;
  const occupation = path.match(/^program\.occupations\[(\d+)\]\.(\w+)/);
  if (occupation) {
    const field =
      occupation[2] === 'soc' ? t.occSoc : occupation[2] === 'title' ? t.occTitle : occupation[2]!;
    return `${formatMessage(lang, t.occupationLegend, { n: Number(occupation[1]) + 1 })}: ${field}`;
  }
  const partner = path.match(/^program\.partners\[(\d+)\]/);
  if (partner) return formatMessage(lang, t.partnerLegend, { n: Number(partner[1]) + 1 });
  const known: Array<[string, string]> = [
    ['program.title.en', t.titleEn],
    ['program.title.es', t.titleEs],
    ['program.title', t.titleEn],
    ['program.pathwayCode', t.pathwayField],
    ['program.cipCode', t.cipField],
    ['program.ownerId', t.ownerField],
    ['program.steps', t.stepsTitle],
    ['program.occupations', t.occupationsLegend],
  ];
  return known.find(([prefix]) => path.startsWith(prefix))?.[1] ?? path;
}

/**
 * The problem in words; null when another finding says it already. A code in the wrong form
 * tells how to write it; otherwise the schema's own words (schema-messages.ts), when it has any.
 */
function problemText(lang: TLang, path: string, issue: Issue, draft: Draft): string | null {
  const kind = problemKind(issue);
  const t = messages[lang];
  const choice = choiceProblem(lang, path, draft);
  if (choice !== undefined) return choice;
  const field = fieldLabel(lang, path, draft);
  if (kind === 'required') return formatMessage(lang, t.problemRequired, { field });
  if (kind === 'format' && path === 'program.cipCode')
    return formatMessage(lang, t.problemCip, { field });
  if (kind === 'format' && /\.soc$/.test(path)) return formatMessage(lang, t.problemSoc, { field });
  const problem = schemaMessageIn(lang, issue.message);
  if (problem) return formatMessage(lang, t.problemSchema, { field, problem });
  return formatMessage(lang, kind === 'range' ? t.problemRange : t.problemFormat, { field });
}

/** The format's problems with the draft as findings, in form order (the schema's key order). */
export function schemaFindings(draft: Draft, lang: TLang): TFindingView[] {
  const parsed = ZProgramBody.safeParse(forSaving(draft));
  if (parsed.success) return [];
  const seen = new Set<string>();
  const findings: TFindingView[] = [];
  for (const issue of parsed.error.issues as unknown as Issue[]) {
    const path = issuePath(issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    const kind = problemKind(issue);
    const message = problemText(lang, path, issue, draft);
    if (message === null) continue;
    findings.push({ rule: `schema.${kind}`, severity: 'error', message, path });
  }
  return findings;
}

/** "Not saved: 2 fields need a fix …" */
export const refusedText = (lang: TLang, count: number): string =>
  formatMessage(lang, messages[lang].notSavedProblems, { count });
