/**
 * The guardian links and caseloads a OneRoster import ends, in its transaction: those a bulk file
 * no longer states, and those a delta file's tobedeleted rows name (importers/oneroster/
 * oneroster-link-changes.ts says which). A link the package states is never ended.
 */
import type { LinkChanges } from '../../importers/oneroster/oneroster-link-changes.ts';
import type { RecordRepos } from './deps.ts';

type Kind = 'guardian' | 'caseload';
const split = (key: string) => {
  const [adult, student] = key.split('\u0000') as [string, string];
  return { adult, student };
};

export async function endLinks(
  repos: RecordRepos,
  districtId: string,
  changes: LinkChanges,
  /** The district's links before the import, and those the package states: "adult\0student". */
  before: Record<Kind, ReadonlySet<string>>,
  stated: Record<Kind, ReadonlySet<string>>,
): Promise<{ removed: Record<Kind, number>; adults: string[] }> {
  const students = await repos.roster.byLocalIds(districtId, [
    ...changes.endedUsers.filter((u) => u.role === 'student').map((u) => u.key),
    ...changes.endedPairs.map((p) => p.studentLocalId),
  ]);
  const adults = await repos.rosterLinks.accountsByEmail([
    ...changes.endedUsers.filter((u) => u.role !== 'student').map((u) => u.key),
    ...changes.endedPairs.map((p) => p.adult),
  ]);
  const gone = new Set<string>();
  for (const u of changes.endedUsers) {
    const id = u.role === 'student' ? students.get(u.key)?.userId : adults.get(u.key)?.id;
    if (id) gone.add(id);
  }
  const goneCaseload = new Set<string>();
  for (const p of changes.endedPairs) {
    const adult = adults.get(p.adult)?.id;
    const student = students.get(p.studentLocalId)?.userId;
    if (adult && student) goneCaseload.add(`${adult}\u0000${student}`);
  }
  const removed: Record<Kind, number> = { guardian: 0, caseload: 0 };
  const touched = new Set<string>();
  for (const kind of ['guardian', 'caseload'] as const) {
    const ends = [...before[kind]].filter((key) => {
      if (stated[kind].has(key)) return false;
      if (changes.wholeTruth[kind]) return true;
      const { adult, student } = split(key);
      return gone.has(adult) || gone.has(student) || (kind === 'caseload' && goneCaseload.has(key));
    });
    const done = await repos.rosterLinks.removeLinks(districtId, kind, ends.map(split));
    removed[kind] = done.length;
    for (const d of done) touched.add(d.adult);
  }
  return { removed, adults: [...touched] };
}
