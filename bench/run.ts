/**
 * `npm run bench`: every benchmark, each reported as a ratio against a baseline measured in the
 * same run. BENCH_SECONDS (default 10) sets each load's duration; BENCH_CONNECTIONS (default 50).
 * The browse benchmark (browse.ts) has its own: BENCH_BROWSE_SECONDS (3), BENCH_ROUNDS (2),
 * BENCH_LONG=1 for the 5-minute memory run.
 * BENCH_STUDENTS / BENCH_STUDENTS_PG add the student-records benchmark (bench/records.ts).
 * BENCH_ONLY=browse,interests runs only the named ones (the names below), e.g. for a quiet re-run.
 */
import { benchAuth, printAuth } from './auth.ts';
import { benchBrowse, printBrowse } from './browse.ts';
import { benchCaseload, printCaseload } from './caseload.ts';
import { benchCourseFilter, printCourseFilter } from './course-filter.ts';
import { benchHttp, printHttp } from './http.ts';
import { benchImport, printImport } from './import.ts';
import { benchInterests, printInterests } from './interests.ts';
import { benchPerkins, printPerkins } from './perkins.ts';
import { benchRecords, printRecords } from './records.ts';
import { benchSearch, printSearch } from './search.ts';
import { benchValidate, printValidate } from './validate.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

console.log(
  `Wayfinder benchmarks (${seconds}s per load, ${connections} connections, node ${process.version})`,
);
const benches: Record<string, () => Promise<void>> = {
  validate: async () => printValidate(await benchValidate()),
  http: async () => printHttp(await benchHttp({ seconds, connections })),
  browse: async () => printBrowse(await benchBrowse()),
  auth: async () => printAuth(await benchAuth({ seconds, connections })),
  import: async () => printImport(await benchImport()),
  search: async () => printSearch(await benchSearch()),
  interests: async () => printInterests(await benchInterests({ seconds, connections })),
  perkins: async () => printPerkins(await benchPerkins()),
  records: async () => printRecords(await benchRecords()),
  caseload: async () => printCaseload(await benchCaseload()),
  'course-filter': async () => printCourseFilter(benchCourseFilter()),
};
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !(name in benches)) ?? [];
if (unknown.length > 0)
  throw new Error(
    `BENCH_ONLY: no benchmark named ${unknown.join(', ')} (${Object.keys(benches).join(', ')})`,
  );
for (const [name, bench] of Object.entries(benches))
  if (!only || only.includes(name)) await bench();
