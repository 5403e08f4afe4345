/**
 * One notion of organization. Before, a program's owner was a catalog `institution` while users
 * belonged to an account `organization`. Now every institution is an organization (state,
 * district, school, college, university, employer): it owns programs, catalog rows and users.
 *
 * - `organization` gains the kind `university` and the catalog's `city` and `state_code`.
 * - Each institution becomes an organization with the same id (a high school becomes a school).
 *   Where an account organization of the same kind has the id already, they are one and the same;
 *   where its kind differs, the institution gets a new id (`<id>-<kind>`) and every reference to
 *   it (courses, agreements, programs and their stored versions) is rewritten.
 * - `course`, `credit_agreement` and `credential` gain `owner_id`: the offering institution, the
 *   college that grants the credit, and the owner of the first program that names the credential
 *   (none when no program does: then only the state may change it).
 * - Foreign keys to `institution` now point at `organization`; `institution` is dropped.
 */
import { sql, type Kysely } from 'kysely';

type Row = Record<string, unknown>;
const REF_KEYS = new Set([
  'ownerId',
  'institutionId',
  'employerId',
  'secondaryInstitutionId',
  'postsecondaryInstitutionId',
  'parentId',
]);

/** Rewrites institution ids in a stored document (only under the keys that name institutions). */
function renameRefs(value: unknown, renamed: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, renamed));
  if (value && typeof value === 'object') {
    const out: Row = {};
    for (const [key, v] of Object.entries(value as Row)) {
      out[key] =
        REF_KEYS.has(key) && typeof v === 'string' ? (renamed.get(v) ?? v) : renameRefs(v, renamed);
    }
    return out;
  }
  return value;
}

const parse = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

async function constraints(db: Kysely<unknown>, table: string, type: 'c' | 'f') {
  const { rows } = await sql<{ conname: string; target: string | null }>`
    select conname, confrelid::regclass::text as target from pg_constraint
    where conrelid = ${sql.lit(table)}::regclass and contype = ${type}`.execute(db);
  return rows;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const c of await constraints(db, 'organization', 'c'))
    await sql`alter table organization drop constraint ${sql.id(c.conname)}`.execute(db);
  await sql`alter table organization add constraint organization_kind_check
    check (kind in ('state','district','school','college','university','employer'))`.execute(db);
  await sql`alter table organization add column city text, add column state_code text`.execute(db);

  // Foreign keys to institution go first: ids may be rewritten below.
  for (const table of ['course', 'program', 'program_institution', 'institution']) {
    for (const c of await constraints(db, table, 'f'))
      if (c.target === 'institution')
        await sql`alter table ${sql.id(table)} drop constraint ${sql.id(c.conname)}`.execute(db);
  }

  const orgs = new Map(
    (
      await sql<{ id: string; kind: string; district_id: string | null }>`
        select id, kind, district_id from organization`.execute(db)
    ).rows.map((o) => [o.id, o]),
  );
  const states = [...orgs.values()].filter((o) => o.kind === 'state');
  const stateId = states.length === 1 ? states[0]!.id : null;
  const institutions = (
    await sql<{ id: string; kind: string; name: string; parent_id: string | null; doc: unknown }>`
      select id, kind, name, parent_id, doc from institution
      order by (parent_id is not null), id`.execute(db)
  ).rows;

  const renamed = new Map<string, string>();
  for (const inst of institutions) {
    const kind = inst.kind === 'high_school' ? 'school' : inst.kind;
    const doc = parse(inst.doc) as { city?: string; state?: string };
    let id = inst.id;
    const existing = orgs.get(id);
    if (existing && existing.kind === kind) {
      await sql`update organization set city = coalesce(city, ${doc.city ?? null}),
        state_code = coalesce(state_code, ${doc.state ?? null}) where id = ${id}`.execute(db);
      continue;
    }
    if (existing) {
      id = `${inst.id}-${kind}`;
      for (let n = 2; orgs.has(id); n++) id = `${inst.id}-${kind}-${n}`;
      renamed.set(inst.id, id);
    }
    const parentId = inst.parent_id ? (renamed.get(inst.parent_id) ?? inst.parent_id) : null;
    const parent = parentId ? orgs.get(parentId) : undefined;
    const districtId =
      kind === 'district' ? id : kind === 'school' ? (parent?.district_id ?? null) : null;
    const row = { id, kind, district_id: districtId };
    await sql`insert into organization (id, kind, name, parent_id, district_id, city, state_code)
      values (${id}, ${kind}, ${inst.name}, ${parent?.id ?? (kind === 'school' ? null : stateId)},
        ${districtId}, ${doc.city ?? null}, ${doc.state ?? null})`.execute(db);
    orgs.set(id, row);
  }

  if (renamed.size > 0) {
    for (const [from, to] of renamed) {
      await sql`update course set institution_id = ${to} where institution_id = ${from}`.execute(
        db,
      );
      await sql`update program set owner_id = ${to} where owner_id = ${from}`.execute(db);
      await sql`update program_institution set institution_id = ${to}
        where institution_id = ${from}`.execute(db);
    }
    for (const table of ['course', 'credit_agreement'] as const) {
      const rows = (
        await sql<{ id: string; doc: unknown }>`
        select id, doc from ${sql.table(table)}`.execute(db)
      ).rows;
      for (const r of rows) {
        const doc = JSON.stringify(renameRefs(parse(r.doc), renamed));
        await sql`update ${sql.table(table)} set doc = ${doc}::jsonb where id = ${r.id}`.execute(
          db,
        );
      }
    }
    const versions = (
      await sql<{ program_id: string; version: number; body: unknown }>`
      select program_id, version, body from program_version`.execute(db)
    ).rows;
    for (const v of versions) {
      const body = JSON.stringify(renameRefs(parse(v.body), renamed));
      await sql`update program_version set body = ${body}::jsonb
        where program_id = ${v.program_id} and version = ${v.version}`.execute(db);
    }
  }

  await sql`alter table course add column owner_id text references organization(id)`.execute(db);
  await sql`update course set owner_id = institution_id`.execute(db);
  await sql`alter table course alter column owner_id set not null`.execute(db);

  await sql`alter table credit_agreement add column owner_id text
    references organization(id)`.execute(db);
  await sql`update credit_agreement set owner_id = doc->>'postsecondaryInstitutionId'
    where doc->>'postsecondaryInstitutionId' in (select id from organization)`.execute(db);
  await sql`update credit_agreement a set owner_id = c.owner_id from course c
    where a.owner_id is null and c.id = a.postsecondary_course_id`.execute(db);
  await sql`alter table credit_agreement alter column owner_id set not null`.execute(db);

  await sql`alter table credential add column owner_id text references organization(id)`.execute(
    db,
  );
  const bodies = (
    await sql<{ owner_id: string; body: unknown }>`
      select p.owner_id, v.body from program_version v join program p on p.id = v.program_id
      order by p.created_at desc, p.id desc, v.version desc`.execute(db)
  ).rows;
  // Walked newest first, so the first program that named a credential is written last and wins.
  const credentialOwner = new Map<string, string>();
  for (const { owner_id, body } of bodies) {
    const b = parse(body) as {
      steps?: Array<{ credentials?: string[] }>;
      occupations?: Array<{ credentialId?: string }>;
    };
    const ids = [
      ...(b.steps ?? []).flatMap((s) => s.credentials ?? []),
      ...(b.occupations ?? []).flatMap((o) => (o.credentialId ? [o.credentialId] : [])),
    ];
    for (const id of ids) credentialOwner.set(id, owner_id);
  }
  for (const [id, owner] of credentialOwner)
    await sql`update credential set owner_id = ${owner} where id = ${id}`.execute(db);

  await sql`alter table course add constraint course_institution_fk
    foreign key (institution_id) references organization(id)`.execute(db);
  await sql`alter table program add constraint program_owner_fk
    foreign key (owner_id) references organization(id)`.execute(db);
  await sql`alter table program_institution add constraint program_institution_org_fk
    foreign key (institution_id) references organization(id)`.execute(db);
  await sql`create index course_owner on course (owner_id)`.execute(db);
  await sql`create index program_owner on program (owner_id)`.execute(db);
  await sql`drop table institution`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0010-organizations-own-catalog cannot be undone: restore a backup instead.');
}
