/** What the student-record use cases need: repositories, a transaction, the audit log, a clock. */
import type { Kysely } from 'kysely';
import { AuditRepository } from '../../db/audit-repository.ts';
import { CaseloadRepository } from '../../db/caseload-repository.ts';
import { CounselorSchoolRepository } from '../../db/counselor-school-repository.ts';
import { NoteRepository } from '../../db/note-repository.ts';
import { CatalogRepository } from '../../db/catalog-repository.ts';
import { FrameworkRepository } from '../../db/framework-repository.ts';
import { OccupationRepository } from '../../db/occupation-repository.ts';
import { PerkinsRepository } from '../../db/perkins-repository.ts';
import { PlanRepository } from '../../db/plan-repository.ts';
import { ProgramRepository } from '../../db/program-repository.ts';
import { RequirementRepository } from '../../db/requirement-repository.ts';
import { RosterLinkRepository } from '../../db/roster-link-repository.ts';
import { RosterRepository } from '../../db/roster-repository.ts';
import type { DB } from '../../db/schema.ts';
import { StudentCredentialRepository } from '../../db/student-credential-repository.ts';
import { StudentLinkRepository } from '../../db/student-link-repository.ts';
import { TableStatistics } from '../../db/table-statistics.ts';
import { TranscriptRepository } from '../../db/transcript-repository.ts';
import { TransferRepository } from '../../db/transfer-repository.ts';

export interface RecordRepos {
  roster: RosterRepository;
  /** Staff and guardian accounts, guardian links and caseloads that imports write. */
  rosterLinks: RosterLinkRepository;
  /** A counselor's further schools (migration 0047), which a OneRoster import writes. */
  counselorSchools: CounselorSchoolRepository;
  /** The links page's reads: students by name or local id, one student's linked adults. */
  studentLinks: StudentLinkRepository;
  transcripts: TranscriptRepository;
  /** Credit earned outside the district. */
  transfers: TransferRepository;
  /** Which credentials students earned, and when. */
  credentials: StudentCredentialRepository;
  audit: AuditRepository;
  requirements: RequirementRepository;
  plans: PlanRepository;
  /** Programs of study and the catalog, which plans start from (read only here). */
  programs: ProgramRepository;
  catalog: CatalogRepository;
  /** Pathways and their occupations, which a plan may start from (read only here). */
  framework: FrameworkRepository;
  occupations: OccupationRepository;
  /** The caseload list's set-based reads, and counselor notes. */
  caseload: CaseloadRepository;
  notes: NoteRepository;
  /** The Perkins V course map (which CTE codes count towards which program), for the caseload. */
  perkins: PerkinsRepository;
  /** Planner statistics, refreshed after a large import. */
  statistics: TableStatistics;
}

export interface RecordsDeps extends RecordRepos {
  transaction<T>(work: (repos: RecordRepos) => Promise<T>): Promise<T>;
  clock: () => Date;
  /** A new record id. */
  newId: () => string;
  /**
   * After a committed write that took guardian or caseload links away: the users whose access
   * changed (the runtime drops their cached sessions in this process).
   */
  accessChanged?: (userIds: readonly string[]) => void;
}

export function recordRepos(db: Kysely<DB>): RecordRepos {
  return {
    roster: new RosterRepository(db),
    rosterLinks: new RosterLinkRepository(db),
    counselorSchools: new CounselorSchoolRepository(db),
    studentLinks: new StudentLinkRepository(db),
    transcripts: new TranscriptRepository(db),
    transfers: new TransferRepository(db),
    credentials: new StudentCredentialRepository(db),
    audit: new AuditRepository(db),
    requirements: new RequirementRepository(db),
    plans: new PlanRepository(db),
    programs: new ProgramRepository(db),
    catalog: new CatalogRepository(db),
    framework: new FrameworkRepository(db),
    occupations: new OccupationRepository(db),
    caseload: new CaseloadRepository(db),
    notes: new NoteRepository(db),
    perkins: new PerkinsRepository(db),
    statistics: new TableStatistics(db),
  };
}

export function createRecordsDeps(
  db: Kysely<DB>,
  options: Pick<RecordsDeps, 'clock' | 'newId' | 'accessChanged'>,
): RecordsDeps {
  return {
    ...recordRepos(db),
    transaction: (work) => db.transaction().execute((trx) => work(recordRepos(trx))),
    ...options,
  };
}
