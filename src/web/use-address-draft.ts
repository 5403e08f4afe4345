/**
 * The draft of a form whose choices, once applied, live in the address (filters, settings):
 * after Back, Forward or a link the form shows what the address now applies, not the last edit.
 */
import { startTransition, useState } from 'react';

export interface AddressDraft<T> {
  /** What the form shows: the edit, or what the address applies since it last changed. */
  draft: T;
  setDraft: (draft: T) => void;
  /**
   * Applies `next`: the form shows it, and `navigate` (which puts it in the address, where it
   * reads as `nextKey`) runs in the same transition.
   */
  apply: (next: T, nextKey: string, navigate: () => void) => void;
}

/**
 * `applied` is what the address applies now and `key` names it (the same for the same choices).
 *
 * The draft is reset to `applied` whenever `key` differs from the one it was last reset to or
 * applied for. React Router renders navigations as transitions, and a Back right after a submit
 * may be rendered together with it, the submitted address never drawn: `key` is then the same as
 * before the submit, but `apply` has named the submitted one in that same transition, so the form
 * still resets to what Back landed on (a React `key` on the form would not change, and the edit
 * would stay beside results of other choices).
 */
export function useAddressDraft<T>(applied: T, key: string): AddressDraft<T> {
  const [draft, setDraft] = useState(applied);
  const [draftFor, setDraftFor] = useState(key);
  if (draftFor !== key) {
    setDraftFor(key);
    setDraft(applied);
  }
  const apply = (next: T, nextKey: string, navigate: () => void) => {
    startTransition(() => {
      setDraft(next);
      setDraftFor(nextKey);
      navigate();
    });
  };
  return { draft, setDraft, apply };
}
