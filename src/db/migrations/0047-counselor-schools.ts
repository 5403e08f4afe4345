/**
 * The further schools a counselor serves, beyond their own (`app_user.org_id`): a counselor shared
 * by two schools of one district. Each row names the counselor, the school and the district both
 * belong to; the two composite foreign keys make SQL refuse a school of another district (or a
 * district that is not the counselor's). The service checks the same first, to refuse in words.
 * A counselor's rows go with their account.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unique index organization_id_district on organization (id, district_id)`.execute(
    db,
  );
  await sql`create unique index app_user_id_district on app_user (id, district_id)`.execute(db);
  await sql`create table counselor_school (
      district_id text not null,
      counselor_id text not null,
      school_id text not null,
      constraint counselor_school_pk primary key (counselor_id, school_id),
      constraint counselor_school_counselor_fk foreign key (counselor_id, district_id)
        references app_user (id, district_id) on delete cascade,
      constraint counselor_school_school_fk foreign key (school_id, district_id)
        references organization (id, district_id)
    )`.execute(db);
  await sql`create index counselor_school_school on counselor_school (district_id, school_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table counselor_school`.execute(db);
  await sql`drop index app_user_id_district`.execute(db);
  await sql`drop index organization_id_district`.execute(db);
}
