/**
 * The transcript import route with rows earned elsewhere (transfer credit): one credit written
 * twice under two spellings is a 400 naming both lines, in English and Spanish, that changes
 * nothing; no body of such rows gets a 5xx (fuzz).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { countRows, postBody, useRouteApp } from '../../../test/route-app.ts';
import { csv, ROSTER_HEADER, TRANSCRIPT_HEADER } from '../../services/records/test-world.ts';

const HEADER = `${TRANSCRIPT_HEADER},earned_at`;
const URL = '/api/v1/districts/da/transcripts/import';

describe.each(testEngines())(
  'transfer credit through the transcript import route on $name',
  (engine) => {
    const s = useRouteApp(engine, async ({ admin }) => {
      const roster = csv(ROSTER_HEADER, [
        'L1,da-high,Ana,Lopez,ana@da.test,9,2029',
        'L2,da-high,Ben,Ng,ben@da.test,10,2028',
      ]);
      const res = await post('/api/v1/districts/da/students/import', roster, admin);
      expect(res.statusCode, res.body).toBe(200);
    });

    const post = (url: string, body: string, headers: Record<string, string>) =>
      postBody(s.app, url, body, headers);
    const transfers = () => countRows(s.runtime, 'transfer_credit');

    it('answers 400 naming both lines for one credit written twice, in English and Spanish', async () => {
      const twice = csv(HEADER, [
        'L1,,2025-26,fall,AG 110,Soils,,1,1,A,pass,Valley College',
        'L1,,2025-26,fall,,Algebra I,,1,1,A,pass,Valley College',
        'L1,,2025-26,fall,,Algebra 1,,1,1,B,pass,Valley College',
      ]);
      const english = await post(URL, twice, s.admin);
      expect(english.statusCode, english.body).toBe(400);
      expect(english.json().error).toEqual({
        lang: 'en',
        code: 'invalid',
        field: 'transcripts.csv:4:6',
        message:
          'transcripts.csv:4:6: course_title: repeats the transfer credit at transcripts.csv:3: Algebra I from Valley College and Algebra 1 from Valley College are one course from one place (same student, school year and term); nothing was imported.',
      });
      const spanish = await post(`${URL}?lang=es`, twice, s.admin);
      expect(spanish.json().error.message).toBe(
        'transcripts.csv:4:6: course_title: repite el crédito transferido de transcripts.csv:3: Algebra I de Valley College y Algebra 1 de Valley College son un mismo curso de un mismo lugar (mismo estudiante, año escolar y período); no se importó nada.',
      );
      expect(await transfers()).toBe(0);
      const once = await post(URL, csv(HEADER, twice.trim().split('\n').slice(1, 3)), s.admin);
      expect(once.statusCode, once.body).toBe(200);
      expect(once.json().transferCredits).toMatchObject({ inserted: 2 });
    });

    it('never answers 5xx to rows earned elsewhere (fuzz), and a refused import changes nothing', async () => {
      const line = fc
        .tuple(
          fc.constantFrom('L1', 'L2'),
          fc.constantFrom('2025-26'),
          fc.constantFrom('fall', 'spring'),
          // Two codes of one key, and no code: two titles of one key ("Algebra I", "Algebra 1").
          fc.constantFrom('AG 110', 'a g 110', '', ''),
          fc.constantFrom('Algebra I', 'Algebra 1', 'Soils'),
          fc.constantFrom('A', 'B'),
          fc.constantFrom('Valley College', 'VALLEY  COLLEGE', 'Lakeview HS', '"Valley, College"'),
        )
        .map(
          ([id, year, term, code, title, grade, place]) =>
            `${id},,${year},${term},${code},${title},,1,1,${grade},pass,${place}`,
        );
      await fc.assert(
        fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), async (lines) => {
          // Each body on an empty record: a repeat of a credit not stored yet is the one that
          // broke the unique index (a stored one was updated twice instead).
          await s.runtime.database.db.deleteFrom('transfer_credit').execute();
          const before = await transfers();
          const res = await post(URL, csv(HEADER, lines), s.admin);
          expect(res.statusCode, `${res.statusCode} ${res.body}`).toBeLessThan(500);
          if (res.statusCode === 400) expect(await transfers()).toBe(before);
        }),
        { numRuns: engine.name === 'pglite' ? 100 : 40, seed: 20261128 },
      );
    });
  },
);
