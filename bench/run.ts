/**
 * `npm run bench`: every benchmark, each reported as a ratio against a baseline measured in the
 * same run. BENCH_SECONDS (default 10) sets each load's duration; BENCH_CONNECTIONS (default 50).
 */
import { benchAuth, printAuth } from './auth.ts';
import { benchCaseload, printCaseload } from './caseload.ts';
import { benchHttp, printHttp } from './http.ts';
import { benchImport, printImport } from './import.ts';
import { benchInterests, printInterests } from './interests.ts';
import { benchSearch, printSearch } from './search.ts';
import { benchValidate, printValidate } from './validate.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

console.log(
  `Wayfinder benchmarks (${seconds}s per load, ${connections} connections, node ${process.version})`,
);
printValidate(await benchValidate());
printHttp(await benchHttp({ seconds, connections }));
printAuth(await benchAuth({ seconds, connections }));
printImport(await benchImport());
printSearch(await benchSearch());
printInterests(await benchInterests({ seconds, connections }));
printCaseload(await benchCaseload());
