/**
 * Credential credit rows (migration 0039): a credit agreement names a credential instead of a
 * high school course, the database holds it to exactly one source and to a stored credential, and
 * the catalog finds it by its credential as by its courses. Both engines.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  collegeCourse,
  credential,
  credentialCredit,
  hsCourse,
} from '../../domain/program/test-builders.ts';
import type { Runtime } from '../../runtime.ts';
import { CatalogRepository } from '../catalog-repository.ts';
import type { DB } from '../schema.ts';

describe.each(testEngines())('credential credit rows on $name', (engine) => {
  let runtime: Runtime;
  let db: Kysely<DB>;
  let catalog: CatalogRepository;
  beforeAll(async () => {
    runtime = await engine.open();
    db = runtime.database.db;
    catalog = new CatalogRepository(db);
    await catalog.upsertInstitution({ id: 'college', kind: 'college', name: 'Valley CC' });
    await catalog.upsertInstitution({ id: 'district', kind: 'district', name: 'Riverside' });
    await catalog.upsertInstitution({
      id: 'hs',
      kind: 'high_school',
      name: 'Riverside HS',
      parentId: 'district',
    });
    await catalog.upsertCourse(collegeCourse('cis-110', 'CIS 110', 'Hardware', 'cte'), 'college');
    await catalog.upsertCourse(hsCourse('it-1', 'IT Essentials', 'cte', [10, 12]), 'hs');
    await catalog.upsertCredential(
      credential('comptia-a', 'CompTIA A+', 'industry_certification'),
      'district',
    );
  }, 120_000);
  afterAll(() => runtime?.close());

  it('stores one and finds it by its credential or its college course', async () => {
    const row = credentialCredit('a-plus-cis-110', 'comptia-a', 'cis-110', { credits: 4 });
    await catalog.upsertCreditAgreement(row, 'college');
    const stored = await db
      .selectFrom('credit_agreement')
      .select(['secondary_course_id', 'credential_id'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ secondary_course_id: null, credential_id: 'comptia-a' });
    const byCredential = await catalog.findCatalog({
      institutions: [],
      courses: [],
      credentials: ['comptia-a'],
    });
    expect(byCredential.creditAgreements).toEqual([row]);
    const byCourse = await catalog.findCatalog({
      institutions: [],
      courses: ['cis-110'],
      credentials: [],
    });
    expect(byCourse.creditAgreements.map((a) => a.id)).toEqual(['a-plus-cis-110']);
    const neither = await catalog.findCatalog({
      institutions: [],
      courses: ['it-1'],
      credentials: [],
    });
    expect(neither.creditAgreements).toEqual([]);
  });

  it('refuses a row with both sources, with neither, or with a credential not stored', async () => {
    const insert = (id: string, course: string | null, credentialId: string | null) =>
      sql`insert into credit_agreement
          (id, type, secondary_course_id, postsecondary_course_id, credential_id, owner_id, doc)
        values (${id}, 'credential_credit', ${course}, 'cis-110', ${credentialId}, 'college', '{}')`.execute(
        db,
      );
    await expect(insert('both', 'it-1', 'comptia-a')).rejects.toThrow(
      /credit_agreement_one_source/,
    );
    await expect(insert('neither', null, null)).rejects.toThrow(/credit_agreement_one_source/);
    await expect(insert('ghost', null, 'servsafe')).rejects.toThrow(/foreign key/);
    await insert('course-side', 'it-1', null);
    const count = await db
      .selectFrom('credit_agreement')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(2);
  });
});
