/**
 * The roster's own `credential_earned`, kept beside the fact the reports read. The fact is derived
 * (db/credential-earned-facts.ts): Y while the student holds a named credential
 * (`student_credential`), else what the roster last said. Before this migration a credentials
 * import wrote its Y over the roster's value, so removing the last credential could not go back
 * to it; `student_fact.reported` keeps it (null: the roster did not say, or this is not
 * `credential_earned`).
 *
 * Rows already stored: a student holding no named credential has the roster's value, so it is
 * copied. A holder's Y cannot be told from the credentials' own, so it is taken as theirs
 * (reported null): once the last credential goes, the fact goes with it until the next roster.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('student_fact').addColumn('reported', 'text').execute();
  await sql`update student_fact f set reported = f.value
    where f.name = 'credential_earned'
      and not exists (
        select 1 from student_credential c
        where c.district_id = f.district_id and c.student_id = f.student_id
      )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('student_fact').dropColumn('reported').execute();
}
