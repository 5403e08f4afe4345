import { describe, expect, it } from 'vitest';
import { expectSpanishOfEach } from '../../../test/en-es-messages.ts';
import { ZImportSummary, type TImportSummary } from '../../contracts/records.ts';
import { IMPORT_SUMMARY_TEXT, formatBundleSummary, formatRecordSummary } from './import-summary.ts';

const summary = (over: Partial<TImportSummary> = {}): TImportSummary => ({
  kind: 'transcripts',
  districtId: 'north',
  file: 't.csv',
  dryRun: true,
  rowsRead: 1234,
  inserted: 1000,
  updated: 200,
  unchanged: 34,
  unknownCourses: Array.from({ length: 22 }, (_, i) => ({
    code: `X${i}`,
    title: `T${i}`,
    rows: i,
  })),
  progressMarks: { rows: 3, lines: [4, 9] },
  transferCredits: {
    inserted: 2,
    updated: 0,
    unchanged: 0,
    places: [{ name: 'Lincoln HS', rows: 2 }],
    electivesByTitle: [
      { line: 8, title: 'World History', matches: 2 },
      { line: 9, title: 'Robotics', matches: 0 },
    ],
  },
  unmappedDescriptors: [{ field: 'sex', value: 'Q', rows: 2 }],
  ...over,
});

describe('import summaries in English and Spanish', () => {
  it('has each text in both languages, with the same placeholders and other words', () => {
    expectSpanishOfEach(IMPORT_SUMMARY_TEXT);
  });

  it('tells every part of a summary, counts as digits, in the language asked', () => {
    const en = formatRecordSummary(summary());
    const es = formatRecordSummary(summary(), 'es');
    expect(en).toContain('rows read 1234 · inserted 1000');
    expect(en).toContain('    line 9: "Robotics" (0 catalog courses of that title)');
    for (const part of [
      'filas leídas 1234 · insertadas 1000 · actualizadas 200 · sin cambios 34',
      'Prueba (no se escribió nada): historiales académicos en north desde t.csv',
      'X3 T3 (3 filas)',
      '… y 2 más',
      '(líneas 4, 9, …)',
      'sex: Q (2 registros)',
      '2 cursos de transferencia dados solo por su título cuentan como optativos',
      'línea 8: "World History" (2 cursos del catálogo con ese título)',
    ])
      expect(es).toContain(part);
    expect(es.split('\n')).toHaveLength(en.split('\n').length);
    expect(en).toContain('Dry run (nothing written): transcripts into north from t.csv');
    for (const english of ['rows', 'and 2 more', 'Dry run', 'records', 'lines', 'transcripts'])
      expect(es).not.toContain(english);
  });

  it('tells the roster rows whose "no credential" the credentials records overruled', () => {
    const students = summary({
      kind: 'students',
      unknownCourses: [],
      progressMarks: undefined,
      unmappedDescriptors: undefined,
      credentialKept: { rows: 21, lines: [2, 7] },
    });
    expect(formatRecordSummary(students)).toContain(
      '21 rows say credential_earned N for a student whose credentials records name one: kept Y (lines 2, 7, …)',
    );
    expect(formatRecordSummary(students, 'es')).toContain('se mantiene Y (líneas 2, 7, …)');
    expect(formatRecordSummary({ ...students, credentialKept: undefined })).not.toContain(
      'credential_earned',
    );
  });

  it('lists the credential names an Ed-Fi bundle carries that the catalog lacks', () => {
    const credentials = summary({
      kind: 'credentials',
      unknownCourses: [],
      progressMarks: undefined,
      unmappedDescriptors: undefined,
      unknownCredentials: [{ name: 'Welding Wizard', rows: 3 }],
    });
    expect(formatRecordSummary(credentials)).toContain(
      '1 credential names no single catalog credential has (not recorded):\n    "Welding Wizard" (3 diploma records)',
    );
    expect(formatRecordSummary(credentials, 'es')).toContain(
      '"Welding Wizard" (3 registros de diploma)',
    );
  });

  it('tells a bundle by kind, with the files left alone', () => {
    const bundle = {
      format: 'edfi' as const,
      districtId: 'gb',
      dryRun: false,
      files: ['a.json', 'b.json'],
      results: [summary({ kind: 'students', unknownCourses: [], progressMarks: undefined })],
    };
    const es = formatBundleSummary(bundle, ['x.json'], 'es');
    expect(es).toMatch(/^edfi en gb desde 2 archivos\nestudiantes:\n {2}filas leídas 1234/);
    expect(es).toContain('Sin tocar (no es un recurso que lea esta importación): x.json');
    expect(formatBundleSummary(bundle, [])).toMatch(/^edfi into gb from 2 files\nstudents:\n/);
  });

  it('names every kind of record in Spanish words, and in English as the API names it', () => {
    const kinds = ZImportSummary.shape.kind.options;
    const spanish = new Set<string>();
    for (const kind of kinds) {
      const head = (lang: 'en' | 'es') =>
        formatRecordSummary(summary({ kind }), lang).split('\n')[0]!;
      expect(head('en')).toContain(`${kind} into north`);
      const word = /: (.+) en north/.exec(head('es'))?.[1];
      expect(word, kind).toBeDefined();
      expect(word, kind).not.toContain(kind);
      spanish.add(word!);
    }
    expect(spanish.size).toBe(kinds.length);
  });

  it('tells the links a OneRoster import ended, only where it counts them', () => {
    const links = summary({ kind: 'caseloads', unknownCourses: [], removed: 2 });
    expect(formatRecordSummary(links)).toContain(
      'removed 2 (links the package no longer states, or marked tobedeleted)',
    );
    expect(formatRecordSummary(links, 'es')).toContain('quitados 2 (vínculos que el paquete');
    expect(formatRecordSummary(summary())).not.toContain('removed');
  });
});
