/**
 * Credentials from Ed-Fi (both engines): the diplomas of student academic records whose type is a
 * credential's (industry certification, licence, CTE certificate, apprenticeship) become named
 * credentials with the Perkins fact; a high school diploma does not; a name the catalog lacks is
 * listed, not recorded; a date after today refuses the import naming the JSON path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { credential } from '../../domain/program/test-builders.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { createOrg } from '../accounts/manage-orgs.ts';
import { importEdfi } from './import-edfi.ts';
import { removeStudentCredential } from './remove-credential.ts';
import { recordsWorld } from './test-world.ts';

const DIR = path.resolve(import.meta.dirname, '../../../examples/edfi');
const RESOURCES = [
  'students',
  'studentSchoolAssociations',
  'studentEducationOrganizationAssociations',
  'courses',
  'studentAcademicRecords',
  'courseTranscripts',
];
const TYPE = 'uri://ed-fi.org/DiplomaTypeDescriptor#';

/** A diploma as the Ed-Fi API writes it. */
const diploma = (type: string, date: string, title?: string, description?: string) => ({
  diplomaTypeDescriptor: `${TYPE}${type}`,
  diplomaAwardDate: date,
  ...(title === undefined ? {} : { achievementTitle: title }),
  ...(description === undefined ? {} : { diplomaDescription: description }),
});

/** The example bundle, with these diplomas on each academic record (by index). */
function withDiplomas(diplomas: Record<number, object[]>): SourceFile[] {
  return RESOURCES.map((r) => {
    const text = fs.readFileSync(path.join(DIR, `${r}.json`), 'utf8');
    if (r !== 'studentAcademicRecords') return { name: `${r}.json`, text };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const items = JSON.parse(text) as Array<Record<string, any>>;
    for (const [i, list] of Object.entries(diplomas)) items[Number(i)]!.diplomas = list;
    return { name: `${r}.json`, text: JSON.stringify(items, null, 2) };
  });
}

describe.each(testEngines())('Ed-Fi credentials on $name', (engine) => {
  let runtime: Runtime;
  const district = { districtId: 'rusd' };
  const load = (files: SourceFile[]) => importEdfi(runtime.records, CLI, files, district);
  const studentOf = async (localId: string) =>
    (await runtime.records.roster.byLocalIds('rusd', [localId])).get(localId)!.userId;

  beforeAll(async () => {
    runtime = await engine.open();
    await recordsWorld(runtime);
    await createOrg(runtime.accounts.deps, CLI, {
      id: '255901001',
      kind: 'school',
      name: 'Grand Bend High School',
      parentId: 'rusd',
    });
    await runtime.records.catalog.upsertCredential(
      credential('comptia-a', 'CompTIA A+', 'industry_certification'),
      'rusd',
    );
    await runtime.records.catalog.upsertCredential(
      credential('cna', 'Certified Nursing Assistant', 'license', {
        title: { en: 'Certified Nursing Assistant', es: 'Asistente de Enfermería Certificado' },
      }),
      'rusd',
    );
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses a credential dated after today, naming the JSON path, and writes nothing', async () => {
    const files = withDiplomas({
      0: [diploma('Industry-recognized Certification', '2999-01-01', 'CompTIA A+')],
    });
    await expect(load(files)).rejects.toMatchObject({
      field: expect.stringMatching(/^studentAcademicRecords\.json:\d+:\d+$/),
      message: expect.stringContaining(
        'studentAcademicRecords[0].diplomas[0].diplomaAwardDate: is after today',
      ),
    });
    expect(await runtime.records.roster.byLocalIds('rusd', ['604822'])).toEqual(new Map());
  });

  it('records credential diplomas, not high school diplomas, and lists names the catalog lacks', async () => {
    // Records 0 and 1 are student 604822's (two terms), record 3 is 604821's.
    const files = withDiplomas({
      0: [
        diploma('Industry-recognized Certification', '2025-06-10', 'comptia a+'),
        diploma('Regular diploma', '2025-06-01', 'Certified Nursing Assistant'),
        diploma('Occupational License', '2025-03-01', 'Welding Wizard'),
        diploma('Career and Technical Education certificate', '2025-02-01', undefined, 'Aide'),
      ],
      1: [diploma('Industry-recognized Certification', '2025-05-04', 'CompTIA A+')],
      3: [
        diploma(
          'Occupational License',
          '2026-04-02',
          undefined,
          'Asistente de enfermería certificado',
        ),
      ],
    });
    const first = await load(files);
    expect(first.results.find((r) => r.kind === 'credentials')).toMatchObject({
      rowsRead: 5,
      inserted: 2,
      unknownCredentials: [
        { name: 'Aide', rows: 1 },
        { name: 'Welding Wizard', rows: 1 },
      ],
    });
    const held = async (localId: string) =>
      runtime.records.credentials.ofStudent('rusd', await studentOf(localId));
    // The earliest of the two A+ diplomas; the diploma titled like the CNA is not a credential.
    expect(await held('604822')).toEqual([{ credentialId: 'comptia-a', earnedOn: '2025-05-04' }]);
    expect(await held('604821')).toEqual([{ credentialId: 'cna', earnedOn: '2026-04-02' }]);
    for (const localId of ['604822', '604821'])
      expect(
        (await runtime.records.roster.facts('rusd', await studentOf(localId))).get(
          'credential_earned',
        ),
      ).toBe('Y');

    const again = await load(files);
    expect(again.results.find((r) => r.kind === 'credentials')).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('gives no credentials summary when no record has a credential diploma', async () => {
    const files = withDiplomas({ 0: [diploma('Regular diploma', '2025-06-01')] });
    expect((await load(files)).results.map((r) => r.kind)).toEqual(['students', 'transcripts']);
  });

  it('imports a bundle of academic records alone for its credentials, and refuses one without', async () => {
    await load(withDiplomas({}));
    const recordsOnly = (diplomas: Record<number, object[]>) =>
      withDiplomas(diplomas).filter((f) => f.name === 'studentAcademicRecords.json');
    const only = await load(
      recordsOnly({
        3: [diploma('Industry-recognized Certification', '2026-01-15', 'CompTIA A+')],
      }),
    );
    expect(only.results.map((r) => r.kind)).toEqual(['credentials']);
    expect(only.results[0]).toMatchObject({ rowsRead: 1, inserted: 1 });
    expect(await runtime.records.credentials.ofStudent('rusd', await studentOf('604821'))).toEqual(
      expect.arrayContaining([{ credentialId: 'comptia-a', earnedOn: '2026-01-15' }]),
    );

    // Only high school diplomas, or none: nothing to import, said plainly in both languages.
    const none: Array<Record<number, object[]>> = [
      { 0: [diploma('Regular diploma', '2025-06-01')] },
      {},
    ];
    for (const diplomas of none) {
      const refused = load(recordsOnly(diplomas));
      await expect(refused).rejects.toMatchObject({
        code: 'invalid',
        field: 'studentAcademicRecords',
        message: expect.stringContaining(
          'Nothing to import: the studentAcademicRecords carry no credential diploma',
        ),
        translations: {
          es: expect.stringContaining('Nada que importar: los studentAcademicRecords no llevan'),
        },
      });
    }
    // A bundle with none of the resources an import takes is refused as before.
    await expect(
      load([
        { name: 'courses.json', text: fs.readFileSync(path.join(DIR, 'courses.json'), 'utf8') },
      ]),
    ).rejects.toMatchObject({
      field: 'files',
      message: expect.stringContaining('Nothing to import'),
    });
  });

  it('drops the Perkins fact the moment the last Ed-Fi credential is removed', async () => {
    const fact = async (localId: string) =>
      (await runtime.records.roster.facts('rusd', await studentOf(localId))).get(
        'credential_earned',
      ) ?? null;
    expect([await fact('604822'), await fact('604821')]).toEqual(['Y', 'Y']);
    // Ed-Fi sends no credential_earned of its own: with none held, none is recorded.
    const removed = await removeStudentCredential(runtime.records, CLI, {
      districtId: 'rusd',
      student: '604822',
      credential: 'comptia-a',
    });
    expect(removed).toMatchObject({ remaining: 0, credentialEarned: null });
    expect([await fact('604822'), await fact('604821')]).toEqual([null, 'Y']);
    // The next night's bundle brings the diploma back, and the fact with it.
    await load(
      withDiplomas({
        0: [diploma('Industry-recognized Certification', '2025-06-10', 'CompTIA A+')],
      }),
    );
    expect(await fact('604822')).toBe('Y');
  });
});
