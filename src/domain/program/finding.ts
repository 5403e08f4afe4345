/**
 * What program-of-study validation reports: findings, each naming its rule, severity, a message a
 * teacher can act on (English and Spanish) and the JSON path of what it concerns.
 */
import type { TStepLevel } from '../../contracts/program.ts';
import type { RuleContext } from './context.ts';

export type Severity = 'error' | 'warning';

export interface FindingMessage {
  en: string;
  es: string;
}

export interface Finding {
  /** The rule's id, such as "pos.starts-by-grade-9". */
  rule: string;
  severity: Severity;
  message: FindingMessage;
  /** JSON path into the program file, such as "program.steps[2].courses[1]". */
  path: string;
  stepLevel?: TStepLevel;
  courseId?: string;
  /** The rules profile that ran the rule (set by validateProgram). */
  profile?: string;
  /** Why the profile checks the rule at this severity (set by validateProgram). */
  reason?: FindingMessage;
}

/**
 * One named check. A rule reports findings of its own severity; the profile that runs it may
 * change that severity (validateProgram does).
 */
export interface Rule {
  id: string;
  /** The severity when run without a profile (checkRule in tests). */
  severity: Severity;
  check(ctx: RuleContext): Finding[];
}

/** Where a finding points, beyond its message. */
export interface FindingTarget {
  path: string;
  stepLevel?: TStepLevel;
  courseId?: string;
}

/** Builds a finding of `rule`; leaves out the optional fields that are not given. */
export function finding(rule: Rule, target: FindingTarget, en: string, es: string): Finding {
  const result: Finding = {
    rule: rule.id,
    severity: rule.severity,
    message: { en, es },
    path: target.path,
  };
  if (target.stepLevel !== undefined) result.stepLevel = target.stepLevel;
  if (target.courseId !== undefined) result.courseId = target.courseId;
  return result;
}

/** Builds a finding of `rule` from a message of the catalog (messages.ts). */
export function findingOf(rule: Rule, target: FindingTarget, message: FindingMessage): Finding {
  return finding(rule, target, message.en, message.es);
}

/** True when any finding is an error (warnings do not stop a program). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
