/**
 * Credential credit (credit for prior learning): a credit agreement whose source is a credential
 * a student holds rather than a high school course. `credit_agreement.secondary_course_id` may
 * now be null, `credential_id` names the credential, and exactly one of the two is set.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table credit_agreement alter column secondary_course_id drop not null`.execute(
    db,
  );
  await db.schema
    .alterTable('credit_agreement')
    .addColumn('credential_id', 'text', (c) => c.references('credential.id'))
    .execute();
  await sql`alter table credit_agreement add constraint credit_agreement_one_source
    check ((secondary_course_id is null) <> (credential_id is null))`.execute(db);
  await db.schema
    .createIndex('credit_agreement_credential')
    .on('credit_agreement')
    .column('credential_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from credit_agreement where credential_id is not null`.execute(db);
  await db.schema.dropIndex('credit_agreement_credential').execute();
  await sql`alter table credit_agreement drop constraint credit_agreement_one_source`.execute(db);
  await db.schema.alterTable('credit_agreement').dropColumn('credential_id').execute();
  await sql`alter table credit_agreement alter column secondary_course_id set not null`.execute(db);
}
