/**
 * Program validation benchmark: 10,000 generated programs of study (20–40 courses each, with their
 * catalogs) as JSON strings. Times JSON.parse of all of them against JSON.parse +
 * ZProgramFile.parse + validateProgram in the same run; the ratio of the two is the figure to
 * watch (target <= 5). Validation runs the `state-example` profile by default, which runs every
 * rule (classic, the default of programs, runs only the first-edition ones). The programs come
 * from program-generator.ts.
 */
import { performance } from 'node:perf_hooks';
import { ZProgramFile, type TProgramFile } from '../src/contracts/program.ts';
import type { OccupationEntry } from '../src/domain/program/exit-points.ts';
import {
  builtInProfile,
  hasErrors,
  validateProgram,
} from '../src/domain/program/validate-program.ts';
import { PATHWAYS, generateProgram } from './program-generator.ts';

export interface ValidateBenchResult {
  profile: string;
  programs: number;
  averageCourses: number;
  averageBytes: number;
  /** Best of the rounds, in milliseconds, for all programs. */
  parseMs: number;
  schemaMs: number;
  validateMs: number;
  /** Programs with at least one error finding (the generator makes valid programs: 0). */
  withErrors: number;
  ratio: number;
}

function time(run: () => void, rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function benchValidate(
  options: { programs?: number; rounds?: number; profile?: string } = {},
): Promise<ValidateBenchResult> {
  const count = options.programs ?? 10_000;
  const profileName = options.profile ?? 'state-example';
  const profile = builtInProfile(profileName);
  if (!profile) throw new Error(`no built-in profile ${profileName}`);
  const rounds = options.rounds ?? 5;
  const texts: string[] = [];
  let courses = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const program = generateProgram(i + 1);
    courses += program.program.steps.reduce((n, s) => n + s.courses.length, 0);
    const text = JSON.stringify(program);
    bytes += text.length;
    texts.push(text);
  }
  const knownPathways = new Set(PATHWAYS);
  const onet: Record<string, string[]> = { '15-1252.00': ['11-03'], '15-1232.00': ['11-01'] };
  const pathwayCodesOf = (soc: string) => onet[soc];
  // Entry data, so untied exit points derive their jobs by level (domain/program/exit-points.ts).
  const entries: Record<string, OccupationEntry> = {
    '15-1252.00': { jobZone: 4, entryEducation: "Bachelor's degree" },
    '15-1232.00': { jobZone: 3, entryEducation: 'Some college, no degree' },
  };
  const occupationEntryOf = (soc: string) => entries[soc];
  let withErrors = 0;
  let sink = 0;
  const parse = () => {
    for (const text of texts) sink += (JSON.parse(text) as TProgramFile).program.steps.length;
  };
  const schema = () => {
    for (const text of texts) sink += ZProgramFile.parse(JSON.parse(text)).program.steps.length;
  };
  const validate = () => {
    withErrors = 0;
    for (const text of texts) {
      const findings = validateProgram(ZProgramFile.parse(JSON.parse(text)), {
        knownPathways,
        pathwayCodesOf,
        occupationEntryOf,
        profile,
        today: '2026-11-01',
      });
      if (hasErrors(findings)) withErrors++;
      sink += findings.length;
    }
  };
  // Warm up every path once, then take the best of `rounds` of each, interleaved.
  parse();
  schema();
  validate();
  let parseMs = Infinity;
  let schemaMs = Infinity;
  let validateMs = Infinity;
  for (let r = 0; r < rounds; r++) {
    parseMs = Math.min(parseMs, time(parse, 1));
    schemaMs = Math.min(schemaMs, time(schema, 1));
    validateMs = Math.min(validateMs, time(validate, 1));
  }
  if (sink < 0) console.log(sink);
  return {
    profile: profileName,
    programs: count,
    averageCourses: courses / count,
    averageBytes: bytes / count,
    parseMs,
    schemaMs,
    validateMs,
    withErrors,
    ratio: validateMs / parseMs,
  };
}

export function printValidate(result: ValidateBenchResult): void {
  const perSecond = (ms: number) => ((result.programs / ms) * 1000).toFixed(0).padStart(12);
  console.log(
    `\nProgram validation, profile ${result.profile} (${result.programs} programs, ${result.averageCourses.toFixed(1)} courses and ` +
      `${(result.averageBytes / 1024).toFixed(1)} KB each, best of rounds)`,
  );
  console.log('step                                            programs/s        ms');
  console.log(
    `JSON.parse                                    ${perSecond(result.parseMs)}${result.parseMs.toFixed(0).padStart(10)}`,
  );
  console.log(
    `JSON.parse + ZProgramFile.parse               ${perSecond(result.schemaMs)}${result.schemaMs.toFixed(0).padStart(10)}`,
  );
  console.log(
    `JSON.parse + ZProgramFile.parse + validate    ${perSecond(result.validateMs)}${result.validateMs.toFixed(0).padStart(10)}`,
  );
  console.log(
    `ratio validate/parse ${result.ratio.toFixed(2)} (target <= 5)` +
      (result.withErrors > 0 ? `; ${result.withErrors} generated programs had errors` : ''),
  );
}
