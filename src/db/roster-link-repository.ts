/**
 * The accounts a roster import keeps besides students (teachers, counselors, guardians), matched
 * by email, and the guardian and caseload links it writes (OneRoster). Students themselves are
 * roster-repository.ts. Links are also removed here (one by an admin, or those a bulk import no
 * longer carries); a removal announces the adults whose access changed, so that servers drop
 * their cached sessions (SESSION_ENDED_CHANNEL, delivered when the transaction commits).
 */
import { sql, type Kysely } from 'kysely';
import { chunks } from './roster-repository.ts';
import { SESSION_ENDED_CHANNEL } from './session-repository.ts';
import type { DB } from './schema.ts';

/** An account an import keeps (teacher, counselor, guardian), matched by email. */
export interface RosterAccount {
  id: string;
  email: string;
  name: string;
  role: string;
  orgId: string;
  /** The account's district (read by email; a new account is the import's district). */
  districtId?: string | null;
}

/** Staff and guardian accounts and the links imports write (OneRoster). */
export class RosterLinkRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async accountsByEmail(emails: readonly string[]): Promise<Map<string, RosterAccount>> {
    const found = new Map<string, RosterAccount>();
    for (const part of chunks(emails)) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('app_user')
        .select(['id', 'email', 'name', 'role', 'org_id as orgId', 'district_id as districtId'])
        .where('email', 'in', part)
        .execute();
      for (const r of rows) found.set(r.email, r);
    }
    return found;
  }

  async insertAccounts(districtId: string, accounts: readonly RosterAccount[]): Promise<void> {
    for (const part of chunks(accounts)) {
      if (part.length === 0) continue;
      await this.db
        .insertInto('app_user')
        .values(
          part.map((a) => ({
            id: a.id,
            email: a.email,
            name: a.name,
            role: a.role,
            org_id: a.orgId,
            district_id: districtId,
          })),
        )
        .execute();
    }
  }

  async updateAccount(a: RosterAccount): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({ name: a.name, org_id: a.orgId })
      .where('id', '=', a.id)
      .execute();
  }

  /** Existing guardian links and caseload entries of the district, as "adult\0student" keys. */
  async links(districtId: string): Promise<{ guardian: Set<string>; caseload: Set<string> }> {
    const guardians = await this.db
      .selectFrom('guardian_link')
      .select(['guardian_id as adult', 'student_id as student'])
      .where('district_id', '=', districtId)
      .execute();
    const caseload = await this.db
      .selectFrom('caseload')
      .select(['counselor_id as adult', 'student_id as student'])
      .where('district_id', '=', districtId)
      .execute();
    const key = (r: { adult: string; student: string }) => `${r.adult}\u0000${r.student}`;
    return { guardian: new Set(guardians.map(key)), caseload: new Set(caseload.map(key)) };
  }

  async insertLinks(
    districtId: string,
    kind: 'guardian' | 'caseload',
    pairs: ReadonlyArray<{ adult: string; student: string }>,
  ): Promise<void> {
    for (const part of chunks(pairs)) {
      if (part.length === 0) continue;
      if (kind === 'guardian')
        await this.db
          .insertInto('guardian_link')
          .values(
            part.map((p) => ({
              district_id: districtId,
              guardian_id: p.adult,
              student_id: p.student,
            })),
          )
          .onConflict((oc) => oc.doNothing())
          .execute();
      else
        await this.db
          .insertInto('caseload')
          .values(
            part.map((p) => ({
              district_id: districtId,
              counselor_id: p.adult,
              student_id: p.student,
            })),
          )
          .onConflict((oc) => oc.doNothing())
          .execute();
    }
  }

  /** A guardian or counselor of the district, by user id or email (any case). */
  async adultOf(
    districtId: string,
    role: 'guardian' | 'counselor',
    written: string,
  ): Promise<{ id: string; email: string } | undefined> {
    const key = written.trim();
    return this.db
      .selectFrom('app_user')
      .select(['id', 'email'])
      .where('district_id', '=', districtId)
      .where('role', '=', role)
      .where((eb) => eb.or([eb('id', '=', key), eb('email', '=', key.toLowerCase())]))
      .orderBy('id')
      .executeTakeFirst();
  }

  /** Removes links of the district; returns the pairs that were there. */
  async removeLinks(
    districtId: string,
    kind: 'guardian' | 'caseload',
    pairs: ReadonlyArray<{ adult: string; student: string }>,
  ): Promise<Array<{ adult: string; student: string }>> {
    const removed: Array<{ adult: string; student: string }> = [];
    for (const part of chunks(pairs)) {
      if (part.length === 0) continue;
      const rows =
        kind === 'guardian'
          ? await this.db
              .deleteFrom('guardian_link')
              .where('district_id', '=', districtId)
              .where((eb) =>
                eb.or(
                  part.map((p) =>
                    eb.and([eb('guardian_id', '=', p.adult), eb('student_id', '=', p.student)]),
                  ),
                ),
              )
              .returning(['guardian_id as adult', 'student_id as student'])
              .execute()
          : await this.db
              .deleteFrom('caseload')
              .where('district_id', '=', districtId)
              .where((eb) =>
                eb.or(
                  part.map((p) =>
                    eb.and([eb('counselor_id', '=', p.adult), eb('student_id', '=', p.student)]),
                  ),
                ),
              )
              .returning(['counselor_id as adult', 'student_id as student'])
              .execute();
      removed.push(...rows);
    }
    await this.announceAccessChanged(new Set(removed.map((r) => r.adult)));
    return removed;
  }

  /** Tells every server to drop the cached sessions of these users (on commit). */
  private async announceAccessChanged(userIds: ReadonlySet<string>): Promise<void> {
    for (const id of userIds)
      await sql`select pg_notify(${SESSION_ENDED_CHANNEL}, ${id})`.execute(this.db);
  }
}
