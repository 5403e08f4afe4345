/**
 * Inline problems on the editor's fields: the form provides the problem of each field (by element
 * id); a field marks itself aria-invalid and points aria-describedby at its message, shown right
 * below it. Required fields carry a visible mark (the note above the form explains it; screen
 * readers hear aria-required instead).
 */
import { createContext, useContext } from 'react';

export const FieldProblems = createContext<ReadonlyMap<string, string>>(new Map());

export const errorId = (id: string) => `${id}-error`;

export const useFieldProblems = () => useContext(FieldProblems);

/** The field's problem, and the ARIA attributes that tie the field to it (and to `hint`). */
export function fieldProblem(problems: ReadonlyMap<string, string>, id: string, hint?: string) {
  const message = problems.get(id);
  const describedBy = [hint, message !== undefined ? errorId(id) : undefined]
    .filter(Boolean)
    .join(' ');
  return {
    message,
    aria: {
      'aria-invalid': message !== undefined ? true : undefined,
      'aria-describedby': describedBy || undefined,
    },
  };
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p className="field__error" id={errorId(id)}>
      <span aria-hidden="true">✖ </span>
      {message}
    </p>
  );
}

export function RequiredMark() {
  return (
    <span className="field__required" aria-hidden="true">
      {' *'}
    </span>
  );
}
