/**
 * A student's given and family names, as the roster gave them (the SIS CSV's first and last name
 * columns, Ed-Fi's and OneRoster's given and family names), so the caseload can sort by family
 * name; `app_user.name` stays the name shown. Students already stored get them only where their
 * shown name splits one way: exactly two words, no comma, the second not a generational suffix
 * ("Ana Pérez"). Any other name ("María José García López", "Lee") is left null, and the caseload
 * sorts it by the shown name. The next import of the roster fills them in.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('student')
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .execute();
  await sql`update student s
    set given_name = split_part(u.name, ' ', 1), family_name = split_part(u.name, ' ', 2)
    from app_user u
    where u.id = s.user_id
      and u.name ~ '^[^[:space:],]+ [^[:space:],]+$'
      and lower(split_part(u.name, ' ', 2)) not in ('jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv')`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('student')
    .dropColumn('family_name')
    .dropColumn('given_name')
    .execute();
}
