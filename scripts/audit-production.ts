/**
 * `npm run audit:production`: `npm audit` of the production dependencies, failing on any high or
 * critical advisory. When the registry's advisory endpoint cannot be reached (an offline mirror,
 * a proxy that refuses its POST), it says so plainly and exits 0, unless
 * WAYFINDER_REQUIRE_AUDIT=1 makes an unchecked audit a failure too. Exit codes: 0 checked and
 * clean (or not reachable), 1 high or critical findings, 2 not reachable but required.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export interface AuditReport {
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; range?: string }>;
}

/** What to print and the exit code for one `npm audit --json` answer. */
export function verdict(report: AuditReport, required: boolean): { lines: string[]; code: number } {
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const why = report.message ?? 'no report';
    return {
      lines: [
        `npm audit could not be checked: the advisory endpoint did not answer (${why}).${required ? '' : ' Not counted as a failure; set WAYFINDER_REQUIRE_AUDIT=1 to make it one.'}`,
      ],
      code: required ? 2 : 0,
    };
  }
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) =>
    ['high', 'critical'].includes(v.severity),
  );
  return {
    lines: [
      `npm audit (production dependencies): ${Object.entries(counts)
        .map(([level, n]) => `${level} ${n}`)
        .join(', ')}`,
      ...serious.map(([name, v]) => `  ${v.severity}: ${name} ${v.range ?? ''}`.trimEnd()),
    ],
    code: serious.length > 0 ? 1 : 0,
  };
}

function run(): number {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: AuditReport;
  try {
    report = JSON.parse(result.stdout || '{}') as AuditReport;
  } catch {
    report = { message: (result.stderr || result.stdout).trim().split('\n').pop() ?? 'no answer' };
  }
  const { lines, code } = verdict(report, process.env.WAYFINDER_REQUIRE_AUDIT === '1');
  for (const line of lines) console.log(line);
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(run());
