/**
 * Writes the small extracts of the public data files that tests read (test/fixtures/), from the
 * full files in ../shared (see test/fixtures/README.md). Lines are copied unchanged; only which
 * lines are kept is decided here. Run: node --import tsx scripts/make-test-fixtures.ts
 */
import fs from 'node:fs';
import path from 'node:path';

const SHARED = path.resolve(import.meta.dirname, '../../shared');
const DATA = path.join(SHARED, 'data');
const OUT = path.resolve(import.meta.dirname, '../test/fixtures');

/** O*NET occupations tests name, besides the first 40 of the file. */
const PICKED = [
  '15-1251.00', // Computer Programmers ("coder")
  '15-1252.00', // Software Developers
  '29-1141.00', // Registered Nurses ("RN")
  '29-2061.00', // Licensed Practical and Licensed Vocational Nurses
  '33-3051.00', // Police and Sheriff's Patrol Officers ("cop")
  '47-2111.00', // Electricians
  '51-4121.06', // Welders, Cutters, and Welder Fitters
];
/** CIP programs tests name (the demo region's welding and nursing programs, computing). */
const CIP = ['48.0508', '51.3801', '11.0201', '11.0701'];

const lines = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .replace(/\r?\n$/, '')
    .split(/\r?\n/);
function write(file: string, kept: string[]): void {
  const target = path.join(OUT, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, `${kept.join('\n')}\n`);
  console.log(`${path.relative(process.cwd(), target)}: ${kept.length - 1} rows`);
}
const field = (line: string, i: number) => line.split('\t')[i] ?? '';

// The official 16/79 titles.
write('framework-16-79.tsv', lines(path.join(SHARED, 'framework-16-79.tsv')));

// O*NET 27.0: the first 40 occupations and the picked ones, with every row about them.
const ONET = path.join(DATA, 'onet-27.0');
const occupations = lines(path.join(ONET, 'Occupation Data.txt'));
const codes = new Set([...occupations.slice(1, 41).map((l) => field(l, 0)), ...PICKED]);
const onetRows = (file: string, both = false) =>
  lines(path.join(ONET, file)).filter(
    (l, i) => i === 0 || (codes.has(field(l, 0)) && (!both || codes.has(field(l, 1)))),
  );
write('onet-27.0/Read Me.txt', lines(path.join(ONET, 'Read Me.txt')));
write('onet-27.0/Occupation Data.txt', onetRows('Occupation Data.txt'));
write('onet-27.0/Job Zones.txt', onetRows('Job Zones.txt'));
write('onet-27.0/Interests.txt', onetRows('Interests.txt'));
write('onet-27.0/Related Occupations.txt', onetRows('Related Occupations.txt', true));
write('onet-27.0/Alternate Titles.txt', onetRows('Alternate Titles.txt'));

// O*NET cluster crosswalk: one row for each distinct cluster/pathway field, and the picked codes.
const clusters = lines(path.join(DATA, 'onet-career-clusters-16/All_Career_Clusters.csv'));
const seenPairs = new Set<string>();
write(
  'onet-career-clusters-16/All_Career_Clusters.csv',
  clusters.filter((line, i) => {
    if (i === 0 || PICKED.some((code) => line.includes(`,${code},`))) return true;
    const pair = line.replace(/,\d{2}-\d{4}\.\d{2},.*$/, '');
    if (seenPairs.has(pair)) return false;
    seenPairs.add(pair);
    return true;
  }),
);

// NCES CIP 2020: the picked programs with their families and series, a few history rows, and
// the crosswalk rows of those programs and of the picked occupations (plus one NO MATCH row).
const cipLines = lines(path.join(DATA, 'nces-cip-2020/CIPCode2020.csv'));
const cipWanted = new Set(CIP.flatMap((c) => [c, c.slice(0, 2), c.slice(0, 5)]));
const cipOf = (line: string) => /^="\d+",="([\d.]+)"/.exec(line)?.[1] ?? '';
let history = 0;
write(
  'nces-cip-2020/CIPCode2020.csv',
  cipLines.filter((line, i) => {
    if (i === 0 || cipWanted.has(cipOf(line))) return true;
    if (history < 3 && /,"(Deleted|Moved from)",/.test(line)) return (history += 1) > 0;
    return false;
  }),
);
const socs = new Set(PICKED.map((c) => c.slice(0, 7)));
let noMatch = false;
write(
  'nces-cip-2020/CIP2020_SOC2018_Crosswalk.csv',
  lines(path.join(DATA, 'nces-cip-2020/CIP2020_SOC2018_Crosswalk.csv')).filter((line, i) => {
    if (i === 0) return true;
    const [cip = ''] = line.split(',');
    const soc = /,(\d{2}-\d{4}),/.exec(line)?.[1] ?? '';
    if (CIP.includes(cip) || socs.has(soc)) return true;
    if (!noMatch && soc === '99-9999') return (noMatch = true);
    return false;
  }),
);

// BLS: the picked occupations, the all-occupations total and one broad aggregate.
const oews = lines(path.join(DATA, 'bls-oews-may2024-national/national_M2024_dl.tsv'));
write(
  'bls-oews-may2024-national/national_M2024_dl.tsv',
  oews.filter((line, i) => i === 0 || ['00-0000', '29-1140', ...socs].includes(field(line, 8))),
);
const projections = lines(
  path.join(DATA, 'bls-employment-projections-2022-2032/Employment Projections.csv'),
);
write(
  'bls-employment-projections-2022-2032/Employment Projections.csv',
  projections.filter(
    (line, i) => i === 0 || [...socs].some((soc) => line.includes(`,"=""${soc}""",`)),
  ),
);
