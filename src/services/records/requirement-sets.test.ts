/**
 * Which set a check uses when it names the id of the one a-g set shipped before the split
 * (`uc-csu-a-g`): a district's own set under that id, else its own set under the new id
 * (`uc-a-g`), else the shipped UC set. Both engines.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import type { Runtime } from '../../runtime.ts';
import { requirementSetFor } from './requirement-sets.ts';

describe.each(testEngines())('requirementSetFor an old shipped id on $name', (engine) => {
  let runtime: Runtime;
  const uc = shippedRequirementSet('uc-a-g')!;
  const retitled = (id: string, en: string) => ({ ...uc, id, title: { en } });

  beforeAll(async () => {
    runtime = await engine.open();
    const db = runtime.database.db as Kysely<unknown>;
    for (const d of ['rs-plain', 'rs-old', 'rs-new'])
      await sql`insert into organization (id, kind, name) values (${d}, 'district', ${d})`.execute(
        db,
      );
    const { requirements } = runtime.records;
    await requirements.saveSet('rs-old', retitled('uc-csu-a-g', 'Our own, old id'), false);
    await requirements.saveSet('rs-new', retitled('uc-a-g', 'Our own UC copy'), false);
  }, 120_000);
  afterAll(() => runtime?.close());

  const titleFor = async (district: string, id: string) => {
    const set = await requirementSetFor(runtime.records, district, id);
    return [set.id, set.title.en];
  };

  it("gives the district's own set first, then its copy under the new id, then UC's", async () => {
    expect(await titleFor('rs-old', 'uc-csu-a-g')).toEqual(['uc-csu-a-g', 'Our own, old id']);
    expect(await titleFor('rs-new', 'uc-csu-a-g')).toEqual(['uc-a-g', 'Our own UC copy']);
    expect(await titleFor('rs-plain', 'uc-csu-a-g')).toEqual(['uc-a-g', uc.title.en]);
    expect(await titleFor('rs-plain', 'csu-a-g')).toEqual([
      'csu-a-g',
      'California State University (CSU) a-g subject requirements',
    ]);
  });

  it('still says which set is missing, by the id asked for', async () => {
    await expect(requirementSetFor(runtime.records, 'rs-plain', 'uc-csu-a-h')).rejects.toThrow(
      'No requirement set uc-csu-a-h',
    );
  });
});
