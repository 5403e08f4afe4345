/**
 * The main list and search queries use indexes, and no list runs a query per row (issue 9).
 *
 * Every query an endpoint runs is captured (Kysely's log hook) and EXPLAINed (format JSON) on
 * PostgreSQL with `enable_seqscan = off`. The test data is small, so the planner would rightly
 * scan whole tables; with sequential scans priced out it still falls back to one when no index
 * can serve the query. The check is stricter than "no Seq Scan": every scan of a table that
 * grows with the state's data must be an index scan with an index condition (a full index scan
 * without one reads the whole table too).
 */
import type { FastifyInstance } from 'fastify';
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { sessionHeaders } from '../../test/auth.ts';
import { createDatabase } from '../../test/databases.ts';
import { createRuntime, VERSION, type Runtime } from '../runtime.ts';
import { buildApp } from '../server/app.ts';
import { seedDemo } from '../services/accounts/seed-demo.ts';
import { checkDistrict } from '../services/records/batch-progress.ts';
import { DISTRICT } from '../data/demo/institutions.ts';
import { SHIPPED_REQUIREMENT_SETS } from '../data/requirements/index.ts';

const serverUrl = inject('postgresUrl');

/** Tables whose rows grow with the data (every school, student, occupation, program). */
const LARGE = new Set([
  'program',
  'program_version',
  'program_institution',
  'course',
  'credential',
  'credit_agreement',
  'organization',
  'occupation',
  'occupation_pathway',
  'occupation_related',
  'labor_market',
  'cip',
  'cip_soc',
  'app_user',
  'student',
  'caseload',
  'guardian_link',
  'course_attempt',
  'audit_log',
]);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/** The scans of large tables that read them whole. */
function wholeScans(node: PlanNode, found: string[] = []): string[] {
  const table = node['Relation Name'];
  if (table && LARGE.has(table)) {
    const indexed =
      node['Node Type'] === 'Bitmap Heap Scan' ||
      (/^Index( Only)? Scan$/.test(node['Node Type']) && node['Index Cond'] !== undefined);
    if (!indexed) found.push(`${node['Node Type']} on ${table}`);
  }
  for (const child of node.Plans ?? []) wholeScans(child, found);
  return found;
}

describe.skipIf(!serverUrl)('indexes and query counts on PostgreSQL', () => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let captured: Array<{ sql: string; parameters: readonly unknown[] }> = [];
  let capturing = false;
  const signedIn: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    runtime = await createRuntime(
      { databaseUrl: await createDatabase(serverUrl!) },
      { queryLog: (query) => capturing && captured.push(query) },
    );
    await runtime.migrate();
    // No statistics, ever: the planner then prices each table as a few pages, as a state's data
    // would be, instead of the handful of demo rows, for which reading a table whole is rightly
    // cheapest. Autovacuum analysing mid-run (it did on a slow CI machine) would flip the plans.
    const { rows } = await sql<{
      name: string;
    }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(
      runtime.database.db,
    );
    for (const { name } of rows)
      await sql`alter table ${sql.id(name)} set (autovacuum_enabled = off)`.execute(
        runtime.database.db,
      );
    await runtime.prepare();
    await seedDemo(runtime.accounts.deps, 'http://localhost:3000');
    await runtime.seedDemoRegion();
    for (const who of ['district', 'counselor', 'teacher']) {
      const user = await runtime.accounts.deps.users.findByEmail(`${who}@demo.wayfinder.test`);
      signedIn[who] = await sessionHeaders(runtime, user!.id);
    }
    // No read cache: every request runs its queries.
    app = await buildApp({
      catalog: runtime.catalog,
      programs: runtime.programs,
      occupations: runtime.occupations,
      catalogPages: runtime.catalogPages,
      accounts: runtime.accounts,
      records: runtime.records,
      perkins: runtime.perkins,
      ping: runtime.ping,
      engine: runtime.database.engine,
      version: VERSION,
    });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  /** The queries one request runs (after a first request warmed the in-memory snapshots). */
  const queriesOf = async (url: string, headers: Record<string, string> = {}) => {
    const warm = await app.inject({ method: 'GET', url, headers });
    expect(warm.statusCode, `${url}: ${warm.body.slice(0, 200)}`).toBe(200);
    captured = [];
    capturing = true;
    try {
      const res = await app.inject({ method: 'GET', url, headers });
      expect(res.statusCode).toBe(200);
    } finally {
      capturing = false;
    }
    return { queries: captured, body: (await app.inject({ method: 'GET', url, headers })).json() };
  };

  /**
   * Where reading a table whole is the question itself, or a known limit (docs/ARCHITECTURE.md):
   * the table, and why. Anything else found there still fails.
   */
  const EVERY_PROGRAM = {
    tables: ['program_version', 'program'],
    why: 'the unfiltered list pages through, and counts, every program',
  };
  const TEXT_SEARCH = {
    tables: ['program_version', 'program'],
    why: 'substring search (LIKE %q%) needs a trigram index (pg_trgm) the embedded engine lacks',
  };
  const CIP_IN_DOCUMENT = {
    tables: ['program_version'],
    why: 'an occupation’s programs match a pathway OR a CIP code inside the program document',
  };
  const PERKINS = {
    tables: ['course_attempt', 'student', 'program_version'],
    why: 'a Perkins count reads every student’s passed attempts once, as the GROUP BY it is measured against does (bench/perkins.ts), and the course map takes every approved program of study',
  };
  type Allowance = { tables: string[]; why: string };
  const cases: Array<[url: string, who?: string, allowed?: Allowance]> = [
    ['/api/v1/programs', undefined, EVERY_PROGRAM],
    ['/api/v1/programs?cluster=08'],
    ['/api/v1/programs?pathway=08-05'],
    ['/api/v1/programs?institution=rusd'],
    ['/api/v1/programs?q=nurs', undefined, TEXT_SEARCH],
    ['/api/v1/programs/riverside-nursing'],
    ['/api/v1/occupations?cluster=08'],
    ['/api/v1/occupations?pathway=08-05'],
    ['/api/v1/occupations/29-1141.00', undefined, CIP_IN_DOCUMENT],
    ['/api/v1/pathways/08-05/occupations'],
    ['/api/v1/courses/rusd-eng-9'],
    ['/api/v1/students', 'district'],
    ['/api/v1/students', 'counselor'],
    ['/api/v1/students', 'teacher'],
    ['/api/v1/perkins?year=2026&profile=federal', 'district', PERKINS],
  ];

  const wholeScansOf = async (
    queries: Array<{ sql: string; parameters: readonly unknown[] }>,
    allowed?: Allowance,
    /** Join methods priced out too, to see the plan the planner picks on a large district. */
    without: ReadonlyArray<'nestloop' | 'hashjoin'> = [],
  ) => {
    const problems: string[] = [];
    for (const query of queries) {
      if (!/^\s*(select|with)\b/i.test(query.sql)) continue;
      const plan = await runtime.database.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        for (const method of without)
          await sql.raw(`set local enable_${method} = off`).execute(trx);
        const { rows } = await trx.executeQuery<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
          CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]),
        );
        return rows[0]!['QUERY PLAN'][0]!.Plan;
      });
      for (const scan of wholeScans(plan)) {
        if (allowed?.tables.some((table) => scan.endsWith(` on ${table}`))) continue;
        problems.push(`${scan}: ${query.sql}`);
      }
    }
    return problems;
  };

  it.each(cases)('%s (%s) reads no large table whole', async (url, who, allowed) => {
    const { queries } = await queriesOf(url, who ? signedIn[who] : {});
    expect(await wholeScansOf(queries, allowed)).toEqual([]);
  });

  it('the batch progress check reads its pages of students and attempts by key', async () => {
    const checkAll = async (pageSize: number) => {
      captured = [];
      capturing = true;
      let students = 0;
      try {
        for await (const row of checkDistrict(runtime.records, {
          districtId: DISTRICT,
          setId: SHIPPED_REQUIREMENT_SETS[0]!.id,
          pageSize,
        }))
          if (row) students += 1;
      } finally {
        capturing = false;
      }
      return { students, queries: captured };
    };
    const all = await checkAll(1_000);
    expect(all.students).toBeGreaterThan(1);
    // The set and the catalog are read once; the catalog's courses are the district's own.
    const paged = all.queries.filter((q) =>
      /"(student|course_attempt|transfer_credit|requirement_exception)"/.test(q.sql),
    );
    expect(paged.length).toBeGreaterThanOrEqual(4);
    expect(await wholeScansOf(paged)).toEqual([]);
    // Queries grow with pages, not students: one student a page reads four more per student
    // (students, attempts, transfer credit, exceptions).
    const one = await checkAll(1);
    expect(one.queries.length - all.queries.length).toBe(4 * (all.students - 1));
    // A page after the first, joined the way a large district's plan joins it (by merge, the
    // join's other methods priced out): each side is read from the page's start, not from the
    // table's first row.
    const later = one.queries.filter(
      (q) => /"app_user"/.test(q.sql) && /"student"/.test(q.sql) && q.parameters.length > 2,
    );
    expect(later.length).toBeGreaterThan(0);
    expect(await wholeScansOf(later, undefined, ['nestloop', 'hashjoin'])).toEqual([]);
  });

  it.each([
    ['/api/v1/programs?limit=1', '/api/v1/programs?limit=50'],
    ['/api/v1/occupations?cluster=08&limit=1', '/api/v1/occupations?cluster=08&limit=50'],
    ['/api/v1/pathways/01-01/occupations', '/api/v1/pathways/08-05/occupations'],
  ])('%s and %s run as many queries (none per row)', async (small, large) => {
    const a = await queriesOf(small);
    const b = await queriesOf(large);
    const size = (body: unknown) => JSON.stringify(body).length;
    expect(size(b.body)).toBeGreaterThan(size(a.body));
    expect(b.queries.length).toBe(a.queries.length);
  });
});
