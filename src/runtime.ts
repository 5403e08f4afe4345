/**
 * The composition root: opens the database and builds the repositories and services that the
 * server and the CLI share. Nothing else wires things together.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { TConfig } from './config.ts';
import { DEFAULT_FRAMEWORK_ID, frameworks } from './data/index.ts';
import { accountRepos, accountTransaction } from './db/account-repos.ts';
import {
  migrateToLatest,
  openDatabase,
  type Database,
  type DatabaseTarget,
  type OpenOptions,
} from './db/database.ts';
import { CatalogPageRepository } from './db/catalog-page-repository.ts';
import { CatalogRepository } from './db/catalog-repository.ts';
import { OccupationRepository } from './db/occupation-repository.ts';
import { FrameworkRepository, type SeedCounts } from './db/framework-repository.ts';
import type { SyncCounts } from './db/sync-rows.ts';
import { ProgramRepository } from './db/program-repository.ts';
import { SESSION_ENDED_CHANNEL } from './db/session-repository.ts';
import { AuditRepository } from './db/audit-repository.ts';
import { OrgRepository } from './db/org-repository.ts';
import type { PasswordHasher } from './services/accounts/deps.ts';
import { createAccounts, type Accounts } from './services/accounts/index.ts';
import { CatalogPages } from './services/catalog/catalog-pages.ts';
import { CacheGenerationRepository } from './db/cache-generation-repository.ts';
import { ReadCache } from './services/cache/read-cache.ts';
import { nodeSecrets } from './services/accounts/node-secrets.ts';
import { argon2Hasher } from './services/accounts/password-hasher.ts';
import { FrameworkCatalog } from './services/framework-catalog.ts';
import { createInterestServices, type InterestServices } from './services/interests/index.ts';
import { createOccupationServices, type OccupationServices } from './services/occupations/index.ts';
import type { ProgramDeps } from './services/programs/deps.ts';
import { seedDemoPrograms } from './services/programs/seed-demo.ts';
import { seedDemoOrgs } from './services/accounts/seed-demo.ts';
import { demoCatalog, demoPrograms } from './data/demo/index.ts';
import { seedFrameworks } from './services/seed.ts';
import { createPerkinsDeps, type PerkinsDeps } from './services/perkins/perkins-report.ts';
import { createRecordsDeps, type RecordsDeps } from './services/records/deps.ts';

export const VERSION: string = (
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
    version: string;
  }
).version;

export interface Runtime {
  database: Database;
  repos: { framework: FrameworkRepository };
  catalog: FrameworkCatalog;
  /** Programs of study and their catalog, with transactions. */
  programs: ProgramDeps;
  /** Accounts, sessions, organizations, students and the audit log. */
  accounts: Accounts;
  /** Occupations, labor-market data, imports and search. */
  occupations: OccupationServices;
  /** The public pages of courses, credentials and CIP fields of study. */
  catalogPages: CatalogPages;
  /** The Interest Profiler, students' saved results and saved items. */
  interests: InterestServices;
  /** Student records: rosters, transcripts, progress checks. */
  records: RecordsDeps;
  /**
   * Public answers kept per data generation (services/cache). Writes through this runtime reach
   * it at once; a server also follows other processes' writes (followGenerations).
   */
  readCache: ReadCache;
  /** For a server on PostgreSQL: re-read the data generations every 250 ms. Returns the stop. */
  followGenerations(): () => void;
  /** Perkins V counts and a student's own status (issue 12). */
  perkins: PerkinsDeps;
  /** Loads the embedded default data (framework and default occupations); idempotent. */
  /** The framework counts, and what changed among the default occupations and their pathway links. */
  seed(): Promise<SeedCounts & { occupations: SyncCounts; occupationLinks: SyncCounts }>;
  /** Loads the demo region's catalog and approved programs of study; idempotent. */
  seedDemoRegion(): Promise<{ added: string[] }>;
  /** Applies pending migrations; returns their names. */
  migrate(): Promise<string[]>;
  /** Migrates, and seeds when no framework is loaded yet. Returns whether it seeded. */
  prepare(): Promise<{ migrated: string[]; seeded: boolean }>;
  ping(): Promise<void>;
  /**
   * For a server: drop cached sessions as soon as any process ends them (PostgreSQL NOTIFY).
   * Returns the function that stops following.
   */
  followEndedSessions(): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The runtime a configuration describes: its database, and the account rules it sets. */
export async function runtimeFor(config: TConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const runtime = await createRuntime(databaseTarget(config), {
    scoringThread: config.scoringThread,
    ...options,
  });
  runtime.accounts.deps.approverWindowDays = config.approverWindowDays;
  return runtime;
}

export function databaseTarget(config: Pick<TConfig, 'databaseUrl' | 'dataDir'>): DatabaseTarget {
  return config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir };
}

export interface RuntimeOptions {
  /** Password hashing; argon2id with the default parameters unless given (tests pass cheaper ones). */
  hasher?: PasswordHasher;
  clock?: () => Date;
  /** Sees every query (tests count queries per request and EXPLAIN them). */
  queryLog?: OpenOptions['queryLog'];
  /** Interest Profiler results written on a thread of their own (scoring-thread.ts); off unless asked. */
  scoringThread?: boolean;
}

export async function createRuntime(
  target: DatabaseTarget,
  options: RuntimeOptions = {},
): Promise<Runtime> {
  const database = await openDatabase(
    target,
    options.queryLog ? { queryLog: options.queryLog } : {},
  );
  const repos = { framework: new FrameworkRepository(database.db) };
  const readCache = new ReadCache({ generations: new CacheGenerationRepository(database.db) });
  database.writes.subscribe(() => readCache.markStale());
  const catalog = new FrameworkCatalog({ repo: repos.framework });
  const programRepos = (db: typeof database.db) => ({
    programs: new ProgramRepository(db),
    catalog: new CatalogRepository(db),
    orgs: new OrgRepository(db),
    audit: new AuditRepository(db),
  });
  const clock = options.clock ?? (() => new Date());
  const programs: ProgramDeps = {
    ...programRepos(database.db),
    frameworks: catalog,
    clock,
    transaction: (work) => database.db.transaction().execute((trx) => work(programRepos(trx))),
  };
  const accounts = createAccounts({
    ...accountRepos(database.db),
    transaction: accountTransaction(database.db),
    hasher: options.hasher ?? argon2Hasher(),
    secrets: nodeSecrets,
    clock,
  });
  const occupations = createOccupationServices(database.db, catalog, DEFAULT_FRAMEWORK_ID);
  const occupationRepo = new OccupationRepository(database.db);
  const interests = createInterestServices(database.db, catalog, accounts.deps, {
    scoringThread: options.scoringThread ?? false,
  });
  // Another process's write (seen by the cache's poll) also refreshes these in-memory views.
  // (The framework only on a framework change: a snapshot reload must not fall inside a program
  // transaction on the embedded database, and program writes do not change the framework.)
  readCache.onChange((domains) => {
    if (domains.has('framework')) catalog.invalidate();
    occupations.search.invalidate();
  });
  const afterImport = occupations.imports.afterWrite;
  occupations.imports.afterWrite = () => {
    afterImport?.();
    interests.profiler.invalidate();
  };
  const catalogPages = new CatalogPages({
    catalog: programs.catalog,
    pages: new CatalogPageRepository(database.db),
    frameworks: catalog,
    occupations: occupations.catalog,
    sources: (ids) => occupationRepo.sources(ids),
  });
  programs.laborFacts = async (codes) => {
    const { items } = await occupationRepo.list({
      frameworkId: DEFAULT_FRAMEWORK_ID,
      codes,
      limit: codes.length,
      offset: 0,
    });
    return new Map(
      items.map((o) => [
        o.code,
        {
          medianAnnualWage: o.medianAnnualWage,
          wageTopCoded: o.wageTopCoded,
          growthPct: o.growthPct,
          annualOpenings: o.annualOpenings,
          brightOutlook: o.brightOutlook,
          jobZone: o.jobZone,
          entryEducation: o.entryEducation,
        },
      ]),
    );
  };
  programs.occupationPathways = (codes, frameworkId) =>
    occupationRepo.pathwayCodesOf(codes, frameworkId);
  const seed = async () => {
    const counts = await seedFrameworks({
      repo: repos.framework,
      frameworks,
      defaultFrameworkId: DEFAULT_FRAMEWORK_ID,
    });
    catalog.invalidate();
    const seeded = await occupations.seed(DEFAULT_FRAMEWORK_ID);
    interests.profiler.invalidate();
    return { ...counts, occupations: seeded.occupations, occupationLinks: seeded.links };
  };
  const migrate = () => migrateToLatest(database.db);
  const records = createRecordsDeps(database.db, {
    clock: accounts.deps.clock,
    newId: () => nodeSecrets.id(),
    accessChanged: (userIds) => {
      for (const id of userIds) accounts.sessions.forgetUser(id);
    },
  });
  return {
    database,
    repos,
    catalog,
    programs,
    accounts,
    seedDemoRegion: async () => {
      // The organizations first, in their places (state → districts → schools; partners).
      await seedDemoOrgs(accounts.deps);
      return seedDemoPrograms(programs, { catalog: demoCatalog, programs: demoPrograms });
    },
    occupations,
    catalogPages,
    interests,
    records,
    perkins: createPerkinsDeps(database.db, records),
    seed,
    migrate,
    async prepare() {
      const migrated = await migrate();
      const empty = (await repos.framework.countFrameworks()) === 0;
      if (empty) await seed();
      return { migrated, seeded: empty };
    },
    async ping() {
      await sql`select 1`.execute(database.db);
    },
    readCache,
    // The embedded database has one process (data-folder lock): its own writes are all there is.
    followGenerations: () => (database.engine === 'postgres' ? readCache.follow() : () => {}),
    async followEndedSessions() {
      const stop = await database.listen?.(SESSION_ENDED_CHANNEL, (userId) =>
        accounts.sessions.forgetUser(userId),
      );
      return stop ?? (async () => {});
    },
    async close() {
      await interests.profiler.close();
      await database.close();
    },
  };
}
