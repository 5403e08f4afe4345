/**
 * The catalog facts by course-code key, on both engines: a catalog code written "cte-it 100" is
 * found by a transcript's "CTE-IT-100", and the progress check's attempt gets its facts.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/databases.ts';
import { openPerkinsWorld } from '../../test/perkins-world.ts';
import { courseCodeKey } from '../domain/requirements/course-code-key.ts';
import type { Runtime } from '../runtime.ts';
import { toCourseAttempts } from '../services/records/present-progress.ts';
import type { AttemptRow } from './transcript-repository.ts';

const row = (courseCode: string): AttemptRow => ({
  districtId: 'rusd',
  studentId: 's',
  schoolId: 'rhs',
  schoolYear: 2026,
  term: 'year',
  courseCode,
  courseTitle: courseCode,
  scedCode: null,
  creditsAttempted: 1,
  creditsEarned: 1,
  letterGrade: 'B',
  result: 'pass',
});

describe.each(testEngines())('catalog facts by course-code key on $name', (engine) => {
  let runtime: Runtime;

  beforeAll(async () => {
    runtime = await openPerkinsWorld(engine);
    await runtime.database.db
      .updateTable('course')
      .set({ doc: sql`doc || ${JSON.stringify({ stateCode: 'cte-it 100' })}::jsonb` })
      .where('id', '=', 'rhs-it-foundations')
      .execute();
  }, 600_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('keys every catalog code by courseCodeKey', async () => {
    const facts = await runtime.records.transcripts.catalogFacts('rusd');
    expect(facts.size).toBeGreaterThan(1);
    for (const code of facts.keys()) expect(code).toBe(courseCodeKey(code));
    expect(facts.get(courseCodeKey('CTE-IT-100'))).toMatchObject({
      cte: true,
      pathways: ['11-01', '11-02', '11-03', '11-04'],
    });
  });

  it('gives a transcript line the catalog facts of its course however either writes the code', async () => {
    const facts = await runtime.records.transcripts.catalogFacts('rusd');
    for (const code of ['CTE-IT-100', 'cte-it100', 'CTE-IT 100'])
      expect(toCourseAttempts([row(code)], facts)[0]).toMatchObject({
        cte: true,
        pathways: ['11-01', '11-02', '11-03', '11-04'],
      });
    expect(toCourseAttempts([row('CTE-IT-1000')], facts)[0]).toMatchObject({ pathways: [] });
  });
});
