import fs from 'node:fs';
import { SYSTEM } from '../services/programs/program-access.ts';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nccf16 } from '../data/frameworks/nccf-16/framework.ts';
import { namedPathways } from '../domain/occupation/framework-names.ts';
import { testEngines } from '../../test/databases.ts';
import { FIXTURES, fixture, SHARED_DATA, skipWithoutSharedData } from '../../test/shared-data.ts';
import type { Runtime } from '../runtime.ts';
import { runImport } from '../services/occupations/run-import.ts';
import { importPrograms } from '../services/programs/import-programs.ts';
import { getProgram } from '../services/programs/read-programs.ts';
import { readProgramFile } from './program-file.ts';
import { loadPlan, type LoadPlanOptions } from './load-plan.ts';

/** Small extracts of the public files (test/fixtures); the full files are in ../shared/data. */
const DATA = FIXTURES;
const ONET = fixture('onet-27.0');

/** A slice of the O*NET 27.0 extract: its first `n` occupations and the rows about them. */
function onetSlice(n: number): Record<string, string> {
  const read = (f: string) => fs.readFileSync(path.join(ONET, f), 'utf8').trimEnd().split('\n');
  const occupations = read('Occupation Data.txt').slice(0, n + 1);
  const codes = new Set(occupations.slice(1).map((l) => l.split('\t')[0]));
  const keep = (f: string, both = false) =>
    read(f).filter(
      (l, i) => i === 0 || (codes.has(l.split('\t')[0]) && (!both || codes.has(l.split('\t')[1]))),
    );
  return {
    'Read Me.txt': read('Read Me.txt').join('\n'),
    'Occupation Data.txt': occupations.join('\n'),
    'Job Zones.txt': keep('Job Zones.txt').join('\n'),
    'Interests.txt': keep('Interests.txt').join('\n'),
    'Related Occupations.txt': keep('Related Occupations.txt', true).join('\n'),
    'Alternate Titles.txt': keep('Alternate Titles.txt').join('\n'),
  };
}

function writeDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-onet-'));
  for (const [name, text] of Object.entries(files))
    fs.writeFileSync(path.join(dir, name), `${text}\n`);
  return dir;
}

describe.each(testEngines())('occupation imports on $name', (engine) => {
  let runtime: Runtime;
  const count = async (table: string) =>
    (
      await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
        runtime.database.db,
      )
    ).rows[0]!.n;
  const plan = (options: Partial<LoadPlanOptions> & Pick<LoadPlanOptions, 'kind'>) =>
    loadPlan({
      frameworkId: 'nccf-16',
      pathways: () => runtime.occupations.pathwayNames('nccf-16'),
      ...options,
    });
  const run = async (
    options: Partial<LoadPlanOptions> & Pick<LoadPlanOptions, 'kind'>,
    dryRun = false,
  ) => runImport(runtime.occupations.imports, await plan(options), { dryRun });

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
  });
  afterAll(async () => runtime?.close());

  it('seeds the default occupations once', async () => {
    // Every O*NET 27.0 occupation ships, with its numbers.
    const before = await count('occupation');
    expect(before).toBe(1016);
    expect(await count('occupation_related')).toBeGreaterThan(18_000);
    await runtime.seed();
    const again = await runtime.occupations.seed('nccf-16');
    expect(again.occupations.inserted + again.links.inserted).toBe(0);
    expect(await count('occupation')).toBe(before);
  });

  it('replaces the shipped O*NET rows with a newer release by source; a dry run writes nothing; a new seed keeps the import', async () => {
    // The extract's lines, as if O*NET had published them again as release 28.0.
    const dir = writeDir(onetSlice(40));
    const options = { kind: 'onet', path: dir, release: '28.0' } as const;
    const source = async (code: string) =>
      (
        await runtime.database.db
          .selectFrom('occupation')
          .select('source_id')
          .where('code', '=', code)
          .executeTakeFirstOrThrow()
      ).source_id;
    const before = await count('occupation');
    expect(await source('11-1011.00')).toBe('onet@27.0');
    const dry = await run(options, true);
    expect(dry).toMatchObject({ dryRun: true, rejected: 0 });
    expect(await source('11-1011.00')).toBe('onet@27.0');
    const first = await run(options);
    expect(first.source.id).toBe('onet@28.0');
    expect(first.inserted + first.updated).toBe(dry.inserted + dry.updated);
    expect(first.tables.occupations).toMatchObject({ inserted: 0, updated: 40 });
    expect(await count('occupation')).toBe(before);
    const second = await run(options);
    expect(second).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: first.inserted + first.updated + first.unchanged,
    });
    const row = await runtime.database.db
      .selectFrom('occupation')
      .selectAll()
      .where('code', '=', '11-1011.00')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      job_zone: 5,
      source_id: 'onet@28.0',
      interest_code: expect.stringMatching(/^[RIASEC]{1,3}$/),
      alternate_titles: expect.arrayContaining(['Chief Executive Officer (CEO)', 'CEO']),
    });
    // Our Spanish title stays over O*NET's English one.
    expect(row.title).toEqual({ en: 'Chief Executives', es: 'Directores ejecutivos' });
    // Its related occupations replace the shipped release's.
    const relatedSources = await runtime.database.db
      .selectFrom('occupation_related')
      .select('source_id')
      .distinct()
      .where('occupation_code', '=', '11-1011.00')
      .execute();
    expect(relatedSources).toEqual([{ source_id: 'onet@28.0' }]);
    // Seeding again leaves the import's rows as the import wrote them.
    await runtime.seed();
    expect(await source('11-1011.00')).toBe('onet@28.0');
    expect(
      await runtime.database.db
        .selectFrom('occupation_related')
        .select('source_id')
        .distinct()
        .where('occupation_code', '=', '11-1011.00')
        .execute(),
    ).toEqual(relatedSources);
    expect(await source('29-1141.00')).toBe('onet@27.0');
    // Related rows carry no foreign key (it slowed imports): each still names a stored source.
    const orphans = await sql<{ n: number }>`select count(*)::int as n from occupation_related r
      where not exists (select 1 from data_source d where d.id = r.source_id)`.execute(
      runtime.database.db,
    );
    expect(await count('occupation_related')).toBeGreaterThan(0);
    expect(orphans.rows[0]!.n).toBe(0);
  });

  it('refuses a file with one bad row, naming file, line and column, and changes nothing', async () => {
    const files = onetSlice(30);
    const lines = files['Job Zones.txt']!.split('\n');
    lines[3] = lines[3]!.replace(/\t\d\t/, '\t7\t');
    files['Job Zones.txt'] = lines.join('\n');
    files['Occupation Data.txt'] += '\n99-0000.00\tBrand New Occupation\tNot real.';
    const dir = writeDir(files);
    await expect(run({ kind: 'onet', path: dir })).rejects.toThrow(
      `${path.join(dir, 'Job Zones.txt')}:4:2: Job Zone: must be a job zone from 1 to 5`,
    );
    expect(
      await runtime.database.db
        .selectFrom('occupation')
        .select('code')
        .where('code', '=', '99-0000.00')
        .execute(),
    ).toEqual([]);
  });

  it('links occupations to pathways from the O*NET cluster crosswalk', async () => {
    const file = path.join(DATA, 'onet-career-clusters-16/All_Career_Clusters.csv');
    const summary = await run({ kind: 'clusters', path: file });
    expect(summary.rowsRead).toBe(fs.readFileSync(file, 'utf8').trim().split('\n').length - 1);
    const pathways = await sql<{
      n: number;
    }>`select count(distinct pathway_code)::int as n from occupation_pathway`.execute(
      runtime.database.db,
    );
    expect(pathways.rows[0]!.n).toBe(79);
    const again = await run({
      kind: 'clusters',
      path: path.join(DATA, 'onet-career-clusters-16/All_Career_Clusters.csv'),
    });
    expect(again).toMatchObject({ inserted: 0, updated: 0 });
  });

  it('imports CIP titles, the CIP–SOC crosswalk, wages and projections', async () => {
    const cip = await run({ kind: 'cip', path: path.join(DATA, 'nces-cip-2020/CIPCode2020.csv') });
    // The shipped data holds them already: the extract's rows are all there, unchanged.
    expect(cip).toMatchObject({ inserted: 0, updated: 0 });
    expect(cip.unchanged).toBeGreaterThanOrEqual(4);
    const cipSoc = await run({
      kind: 'cip-soc',
      path: path.join(DATA, 'nces-cip-2020/CIP2020_SOC2018_Crosswalk.csv'),
    });
    expect(cipSoc.skipped).toBeGreaterThan(0);
    const wages = await run({
      kind: 'wages',
      path: path.join(DATA, 'bls-oews-may2024-national/national_M2024_dl.tsv'),
    });
    expect(wages.source.id).toBe('bls-oews@May 2024');
    const projections = await run({
      kind: 'projections',
      path: path.join(DATA, 'bls-employment-projections-2022-2032/Employment Projections.csv'),
    });
    expect(projections.source.id).toBe('bls-projections@2022-2032');
    const nurses = await runtime.occupations.catalog.get({ code: '29-1141.00', lang: 'en' });
    expect(nurses.medianAnnualWage).toBeGreaterThan(50_000);
    expect(nurses.annualOpenings).toBeGreaterThan(100_000);
    expect(nurses.cip.map((c) => c.code)).toContain('51.3801');
    expect(nurses.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['bls-oews@May 2024', 'bls-projections@2022-2032']),
    );
    // Program pages show the wage and outlook of the occupations a program leads to.
    const file = await readProgramFile(
      path.resolve(import.meta.dirname, '../../examples/programs/nursing.json'),
    );
    if (!file.ok) throw new Error('example nursing.json does not read');
    const [imported] = await importPrograms(runtime.programs, SYSTEM, [
      { source: 'nursing.json', file: file.file },
    ]);
    const program = await getProgram(runtime.programs, SYSTEM, {
      programId: imported!.programId,
      lang: 'en',
    });
    const rn = program.occupations.find((o) => o.soc === '29-1141.00');
    expect(rn?.medianAnnualWage).toBe(nurses.medianAnnualWage);
    expect(rn?.annualOpenings).toBe(nurses.annualOpenings);
  });

  it('flags the occupations on a Bright Outlook list and clears the rest, crediting O*NET', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bright-'));
    const file = path.join(dir, 'Bright_Outlook_2025-06.csv');
    // As O*NET OnLine writes it; "15-1252" is a six-digit SOC code: all its O*NET occupations.
    fs.writeFileSync(
      file,
      'Code,Occupation,Categories\n29-1141.00,Registered Nurses,"Rapid Growth, Numerous Job Openings"\n15-1252,Software Developers,Rapid Growth\n99-9999.99,Not In This Database,New & Emerging\n',
    );
    const flag = async (code: string) =>
      (await runtime.occupations.catalog.get({ code, lang: 'en' })).brightOutlook;
    expect(await flag('29-1141.00')).toBeNull();

    const dry = await run({ kind: 'bright-outlook', path: file }, true);
    expect(await flag('29-1141.00')).toBeNull();
    const first = await run({ kind: 'bright-outlook', path: file });
    expect(first).toMatchObject({ source: { id: 'onet-bright-outlook@2025-06' }, rowsRead: 3 });
    expect(first.updated).toBe(dry.updated);
    expect(first.updated).toBe(await count('occupation'));
    expect(await flag('29-1141.00')).toBe(true);
    expect(await flag('15-1252.00')).toBe(true);
    expect(await flag('11-1011.00')).toBe(false);
    const nurses = await runtime.occupations.catalog.get({ code: '29-1141.00', lang: 'en' });
    expect(nurses.sources.find((s) => s.id === 'onet-bright-outlook@2025-06')?.attribution).toMatch(
      /O\*NET OnLine.*CC BY 4\.0/,
    );
    expect(await run({ kind: 'bright-outlook', path: file })).toMatchObject({
      inserted: 0,
      updated: 0,
    });

    // One bad code: the whole file is refused, naming the line and column; nothing changes.
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      'Code,Occupation\n11-1011.00,Chief Executives\n29-1141,RN\nnurse,Nurse\n',
    );
    await expect(run({ kind: 'bright-outlook', path: bad })).rejects.toThrow(
      `${bad}:4:1: Code: "nurse" is not an O*NET-SOC code such as 29-1141.00`,
    );
    expect(await flag('11-1011.00')).toBe(false);
    expect(await flag('29-1141.00')).toBe(true);
    fs.writeFileSync(bad, 'Title\nNurse\n');
    await expect(run({ kind: 'bright-outlook', path: bad })).rejects.toThrow(
      /bad\.csv:1:0: missing column "Code"/,
    );
  });

  it('downloads the O*NET archive from a server, checks it and imports it', async () => {
    const files = onetSlice(20);
    const zip = zipSync(
      Object.fromEntries(
        Object.entries(files).map(([name, text]) => [
          `db_27_0_text/${name}`,
          new TextEncoder().encode(text),
        ]),
      ),
    );
    const server = http.createServer((req, res) => {
      const body =
        req.url === '/db_27_0_text.zip'
          ? zip
          : req.url === '/broken.zip'
            ? zip.slice(0, zip.length - 40)
            : undefined;
      res
        .writeHead(body ? 200 : 404, { 'content-type': 'application/zip' })
        .end(body ? Buffer.from(body) : undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const summary = await run({ kind: 'onet', download: { url: `${base}/db_27_0_text.zip` } });
      expect(summary).toMatchObject({ source: { id: 'onet@27.0' }, rejected: 0 });
      expect(summary.files[0]).toBe('db_27_0_text.zip!db_27_0_text/Occupation Data.txt');
      await expect(plan({ kind: 'onet', download: { url: `${base}/broken.zip` } })).rejects.toThrow(
        /damaged|not a zip/,
      );
      await expect(
        plan({ kind: 'onet', download: { url: `${base}/missing.zip` } }),
      ).rejects.toThrow(/HTTP 404/);
      await expect(
        plan({ kind: 'onet', download: { url: `${base}/db_27_0_text.zip`, sha256: '00' } }),
      ).rejects.toThrow(/SHA-256/);
    } finally {
      server.close();
    }
  });
});

describe.skipIf(skipWithoutSharedData('the importers’ checks on the full public files'))(
  'the full public files',
  () => {
    const pathways = async () => namedPathways(nccf16);
    const DATA = SHARED_DATA;

    it('reads every file in full: 1,011 crosswalk rows, the CIP list, the BLS tables', async () => {
      const plans = await Promise.all(
        (
          [
            ['clusters', 'onet-career-clusters-16/All_Career_Clusters.csv'],
            ['cip', 'nces-cip-2020/CIPCode2020.csv'],
            ['wages', 'bls-oews-may2024-national/national_M2024_dl.tsv'],
            ['projections', 'bls-employment-projections-2022-2032/Employment Projections.csv'],
          ] as const
        ).map(([kind, file]) =>
          loadPlan({ kind, path: path.join(DATA, file), frameworkId: 'nccf-16', pathways }),
        ),
      );
      for (const plan of plans) expect(plan.issues, plan.kind).toEqual([]);
      expect(plans[0]!.rowsRead).toBe(1011);
      expect(plans[1]!.data.cip!.length).toBeGreaterThan(2000);
      expect(plans[2]!.data.wages!.length).toBeGreaterThan(800);
      expect(plans[3]!.data.projections!.length).toBeGreaterThan(800);
    });

    it('reads the renamed 30.0 copies and the 2010-SOC occupation file', async () => {
      const v30 = await loadPlan({
        kind: 'onet',
        path: path.join(DATA, 'onet-30.0-interests-jobzones'),
        frameworkId: 'x',
        pathways,
      });
      expect(v30).toMatchObject({ source: { id: 'onet@30.0' }, issues: [] });
      expect(v30.data.occupations).toHaveLength(1016);
      expect(v30.data.occupations!.filter((o) => o.riasec).length).toBe(923);
      const old = await loadPlan({
        kind: 'onet',
        path: path.join(DATA, 'onet-occupation-data-2010soc'),
        release: '15.1',
        frameworkId: 'x',
        pathways,
      });
      expect(old).toMatchObject({ source: { id: 'onet@15.1' }, issues: [] });
      expect(old.data.occupations).toHaveLength(1110);
      await expect(
        loadPlan({
          kind: 'onet',
          path: path.join(DATA, 'onet-occupation-data-2010soc'),
          frameworkId: 'x',
          pathways,
        }),
      ).rejects.toThrow(/--release/);
    });
  },
);
