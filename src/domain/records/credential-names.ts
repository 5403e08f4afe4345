/**
 * A credential as a records file names it, matched to the catalog: by its id, or by its English
 * or Spanish title written the same way once case, accents, spaces and the marks `™ ® ©` are set
 * aside ("comptia a+" is CompTIA A+; "CompTIA A" is not). Never a near match: a name two
 * credentials share is ambiguous, and a name no credential has is unknown.
 */
import type { TCredential } from '../../contracts/program.ts';

export type CredentialMatch =
  { kind: 'found'; id: string } | { kind: 'unknown' } | { kind: 'ambiguous'; ids: string[] };

/** Lower case, no accents, no trademark marks, single spaces. */
export function credentialNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[™®©]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function credentialMatcher(
  credentials: readonly Pick<TCredential, 'id' | 'title'>[],
): (written: string) => CredentialMatch {
  const ids = new Map(credentials.map((c) => [c.id.toLowerCase(), c.id]));
  const byName = new Map<string, Set<string>>();
  for (const c of credentials)
    for (const title of [c.title.en, c.title.es]) {
      if (title === undefined) continue;
      const key = credentialNameKey(title);
      byName.set(key, (byName.get(key) ?? new Set()).add(c.id));
    }
  return (written) => {
    const id = ids.get(written.trim().toLowerCase());
    if (id !== undefined) return { kind: 'found', id };
    const named = byName.get(credentialNameKey(written));
    if (!named) return { kind: 'unknown' };
    if (named.size > 1) return { kind: 'ambiguous', ids: [...named].sort() };
    return { kind: 'found', id: [...named][0]! };
  };
}
