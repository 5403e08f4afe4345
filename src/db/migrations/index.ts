/**
 * Every migration, in order. A migration never changes after it lands: add a new one.
 * Names sort in the order they run.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-framework.ts';
import * as m0002 from './0002-programs.ts';
import * as m0003 from './0003-occupations.ts';
import * as m0004 from './0004-accounts.ts';
import * as m0005 from './0005-student-exports.ts';
import * as m0006 from './0006-bright-outlook.ts';
import * as m0007 from './0007-related-source-unchecked.ts';
import * as m0008 from './0008-sign-in-throttle.ts';
import * as m0009 from './0009-export-snapshot.ts';
import * as m0010 from './0010-organizations-own-catalog.ts';
import * as m0012 from './0012-occupation-alternate-titles.ts';
import * as m0014 from './0014-interest-results.ts';
import * as m0015 from './0015-saved-items.ts';
import * as m0016 from './0016-student-records.ts';
import * as m0017 from './0017-requirements.ts';
import * as m0018 from './0018-learning-plans.ts';
import * as m0020 from './0020-organization-program-profile.ts';
import * as m0025 from './0025-counselor-notes.ts';
import * as m0028 from './0028-student-facts.ts';
import * as m0030 from './0030-read-cache-generations.ts';
import * as m0031 from './0031-browse-indexes.ts';
import * as m0033 from './0033-perkins-indexes.ts';
import * as m0034 from './0034-student-fact-key.ts';
import * as m0035 from './0035-transfer-credit.ts';
import * as m0036 from './0036-attempt-course-flags.ts';
import * as m0037 from './0037-transfer-course-flags.ts';
import * as m0038 from './0038-split-a-g-sets.ts';
import * as m0039 from './0039-credential-credit.ts';
import * as m0040 from './0040-student-credentials.ts';
import * as m0041 from './0041-student-family-name.ts';
import * as m0042 from './0042-course-code-key.ts';
import * as m0043 from './0043-credential-earned-reported.ts';
import * as m0044 from './0044-course-code-key-groups.ts';
import * as m0045 from './0045-attempt-course-key.ts';
import * as m0046 from './0046-transfer-credit-course-key.ts';
import * as m0047 from './0047-counselor-schools.ts';

const migrations: Record<string, Migration> = {
  '0001-framework': m0001,
  '0002-programs': m0002,
  '0003-occupations': m0003,
  '0004-accounts': m0004,
  '0005-student-exports': m0005,
  '0006-bright-outlook': m0006,
  '0007-related-source-unchecked': m0007,
  '0008-sign-in-throttle': m0008,
  '0009-export-snapshot': m0009,
  '0010-organizations-own-catalog': m0010,
  '0012-occupation-alternate-titles': m0012,
  '0014-interest-results': m0014,
  '0015-saved-items': m0015,
  '0016-student-records': m0016,
  '0017-requirements': m0017,
  '0018-learning-plans': m0018,
  '0020-organization-program-profile': m0020,
  '0025-counselor-notes': m0025,
  '0028-student-facts': m0028,
  '0030-read-cache-generations': m0030,
  '0031-browse-indexes': m0031,
  '0033-perkins-indexes': m0033,
  '0034-student-fact-key': m0034,
  '0035-transfer-credit': m0035,
  '0036-attempt-course-flags': m0036,
  '0037-transfer-course-flags': m0037,
  '0038-split-a-g-sets': m0038,
  '0039-credential-credit': m0039,
  '0040-student-credentials': m0040,
  '0041-student-family-name': m0041,
  '0042-course-code-key': m0042,
  '0043-credential-earned-reported': m0043,
  '0044-course-code-key-groups': m0044,
  '0045-attempt-course-key': m0045,
  '0046-transfer-credit-course-key': m0046,
  '0047-counselor-schools': m0047,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
