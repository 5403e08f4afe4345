/**
 * A step's choices of credentials in the editor ("Earn 1 of 2: CNA or Patient Care Technician",
 * steps[].credentialChoices): pure changes from one program body to the next, "how many" read
 * from what was typed, and the words that name a choice's fields and their problems in the page's
 * language (the schema's own checks, ZCredentialChoice, find the problems).
 */
import type { TLang } from '../../contracts/framework.ts';
import type { TCredentialChoice } from '../../contracts/program.ts';
import { formatMessage, messages } from '../i18n.ts';
import { stepName } from '../program-labels.ts';
import { updateStep, type Draft } from './editor-state.ts';

const choicesAt = (draft: Draft, index: number): readonly TCredentialChoice[] =>
  draft.steps[index]?.credentialChoices ?? [];

/** The step with these choices; none left removes the field. */
function withChoices(draft: Draft, index: number, choices: TCredentialChoice[]): Draft {
  if (!draft.steps[index]) return draft;
  return updateStep(draft, index, { credentialChoices: choices.length > 0 ? choices : undefined });
}

function updateChoice(
  draft: Draft,
  index: number,
  k: number,
  update: (choice: TCredentialChoice) => TCredentialChoice,
): Draft {
  const choices = choicesAt(draft, index);
  if (!choices[k]) return draft;
  return withChoices(
    draft,
    index,
    choices.map((choice, i) => (i === k ? update(choice) : choice)),
  );
}

/** A new, empty choice ("earn 1 of …") at the end of the step's choices. */
export const addCredentialChoice = (draft: Draft, index: number): Draft =>
  withChoices(draft, index, [...choicesAt(draft, index), { choose: 1, credentials: [] }]);

export const removeCredentialChoice = (draft: Draft, index: number, k: number): Draft =>
  withChoices(
    draft,
    index,
    choicesAt(draft, index).filter((_, i) => i !== k),
  );

/** Adds a credential to a choice, unless the choice lists it already. */
export const addChoiceCredential = (draft: Draft, index: number, k: number, id: string): Draft =>
  id === '' || choicesAt(draft, index)[k]?.credentials.includes(id)
    ? draft
    : updateChoice(draft, index, k, (c) => ({ ...c, credentials: [...c.credentials, id] }));

export const removeChoiceCredential = (draft: Draft, index: number, k: number, m: number) =>
  updateChoice(draft, index, k, (c) => ({
    ...c,
    credentials: c.credentials.filter((_, i) => i !== m),
  }));

export const setChoiceChoose = (draft: Draft, index: number, k: number, choose: number) =>
  updateChoice(draft, index, k, (c) => ({ ...c, choose }));

/** "How many" as typed: a whole number, or NaN (which the schema names as a problem). */
export function parseChoose(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The most a choice of `listed` credentials may ask a student to earn (at least 1). */
export const maxChoose = (listed: number) => Math.max(1, listed - 1);

/** "Grade 12 (Fall)", or "Steps 3" for a step the draft no longer has. */
function stepNameAt(lang: TLang, draft: Draft, index: number): string {
  const t = messages[lang];
  const step = draft.steps[index];
  return step ? stepName(lang, t, step) : `${t.stepsTitle} ${index + 1}`;
}

/** "Choice of credentials 1 in Grade 12". */
export const choiceLegend = (lang: TLang, draft: Draft, index: number, k: number) =>
  formatMessage(lang, messages[lang].credentialChoiceLegend, {
    n: k + 1,
    step: stepNameAt(lang, draft, index),
  });

/** "How many a student earns, choice 1 in Grade 12". */
export const chooseLabel = (lang: TLang, draft: Draft, index: number, k: number) =>
  formatMessage(lang, messages[lang].choiceChooseField, {
    n: k + 1,
    step: stepNameAt(lang, draft, index),
  });

const CHOICE_PATH = /^program\.steps\[(\d+)\]\.credentialChoices\[(\d+)\](?:\.(\w+))?/;

/** How the form names a choice's field at `path`, or undefined for a path outside the choices. */
export function choiceFieldLabel(lang: TLang, path: string, draft: Draft): string | undefined {
  const match = path.match(CHOICE_PATH);
  if (!match) return undefined;
  const [index, k] = [Number(match[1]), Number(match[2])];
  return match[3] === 'choose'
    ? chooseLabel(lang, draft, index, k)
    : choiceLegend(lang, draft, index, k);
}

/**
 * The problem of a choice's field, in words: undefined outside the choices, null when the
 * schema's issue only follows from another one (a choice of one credential cannot offer "1 of 1",
 * which the missing second credential says already).
 */
export function choiceProblem(lang: TLang, path: string, draft: Draft): string | null | undefined {
  const match = path.match(CHOICE_PATH);
  if (!match) return undefined;
  const [index, k] = [Number(match[1]), Number(match[2])];
  const choice = choicesAt(draft, index)[k];
  const field = choiceFieldLabel(lang, path, draft) ?? path;
  const t = messages[lang];
  if (match[3] === 'choose') {
    const max = maxChoose(choice?.credentials.length ?? 0);
    const choose = choice?.choose ?? Number.NaN;
    if (Number.isInteger(choose) && choose >= 1 && choose <= max) return null;
    return formatMessage(lang, t.problemChoose, { field, max });
  }
  if (match[3] === 'credentials' && path === match[0])
    return formatMessage(lang, t.problemChoiceCredentials, { field });
  return undefined;
}
