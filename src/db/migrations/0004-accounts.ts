/**
 * Accounts: organizations, users, students (district id leads every student key), guardian
 * links, counselor caseloads, sessions, one-time links and the append-only audit log.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organization')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('state','district','school','college','employer')`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('organization.id'))
    .addColumn('district_id', 'text', (c) => c.references('organization.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('district_id', 'text', (c) => c.references('organization.id'))
    .addColumn('password_hash', 'text')
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('totp_last_counter', 'bigint')
    .addColumn('oidc_issuer', 'text')
    .addColumn('oidc_subject', 'text')
    .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('app_user_oidc_unique', ['oidc_issuer', 'oidc_subject'])
    .execute();
  await db.schema
    .createIndex('app_user_district')
    .on('app_user')
    .columns(['district_id', 'role'])
    .execute();

  await db.schema
    .createTable('student')
    .addColumn('district_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('grade', 'integer')
    .addColumn('local_id', 'text')
    .addPrimaryKeyConstraint('student_pk', ['district_id', 'user_id'])
    .execute();
  await db.schema.createIndex('student_user').on('student').column('user_id').unique().execute();

  await db.schema
    .createTable('guardian_link')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('guardian_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addPrimaryKeyConstraint('guardian_link_pk', ['district_id', 'student_id', 'guardian_id'])
    .addForeignKeyConstraint('guardian_link_student_fk', ['district_id', 'student_id'], 'student', [
      'district_id',
      'user_id',
    ])
    .execute();
  await db.schema
    .createIndex('guardian_link_guardian')
    .on('guardian_link')
    .column('guardian_id')
    .execute();

  await db.schema
    .createTable('caseload')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('counselor_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('caseload_pk', ['district_id', 'counselor_id', 'student_id'])
    .addForeignKeyConstraint('caseload_student_fk', ['district_id', 'student_id'], 'student', [
      'district_id',
      'user_id',
    ])
    .execute();

  await db.schema
    .createTable('user_session')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('totp_passed', 'boolean', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('user_session_user').on('user_session').column('user_id').execute();

  await db.schema
    .createTable('one_time_link')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('district_id', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema
    .createIndex('audit_log_district_at')
    .on('audit_log')
    .columns(['district_id', 'at'])
    .execute();
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_log',
    'one_time_link',
    'user_session',
    'caseload',
    'guardian_link',
    'student',
    'app_user',
    'organization',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function if exists audit_log_append_only()`.execute(db);
}
