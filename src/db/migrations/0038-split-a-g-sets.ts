/**
 * The one a-g set Wayfinder shipped (`uc-csu-a-g`, which followed the University of California)
 * became two, `uc-a-g` and `csu-a-g` (src/data/requirements/index.ts). Exceptions counselors
 * saved against the shipped set now belong to `uc-a-g`, whose requirement ids are the old set's;
 * a district that loaded a set of its own under the old id keeps it, and its exceptions with it.
 * Requests that still name `uc-csu-a-g` are answered as `uc-a-g` (SHIPPED_SET_ALIASES).
 */
import { sql, type Kysely } from 'kysely';

export const OLD_SET_ID = 'uc-csu-a-g';
export const NEW_SET_ID = 'uc-a-g';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update requirement_exception e set set_id = ${NEW_SET_ID}
    where e.set_id = ${OLD_SET_ID}
      and not exists (
        select 1 from requirement_set s where s.district_id = e.district_id and s.id = ${OLD_SET_ID}
      )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    update requirement_exception e set set_id = ${OLD_SET_ID}
    where e.set_id = ${NEW_SET_ID}
      and not exists (
        select 1 from requirement_set s where s.district_id = e.district_id and s.id = ${NEW_SET_ID}
      )`.execute(db);
}
