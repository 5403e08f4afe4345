/**
 * A transcript as a spreadsheet in a decimal-comma locale saves a SIS export (a BOM, semicolons,
 * CRLF, decimal commas, Spanish titles, Excel ="…" cells, terms with their year, audit and
 * percent marks) imported end to end, and the same file with one bad row refused whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { importStudents } from './import-students.ts';
import { importTranscripts } from './import-transcripts.ts';
import { countInDistrict, csv, recordsWorld, ROSTER_HEADER } from './test-world.ts';

const HEADER =
  'Student Number;School Code;School Year;Term;Course Number;Course Title;Credits Attempted;Credits Earned;Grade;Percent;GPA;Weighted GPA';
const ROWS = [
  '="000101";rhs;2024-2025;Fall 2024;="01001";Español III, Honores;0,5;0,5;A-;91,5;3,7;4,7',
  '="000101";rhs;2024-2025;Spring 2025;="01001";Español III, Honores;0,5;0,5;B+;88;3,3;4,3',
  '="000101";rhs;2024-2025;SUM;ART100;Cerámica;0,5;0;AU;;;',
  '="000101";rhs;2024-2025;S2;="02052";Álgebra I;0,5;0;;52;0;0',
];
const file = (rows: string[]) => ({
  name: 'notas.csv',
  text: `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n;;;;;;;;;;;\r\n`,
});

describe.each(testEngines())('a real transcript export imported on $name', (engine) => {
  let runtime: Runtime;
  const district = { districtId: 'rusd' };

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    await recordsWorld(runtime);
    await importStudents(
      runtime.records,
      CLI,
      {
        name: 'students.csv',
        text: csv(ROSTER_HEADER, ['000101,rhs,Ana,Peña,ana@rusd.test,10,2028']),
      },
      district,
    );
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses the file with one bad row, naming its line and field, and writes nothing', async () => {
    const bad = file([...ROWS, '="000101";rhs;2024-2025;Fall 2023;X1;Historia;0,5;0,5;A;;;']);
    await expect(importTranscripts(runtime.records, CLI, bad, district)).rejects.toMatchObject({
      code: 'invalid',
      field: 'notas.csv:6:4',
      message: expect.stringContaining("Fall 2023 is not in the row's school year (2024-25)"),
    });
    expect(await countInDistrict(runtime, 'course_attempt')).toBe(0);
  });

  it('imports every row as written: terms, marks, credits and titles', async () => {
    const summary = await importTranscripts(runtime.records, CLI, file(ROWS), district);
    expect(summary).toMatchObject({ inserted: 4 });
    const stored = await runtime.database.db
      .selectFrom('course_attempt')
      .select([
        'course_code',
        'course_title',
        'term',
        'school_year',
        'letter_grade',
        'result',
        'credits_earned',
      ])
      .where('district_id', '=', 'rusd')
      .orderBy('course_code')
      .orderBy('term')
      .execute();
    expect(stored.map((r) => ({ ...r, credits_earned: Number(r.credits_earned) }))).toEqual([
      {
        course_code: '01001',
        course_title: 'Español III, Honores',
        term: 'fall',
        school_year: 2025,
        letter_grade: 'A-',
        result: 'pass',
        credits_earned: 0.5,
      },
      {
        course_code: '01001',
        course_title: 'Español III, Honores',
        term: 'spring',
        school_year: 2025,
        letter_grade: 'B+',
        result: 'pass',
        credits_earned: 0.5,
      },
      {
        course_code: '02052',
        course_title: 'Álgebra I',
        term: 's2',
        school_year: 2025,
        letter_grade: '52',
        result: 'fail',
        credits_earned: 0,
      },
      {
        course_code: 'ART100',
        course_title: 'Cerámica',
        term: 'summer',
        school_year: 2025,
        letter_grade: 'AU',
        result: 'withdrawn',
        credits_earned: 0,
      },
    ]);
    const again = await importTranscripts(runtime.records, CLI, file(ROWS), district);
    expect(again).toMatchObject({ inserted: 0, unchanged: 4 });
  });
});
