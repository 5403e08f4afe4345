/**
 * Only the student-records benchmark (bench/records.ts), without the rest of `npm run bench`:
 * `BENCH_STUDENTS=20000,100000 BENCH_STUDENTS_PG=100000,300000 npm run bench:records`
 * (each size a fresh database; each result is printed as soon as it is measured).
 */
import { benchRecords, printRecords } from './records.ts';

const results = await benchRecords((result) => printRecords([result]));
if (results.length === 0) printRecords(results);
