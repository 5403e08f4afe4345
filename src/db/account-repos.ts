/** The accounts repositories, built on a database or on one transaction. */
import type { Kysely } from 'kysely';
import { AuditRepository } from './audit-repository.ts';
import { CounselorSchoolRepository } from './counselor-school-repository.ts';
import { ExportRepository } from './export-repository.ts';
import { OrgRepository } from './org-repository.ts';
import type { DB } from './schema.ts';
import { SessionRepository } from './session-repository.ts';
import { SignInThrottleRepository } from './sign-in-throttle-repository.ts';
import { StudentRepository } from './student-repository.ts';
import { UserRepository } from './user-repository.ts';

export interface AccountRepos {
  orgs: OrgRepository;
  users: UserRepository;
  counselorSchools: CounselorSchoolRepository;
  sessions: SessionRepository;
  students: StudentRepository;
  audit: AuditRepository;
  exports: ExportRepository;
  throttle: SignInThrottleRepository;
}

export function accountRepos(db: Kysely<DB>): AccountRepos {
  return {
    orgs: new OrgRepository(db),
    users: new UserRepository(db),
    counselorSchools: new CounselorSchoolRepository(db),
    sessions: new SessionRepository(db),
    students: new StudentRepository(db),
    audit: new AuditRepository(db),
    exports: new ExportRepository(db),
    throttle: new SignInThrottleRepository(db),
  };
}

export function accountTransaction(db: Kysely<DB>) {
  return <T>(work: (repos: AccountRepos) => Promise<T>): Promise<T> =>
    db.transaction().execute((trx) => work(accountRepos(trx)));
}
