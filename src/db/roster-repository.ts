/**
 * Rosters: students of a district by their local (SIS) id, written in batches. A roster student
 * is an app_user with the student role (no password: they sign in through a one-time link or their
 * school's identity provider) plus its `student` row.
 */
import { sql, type Kysely } from 'kysely';
import { numberOrNullArray, textArray } from './array-literal.ts';
import { chunks } from './batches.ts';
import type { DB } from './schema.ts';
import { replaceStudentFacts, studentFacts } from './student-facts.ts';

export interface RosterStudent {
  userId: string;
  localId: string;
  schoolId: string;
  name: string;
  /** As the roster split the name (migration 0041); null when not known. */
  givenName: string | null;
  familyName: string | null;
  email: string;
  grade: number | null;
  graduationYear: number | null;
}

export type StudentRow = Omit<RosterStudent, 'localId'> & {
  localId: string | null;
  districtId: string;
};

// The batch helpers lived here first; other repositories still import them from this file.
export { chunks, groupedByStudent } from './batches.ts';

export class RosterRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The district (kind 'district') and the ids of its schools; undefined when no such district. */
  async district(
    districtId: string,
  ): Promise<{ schools: Set<string>; schoolNames: Map<string, string> } | undefined> {
    const rows = await this.db
      .selectFrom('organization')
      .select(['id', 'kind', 'name'])
      .where((eb) => eb.or([eb('id', '=', districtId), eb('district_id', '=', districtId)]))
      .execute();
    if (!rows.some((r) => r.id === districtId && r.kind === 'district')) return undefined;
    const schools = rows.filter((r) => r.kind === 'school');
    return {
      schools: new Set(schools.map((r) => r.id)),
      schoolNames: new Map(schools.map((r) => [r.id, r.name])),
    };
  }

  /**
   * Local ids of the district's students that are the given all-digit ids with leading zeros
   * ("123" → "000123"): what a spreadsheet that dropped the zeros meant. Id without zeros → ids.
   */
  async withLeadingZeros(districtId: string, digits: readonly string[]) {
    const found = new Map<string, string[]>();
    for (const part of chunks(digits)) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('student')
        .select('local_id')
        .where('district_id', '=', districtId)
        .where(sql<boolean>`local_id like '0%'`)
        .where(sql<string>`ltrim(local_id, '0')`, 'in', part)
        .execute();
      for (const r of rows) {
        const key = r.local_id!.replace(/^0+/, '');
        found.set(key, [...(found.get(key) ?? []), r.local_id!]);
      }
    }
    return found;
  }

  async byLocalIds(districtId: string, localIds: readonly string[]) {
    const found = new Map<string, RosterStudent>();
    for (const part of chunks(localIds)) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('student as s')
        .innerJoin('app_user as u', 'u.id', 's.user_id')
        .select([
          's.user_id',
          's.local_id',
          's.school_id',
          's.grade',
          's.graduation_year',
          's.given_name',
          's.family_name',
          'u.name',
          'u.email',
        ])
        .where('s.district_id', '=', districtId)
        .where('s.local_id', 'in', part)
        .execute();
      for (const r of rows)
        found.set(r.local_id!, {
          userId: r.user_id,
          localId: r.local_id!,
          schoolId: r.school_id,
          name: r.name,
          givenName: r.given_name,
          familyName: r.family_name,
          email: r.email,
          grade: r.grade,
          graduationYear: r.graduation_year,
        });
    }
    return found;
  }

  /** One student by user id, with its district. */
  async find(userId: string): Promise<StudentRow | undefined> {
    const rows = await this.students().where('s.user_id', '=', userId).execute();
    return rows[0];
  }

  /** A page of a district's students in user-id order, after the given id (keyset paging). */
  async page(districtId: string, after: string | null, limit: number): Promise<StudentRow[]> {
    let query = this.students().where('s.district_id', '=', districtId);
    // The bound on both sides of the join: PostgreSQL does not carry an inequality across an
    // equality, so with it on the student side alone a merge join read app_user from its first
    // row on every page (1.25 s a page at 1M students, measured), the whole check growing with
    // the square of the district.
    if (after !== null) query = query.where('s.user_id', '>', after).where('u.id', '>', after);
    return query.orderBy('s.user_id').limit(limit).execute();
  }

  private students() {
    return this.db
      .selectFrom('student as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      .select([
        's.district_id as districtId',
        's.user_id as userId',
        's.local_id as localId',
        's.school_id as schoolId',
        's.grade as grade',
        's.graduation_year as graduationYear',
        's.given_name as givenName',
        's.family_name as familyName',
        'u.name as name',
        'u.email as email',
      ]);
  }

  /** Users holding any of these emails (lower-case): email → user id. */
  async usersByEmail(emails: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const part of chunks(emails)) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('app_user')
        .select(['id', 'email'])
        .where('email', 'in', part)
        .execute();
      for (const r of rows) found.set(r.email, r.id);
    }
    return found;
  }

  /**
   * Holds the district's import lock until the transaction ends (a transaction-level advisory
   * lock keyed on the district), so two imports into one district do not interleave.
   */
  async lockImports(districtId: string): Promise<void> {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`wayfinder.import:${districtId}`}, 0))`.execute(
      this.db,
    );
  }

  /**
   * New students, 5,000 a statement: one array parameter per column (`unnest`), which PostgreSQL
   * plans in a moment where a multi-row VALUES list of the same rows takes far longer to build
   * and parse.
   */
  async insertStudents(districtId: string, students: readonly RosterStudent[]): Promise<void> {
    for (const part of chunks(students, 5_000)) {
      if (part.length === 0) continue;
      const ids = textArray(part.map((s) => s.userId));
      const schools = textArray(part.map((s) => s.schoolId));
      await sql`insert into app_user (id, email, name, role, org_id, district_id)
        select id, email, name, 'student', org_id, ${districtId}
        from unnest(${ids}::text[], ${textArray(part.map((s) => s.email))}::text[],
          ${textArray(part.map((s) => s.name))}::text[], ${schools}::text[])
          as t(id, email, name, org_id)`.execute(this.db);
      await sql`insert into student (district_id, user_id, school_id, grade, local_id,
          graduation_year, given_name, family_name)
        select ${districtId}, user_id, school_id, grade, local_id, graduation_year,
          nullif(given_name, ''), nullif(family_name, '')
        from unnest(${ids}::text[], ${schools}::text[],
          ${numberOrNullArray(part.map((s) => s.grade))}::int[],
          ${textArray(part.map((s) => s.localId))}::text[],
          ${numberOrNullArray(part.map((s) => s.graduationYear))}::int[],
          ${textArray(part.map((s) => s.givenName ?? ''))}::text[],
          ${textArray(part.map((s) => s.familyName ?? ''))}::text[])
          as t(user_id, school_id, grade, local_id, graduation_year, given_name, family_name)`.execute(
        this.db,
      );
    }
  }

  async updateStudent(districtId: string, s: RosterStudent): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({ email: s.email, name: s.name, org_id: s.schoolId })
      .where('id', '=', s.userId)
      .execute();
    await this.db
      .updateTable('student')
      .set({
        school_id: s.schoolId,
        grade: s.grade,
        graduation_year: s.graduationYear,
        given_name: s.givenName,
        family_name: s.familyName,
      })
      .where('district_id', '=', districtId)
      .where('user_id', '=', s.userId)
      .execute();
  }

  /**
   * Sets the given facts of each student (a null value deletes the fact; names not given are left
   * alone; student-facts.ts). Returns the ids of the students whose stored facts changed.
   */
  replaceFacts(
    districtId: string,
    students: ReadonlyArray<{ studentId: string; facts: Readonly<Record<string, string | null>> }>,
  ): Promise<Set<string>> {
    return replaceStudentFacts(this.db, districtId, students);
  }

  /** A student's facts (groups and outcomes) by name. */
  facts(districtId: string, studentId: string): Promise<Map<string, string>> {
    return studentFacts(this.db, districtId, studentId);
  }
}
