/**
 * Migration 0010 on a database migrated to 0007 with programs in it: every institution becomes
 * an organization, every program keeps its owner and versions, catalog rows get owners, and an
 * institution whose id an account organization of another kind already had is renamed everywhere.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { openAtMigration } from '../../../test/migration-steps.ts';
import { DEFAULT_FRAMEWORK_ID, frameworks } from '../../data/index.ts';
import { seedFrameworks } from '../../services/seed.ts';
import type { Runtime } from '../../runtime.ts';
import { SYSTEM } from '../../services/programs/program-access.ts';
import { getProgram } from '../../services/programs/read-programs.ts';

const doc = (value: object) => JSON.stringify(value);

async function fillAt0007(db: Kysely<unknown>): Promise<void> {
  const org = (id: string, kind: string, parent: string | null, district: string | null) =>
    sql`insert into organization (id, kind, name, parent_id, district_id)
      values (${id}, ${kind}, ${`Account ${id}`}, ${parent}, ${district})`.execute(db);
  await org('state', 'state', null, null);
  await org('rvcc', 'college', 'state', null); // the same college as the institution
  await org('cvhs', 'district', 'state', 'cvhs'); // another thing with a high school's id
  const inst = async (id: string, kind: string, name: string, parentId?: string) =>
    sql`insert into institution (id, kind, name, parent_id, doc) values (${id}, ${kind}, ${name},
      ${parentId ?? null}, ${doc({ id, kind, name, city: 'Riverside', state: 'OR', ...(parentId ? { parentId } : {}) })}::jsonb)`.execute(
      db,
    );
  await inst('rusd', 'district', 'Riverside Unified');
  await inst('cvhs', 'high_school', 'Cedar Valley High', 'rusd');
  await inst('rvcc', 'college', 'Riverside Valley CC');
  await inst('rvmc', 'employer', 'Medical Center');
  const course = (id: string, institutionId: string, level: string) =>
    sql`insert into course (id, institution_id, level, kind, subject, title, doc)
      values (${id}, ${institutionId}, ${level}, 'cte', 'cte', ${doc({ en: id })}::jsonb,
        ${doc({ id, institutionId, level, kind: 'cte', subject: 'cte', title: { en: id }, pathwayCodes: [], prerequisites: [], corequisites: [], ...(level === 'secondary' ? { stateCode: 'X1', carnegieUnits: 1, gradeMin: 9, gradeMax: 12 } : { prefix: 'HS', number: '101', creditHours: 3 }) })}::jsonb)`.execute(
      db,
    );
  await course('cv-health', 'cvhs', 'secondary');
  await course('rvcc-hs-101', 'rvcc', 'postsecondary');
  await sql`insert into credit_agreement (id, type, secondary_course_id, postsecondary_course_id, doc)
    values ('dual-health', 'dual_credit', 'cv-health', 'rvcc-hs-101', ${doc({
      id: 'dual-health',
      type: 'dual_credit',
      secondaryCourseId: 'cv-health',
      postsecondaryCourseId: 'rvcc-hs-101',
      credits: 3,
      effectiveFrom: '2024-01-01',
      secondaryInstitutionId: 'cvhs',
      postsecondaryInstitutionId: 'rvcc',
    })}::jsonb)`.execute(db);
  await sql`insert into credential (id, type, title, doc) values
    ('cna', 'certificate', '{"en":"CNA"}'::jsonb, '{"id":"cna","type":"certificate","title":{"en":"CNA"},"stacksInto":[]}'::jsonb),
    ('unused', 'certificate', '{"en":"Unused"}'::jsonb, '{"id":"unused"}'::jsonb)`.execute(db);
  await sql`insert into program (id, framework_id, pathway_code, cluster_code, owner_id)
    values ('health', 'nccf-16', '08-05', '08', 'rusd')`.execute(db);
  const body = {
    title: { en: 'Health' },
    frameworkId: 'nccf-16',
    pathwayCode: '08-05',
    ownerId: 'rusd',
    partners: [
      { institutionId: 'cvhs', role: 'secondary' },
      { institutionId: 'rvcc', role: 'postsecondary' },
    ],
    steps: [
      {
        level: 'grade-9',
        courses: ['cv-health'],
        credentials: ['cna'],
        workBasedLearning: [{ type: 'job_shadow', title: { en: 'Shadow' }, employerId: 'rvmc' }],
      },
    ],
    occupations: [],
  };
  for (const [version, status] of [
    [1, 'approved'],
    [2, 'draft'],
  ] as const) {
    await sql`insert into program_version (program_id, version, status, title, body, findings, search_text)
      values ('health', ${version}, ${status}, '{"en":"Health"}'::jsonb, ${doc(body)}::jsonb, '[]'::jsonb, 'health')`.execute(
      db,
    );
  }
  for (const id of ['rusd', 'cvhs', 'rvcc'])
    await sql`insert into program_institution values ('health', ${id})`.execute(db);
}

describe.each(testEngines())('migration 0010 on $name', (engine) => {
  let runtime: Runtime;

  beforeAll(async () => {
    const steps = await openAtMigration(engine, '0007-related-source-unchecked');
    runtime = steps.runtime;
    // The framework only: today's occupation seed needs columns of later migrations.
    await seedFrameworks({
      repo: runtime.repos.framework,
      frameworks,
      defaultFrameworkId: DEFAULT_FRAMEWORK_ID,
    });
    await fillAt0007(steps.db);
    await runtime.migrate();
  });
  afterAll(async () => {
    await runtime?.close();
  });

  it('makes every institution an organization, renaming one whose id was taken by another kind', async () => {
    const orgs = await runtime.accounts.deps.orgs.list();
    expect(orgs.map((o) => [o.id, o.kind, o.parentId, o.districtId]).sort()).toEqual(
      [
        ['cvhs', 'district', 'state', 'cvhs'],
        ['cvhs-school', 'school', 'rusd', 'rusd'],
        ['rusd', 'district', 'state', 'rusd'],
        ['rvcc', 'college', 'state', null],
        ['rvmc', 'employer', 'state', null],
        ['state', 'state', null, null],
      ].sort(),
    );
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.tables where table_name = 'institution'`.execute(
      runtime.database.db,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('keeps every program, its versions and its owner, with references rewritten', async () => {
    const versions = await runtime.programs.programs.findVersions('health');
    expect(versions.map((v) => [v.version, v.status, v.ownerId, v.ownerName])).toEqual([
      [1, 'approved', 'rusd', 'Riverside Unified'],
      [2, 'draft', 'rusd', 'Riverside Unified'],
    ]);
    expect(versions[1]!.body.partners.map((p) => p.institutionId)).toEqual(['cvhs-school', 'rvcc']);
    const detail = await getProgram(runtime.programs, SYSTEM, { programId: 'health', lang: 'en' });
    expect(detail.owner).toEqual({ id: 'rusd', name: 'Riverside Unified' });
    expect(detail.partners.map((p) => [p.id, p.kind])).toEqual([
      ['cvhs-school', 'high_school'],
      ['rvcc', 'college'],
    ]);
    expect(detail.steps[0]!.courses[0]).toMatchObject({
      id: 'cv-health',
      institution: 'Cedar Valley High',
    });
  });

  it('gives catalog rows their owners', async () => {
    const owners = await runtime.programs.catalog.findOwned({
      institutions: ['rusd'],
      courses: ['cv-health', 'rvcc-hs-101'],
      creditAgreements: ['dual-health'],
      credentials: ['cna', 'unused'],
    });
    expect(owners.courses.get('cv-health')).toMatchObject({ ownerId: 'cvhs-school' });
    expect(owners.courses.get('cv-health')!.doc.institutionId).toBe('cvhs-school');
    expect(owners.courses.get('rvcc-hs-101')!.ownerId).toBe('rvcc');
    expect(owners.creditAgreements.get('dual-health')!.ownerId).toBe('rvcc');
    expect(owners.creditAgreements.get('dual-health')!.doc.secondaryInstitutionId).toBe(
      'cvhs-school',
    );
    expect(owners.credentials.get('cna')!.ownerId).toBe('rusd');
    expect(owners.credentials.get('unused')!.ownerId).toBeNull();
    expect(owners.institutions.get('rusd')).toMatchObject({
      ownerId: 'rusd',
      doc: { kind: 'district', city: 'Riverside', state: 'OR' },
    });
  });
});
