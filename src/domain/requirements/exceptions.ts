/**
 * Counselor exceptions, which keep the original rule visible: substitute (this attempt counts
 * toward that requirement though the requirement does not select it), waive (the requirement
 * is not needed; it takes no courses) and force complete (the requirement is met; courses still
 * count toward it as usual).
 */
export const EXCEPTION_KINDS = ['substitute', 'waive', 'force_complete'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export interface RequirementException {
  kind: ExceptionKind;
  nodeId: string;
  /** substitute only: the attempt that counts. */
  attemptKey?: string | null | undefined;
  reason: string;
}
