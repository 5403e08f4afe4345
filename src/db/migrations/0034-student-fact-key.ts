/**
 * A per-student summary of the student's facts (issue 12, the Perkins benchmark): `student.fact_key`
 * holds every `student_fact` row of the student as one short string, kept by the database itself.
 * Facts change only when an import writes them; the Perkins count reads them for every student on
 * every report, so the fold of a million students' fact rows moves from read time to write time.
 *
 * The key (`FACT_KEY_NAMES` below is its dictionary, frozen with this migration): each fact as
 * `<n>=<value>`, n the fact name's 1-based position in FACT_KEY_NAMES (a name not in it is written
 * in full), ordered by fact name (bytewise), joined by chr(31); '' when the student has none. Fact
 * names never hold '=' and values never hold chr(31) (the roster importer writes only the closed
 * names and codes of src/domain/perkins/groups.ts).
 *
 * Kept by statement-level triggers on student_fact with transition tables (one per event, as
 * PostgreSQL requires for transition tables), so an import of 100,000 facts recomputes each
 * student it touched once. The recompute locks the students' rows first and reads their facts in
 * a fresh snapshot, so two imports writing facts of one student at once leave the key of both.
 * `wayfinder_refresh_fact_keys(null, null)` recomputes every student (the backfill below, and
 * bench/perkins-load.ts after a load with triggers off).
 */
import { sql, type Kysely } from 'kysely';

/** The fact names the key writes by position (the groups and outcomes as of this migration). */
export const FACT_KEY_NAMES = [
  'economically_disadvantaged',
  'english_learner',
  'disability',
  'migrant',
  'homeless',
  'foster_care',
  'military_family',
  'single_parent',
  'gender',
  'race_ethnicity',
  'credential_earned',
  'work_based_learning',
  'graduated',
] as const;

/** The SQL that recomputes the fact keys of every student (or of given students). */
export const REFRESH_ALL_FACT_KEYS = sql`select wayfinder_refresh_fact_keys(null, null)`;

const EVENTS = ['insert', 'update', 'delete'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table student add column fact_key text not null default ''`.execute(db);
  await sql`
    create view student_fact_key as
    select district_id, student_id,
      string_agg(coalesce(array_position(${sql.lit(`{${FACT_KEY_NAMES.join(',')}}`)}::text[], name)::text, name)
        || '=' || value, chr(31) order by name collate "C") as key
    from student_fact
    group by district_id, student_id`.execute(db);
  await sql`
    create function wayfinder_refresh_fact_keys(districts text[], students text[])
    returns void language plpgsql as $$
    begin
      if districts is null then
        update student s set fact_key = n.key
        from (
          select t.district_id, t.user_id, coalesce(k.key, '') as key
          from student t
          left join student_fact_key k on k.district_id = t.district_id and k.student_id = t.user_id
        ) n
        where s.district_id = n.district_id and s.user_id = n.user_id and s.fact_key <> n.key;
        return;
      end if;
      -- Lock first: the update below then reads the facts in a snapshot taken after any
      -- concurrent writer of these students' facts has committed.
      perform 1 from student s
      where (s.district_id, s.user_id) in (select * from unnest(districts, students))
      order by s.district_id, s.user_id
      for no key update;
      update student s set fact_key = n.key
      from (
        select t.district_id, t.user_id, coalesce((
          select k.key from student_fact_key k
          where k.district_id = t.district_id and k.student_id = t.user_id
        ), '') as key
        from student t
        where (t.district_id, t.user_id) in (select * from unnest(districts, students))
      ) n
      where s.district_id = n.district_id and s.user_id = n.user_id and s.fact_key <> n.key;
    end $$`.execute(db);
  await sql`
    create function wayfinder_student_fact_changed() returns trigger language plpgsql as $$
    declare
      districts text[];
      students text[];
    begin
      if tg_op = 'TRUNCATE' then
        update student set fact_key = '' where fact_key <> '';
        return null;
      elsif tg_op = 'INSERT' then
        select array_agg(district_id), array_agg(student_id) into districts, students
        from (select distinct district_id, student_id from new_rows) c;
      elsif tg_op = 'DELETE' then
        select array_agg(district_id), array_agg(student_id) into districts, students
        from (select distinct district_id, student_id from old_rows) c;
      else
        select array_agg(district_id), array_agg(student_id) into districts, students
        from (
          select district_id, student_id from new_rows
          union
          select district_id, student_id from old_rows
        ) c;
      end if;
      if districts is not null then
        perform wayfinder_refresh_fact_keys(districts, students);
      end if;
      return null;
    end $$`.execute(db);
  for (const event of EVENTS) {
    const tables =
      event === 'insert'
        ? sql`new table as new_rows`
        : event === 'delete'
          ? sql`old table as old_rows`
          : sql`old table as old_rows new table as new_rows`;
    await sql`
      create trigger ${sql.id(`student_fact_${event}_keys`)}
      after ${sql.raw(event)} on student_fact referencing ${tables}
      for each statement execute function wayfinder_student_fact_changed()`.execute(db);
  }
  await sql`
    create trigger student_fact_truncate_keys after truncate on student_fact
    for each statement execute function wayfinder_student_fact_changed()`.execute(db);
  await REFRESH_ALL_FACT_KEYS.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const event of [...EVENTS, 'truncate'])
    await sql`drop trigger ${sql.id(`student_fact_${event}_keys`)} on student_fact`.execute(db);
  await sql`drop function wayfinder_student_fact_changed()`.execute(db);
  await sql`drop function wayfinder_refresh_fact_keys(text[], text[])`.execute(db);
  await sql`drop view student_fact_key`.execute(db);
  await sql`alter table student drop column fact_key`.execute(db);
}
