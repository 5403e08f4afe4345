/**
 * A program's choices of credentials ("earn 1 of: CNA or Patient Care Technician") in a student's
 * plan. The plan keeps every choice of its program, in the high school and the college years, with
 * the options it picks: a new plan picks the first N options (in the program's order) not already
 * in the plan, and the student, or a counselor, picks others in the plan editor. Picks live in the
 * choice, not in the plan's credentials, so a picked credential is listed once and keeps the
 * choice's grade or college year. An edit may leave a choice open (fewer than N picked), but not
 * pick a credential the choice does not offer, more than N, or one the plan already lists.
 */
import type { TPlanCredential } from '../../contracts/plans.ts';
import type { TPlanCredentialChoice } from '../../contracts/plan-credential-choices.ts';
import type { TProgramBody } from '../../contracts/program.ts';
import { choiceValues, pickProblem } from './plan-pick-messages.ts';

type Program = Pick<TProgramBody, 'steps'>;

const isSecondary = (level: string) => level.startsWith('grade-');

/** The program's choices of credentials, every level, in the program's order, nothing picked. */
function choicesOf(program: Program): TPlanCredentialChoice[] {
  return program.steps.flatMap((step) =>
    (step.credentialChoices ?? []).map((choice) => ({
      level: step.level,
      choose: choice.choose,
      options: [...choice.credentials],
      ...(choice.note
        ? { note: { en: choice.note.en, ...(choice.note.es ? { es: choice.note.es } : {}) } }
        : {}),
      picked: [],
    })),
  );
}

/** Of each choice, the first `choose` options not taken yet; each pick is then taken. */
function pickFirst(choice: TPlanCredentialChoice, taken: Set<string>): TPlanCredentialChoice {
  const picked = choice.options.filter((id) => !taken.has(id)).slice(0, choice.choose);
  for (const id of picked) taken.add(id);
  return { ...choice, picked };
}

/**
 * A new plan's choices of credentials: the program's, each with its first N options not among
 * `listed` (the credentials the plan lists outright) nor picked for an earlier choice.
 */
export function startCredentialChoices(
  program: Program,
  listed: readonly TPlanCredential[],
): TPlanCredentialChoice[] {
  const taken = new Set(listed.map((c) => c.credentialId));
  return choicesOf(program).map((choice) => pickFirst(choice, taken));
}

/**
 * A stored plan's credentials and choices of credentials. A plan saved before plans kept these
 * choices has none stored: it gets its program version's. Its high-school picks are the options it
 * lists as plain credentials (a plan then took the first option as one, and the student may have
 * swapped it for another), which leave the plain list; its college-year picks, never stored, are
 * the first N options, as the program showed them. Without the program, none.
 */
export function carriedCredentialChoices(
  body: { credentials?: TPlanCredential[]; credentialChoices?: TPlanCredentialChoice[] },
  program: Program | undefined,
): { credentials: TPlanCredential[]; credentialChoices: TPlanCredentialChoice[] } {
  const credentials = body.credentials ?? [];
  if (body.credentialChoices) return { credentials, credentialChoices: body.credentialChoices };
  if (!program) return { credentials, credentialChoices: [] };
  const moved = new Set<string>();
  const choices = choicesOf(program).map((choice) => {
    if (!isSecondary(choice.level) || !body.credentials) return choice;
    const picked = choice.options
      .filter((id) => !moved.has(id) && credentials.some((c) => c.credentialId === id))
      .slice(0, choice.choose);
    for (const id of picked) moved.add(id);
    return { ...choice, picked };
  });
  const plain = credentials.filter((c) => !moved.has(c.credentialId));
  const taken = new Set([...credentials.map((c) => c.credentialId)]);
  return {
    credentials: plain,
    credentialChoices: choices.map((choice) =>
      isSecondary(choice.level) && body.credentials ? choice : pickFirst(choice, taken),
    ),
  };
}

/**
 * The choices with an edit's picks (`picks[i]` for choice i). Throws `invalid` naming the first
 * pick that is not an option of its choice, is picked twice, or goes past the number the choice
 * takes, and an edit that gives picks for another number of choices than the plan has.
 */
export function applyCredentialPicks(
  choices: readonly TPlanCredentialChoice[],
  picks: readonly (readonly string[])[],
): TPlanCredentialChoice[] {
  if (picks.length !== choices.length)
    throw pickProblem(
      'countMismatch',
      { choices: choices.length, given: picks.length },
      'credentialPicks',
    );
  const seen = new Map<string, number>();
  return choices.map((choice, i) => {
    const picked = picks[i]!;
    picked.forEach((id, j) => {
      const field = `credentialPicks.${i}.${j}`;
      const values = { ...choiceValues(choice), id };
      if (!choice.options.includes(id)) throw pickProblem('notAnOption', values, field);
      const earlier = seen.get(id);
      if (earlier === i) throw pickProblem('pickedTwice', values, field);
      if (earlier !== undefined)
        throw pickProblem('pickedEarlier', { ...values, earlier: earlier + 1 }, field);
      if (j >= choice.choose) throw pickProblem('tooMany', values, field);
      seen.set(id, i);
    });
    return { ...choice, picked: [...picked] };
  });
}

/** Throws `invalid` naming the first plain credential that a choice of the plan also picks. */
export function checkNotPickedTwice(
  credentials: readonly TPlanCredential[],
  choices: readonly TPlanCredentialChoice[],
): void {
  credentials.forEach((c, i) => {
    const index = choices.findIndex((choice) => choice.picked.includes(c.credentialId));
    if (index >= 0)
      throw pickProblem(
        'listedAndPicked',
        { ...choiceValues(choices[index]!), id: c.credentialId },
        `credentials.${i}`,
      );
  });
}
