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

/** Every finding of every rule, in rule order, each rule's findings in file order. */
export function validateProgram(
  file: TProgramFile,
  options: ValidateProgramOptions = {},
): Finding[] {
  const ctx = buildContext(file, options);
  const findings: Finding[] = [];
  for (const rule of PROGRAM_RULES) {
    for (const found of rule.check(ctx)) findings.push(found);
  }
  return findings;
}
