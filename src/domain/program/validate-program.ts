/**
 * Checks a program of study against the rules of a Perkins V program of study (see
 * rules/index.ts). Pure: the caller parses the file (ZProgramFile) and passes any framework or
 * occupation data in the options.
 */
import type { TProgramFile } from '../../contracts/program.ts';
import { buildContext, type ValidateProgramOptions } from './context.ts';
import type { Finding } from './finding.ts';
import { PROGRAM_RULES } from './rules/index.ts';

export type { ValidateProgramOptions } from './context.ts';
export {
  hasErrors,
  type Finding,
  type FindingMessage,
  type Rule,
  type Severity,
} from './finding.ts';
export { PROGRAM_RULES } from './rules/index.ts';
export {
  BUILT_IN_PROFILES,
  DEFAULT_PROFILE,
  builtInProfile,
  profileFor,
} from './profiles/index.ts';

/**
 * Every finding of the rules the profile runs (options.profile, else the owner's, else classic), in
 * rule order, each rule's findings in file order, at the profile's severity and with its reason.
 */
export function validateProgram(
  file: TProgramFile,
  options: ValidateProgramOptions = {},
): Finding[] {
  const ctx = buildContext(file, options);
  const { profile } = ctx;
  const findings: Finding[] = [];
  for (const rule of PROGRAM_RULES) {
    const setting = profile.rules[rule.id];
    if (!setting) continue;
    for (const found of rule.check(ctx)) {
      found.severity = setting.severity;
      found.profile = profile.id;
      found.reason = setting.reason;
      findings.push(found);
    }
  }
  return findings;
}
