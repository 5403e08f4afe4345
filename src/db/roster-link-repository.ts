/**
 * The accounts a roster import keeps besides students (teachers, counselors, guardians), matched
 * by email, and the guardian and caseload links it writes (OneRoster). Students themselves are
 * roster-repository.ts.
 */
import type { Kysely } from 'kysely';
import { chunks } from './roster-repository.ts';
import type { DB } from './schema.ts';

/** An account an import keeps (teacher, counselor, guardian), matched by email. */
export interface RosterAccount {
  id: string;
  email: string;
  name: string;
  role: string;
  orgId: string;
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
        .select(['id', 'email', 'name', 'role', 'org_id as orgId'])
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
}
