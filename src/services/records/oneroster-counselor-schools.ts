/**
 * A OneRoster import's counselor further schools, in its transaction: each counselor the package
 * lists serves exactly the further schools their row lists (the schools after their first); a
 * bulk users.csv listing counselors ends the further schools of the district's counselors it
 * leaves out, and a delta row marked tobedeleted ends that counselor's
 * (importers/oneroster/oneroster-link-changes.ts). A school no longer served takes its students
 * off that counselor's caseload (never those of the counselor's own school).
 */
import type { LinkChanges } from '../../importers/oneroster/oneroster-link-changes.ts';
import type { OneRosterAccount } from '../../importers/oneroster/oneroster-roster.ts';
import type { RecordRepos } from './deps.ts';
import type { ImportCounts } from './run-import.ts';

export interface CounselorSchoolsWritten {
  counts: ImportCounts & { rows: number; removed: number };
  /** Caseload links ended with a school no longer served. */
  caseloadEnded: number;
  /** Counselors whose caseload shrank (their cached sessions go). */
  adults: string[];
}

export async function writeCounselorSchools(
  repos: RecordRepos,
  districtId: string,
  accounts: readonly OneRosterAccount[],
  /** Account ids by email, for every account of the package. */
  ids: ReadonlyMap<string, string>,
  changes: LinkChanges,
): Promise<CounselorSchoolsWritten> {
  const want = new Map<string, string[]>();
  for (const a of accounts)
    if (a.role === 'counselor') want.set(ids.get(a.email)!, [...a.furtherSchools].sort());
  const gone = new Set<string>();
  if (changes.wholeTruth.counselorSchools)
    for (const id of await repos.counselorSchools.counselorsOf(districtId))
      if (!want.has(id)) gone.add(id);
  const ended = changes.endedUsers.filter((u) => u.role === 'counselor').map((u) => u.key);
  for (const a of (await repos.rosterLinks.accountsByEmail(ended)).values())
    if (a.role === 'counselor' && !want.has(a.id)) gone.add(a.id);
  const counts = { inserted: 0, updated: 0, unchanged: 0, rows: 0, removed: 0 };
  let caseloadEnded = 0;
  const adults: string[] = [];
  for (const [id, schools] of [...want, ...[...gone].map((id) => [id, []] as const)]) {
    const change = await repos.counselorSchools.replace(districtId, id, schools);
    counts.rows += schools.length;
    counts.inserted += change.added.length;
    counts.unchanged += schools.length - change.added.length;
    counts.removed += change.dropped.length;
    const off = await repos.counselorSchools.endCaseloadAt(districtId, id, change.dropped);
    caseloadEnded += off.length;
    if (off.length > 0) adults.push(id);
  }
  return { counts, caseloadEnded, adults };
}
