/**
 * The world the Perkins V tests count in: the framework and the demo region seeded (Riverside
 * Unified, `rusd`, its catalog and approved programs of study), the records world, and a few test
 * students with their transcripts and credit earned elsewhere in `rusd`.
 */
import { expect } from 'vitest';
import type { TransferCredit } from '../src/domain/requirements/transfer.ts';
import type { Runtime } from '../src/runtime.ts';
import { CLI } from '../src/services/accounts/caller.ts';
import { importStudents } from '../src/services/records/import-students.ts';
import { importTranscripts } from '../src/services/records/import-transcripts.ts';
import {
  csv,
  recordsWorld,
  ROSTER_HEADER,
  TRANSCRIPT_HEADER,
} from '../src/services/records/test-world.ts';
import type { TestEngine } from './databases.ts';
import { transferCredit } from './transfer-credit.ts';

export { transferCredit };

/** A test student of Riverside High School in grade 11, named by their local id. */
export const rosterLine = (id: string, school = 'rhs') =>
  `${id},${school},${id},Test,${id.toLowerCase()}@rusd.test,11,2027`;

/** A runtime on the engine with the demo region and the records world, no students yet. */
export async function openPerkinsWorld(engine: TestEngine): Promise<Runtime> {
  const runtime = await engine.open();
  await runtime.seed();
  await runtime.seedDemoRegion();
  await recordsWorld(runtime);
  return runtime;
}

/**
 * Imports test students (by local id, as rosterLine writes them) or roster lines (ROSTER_HEADER
 * unless another header is given), and transcript lines (TRANSCRIPT_HEADER), into `rusd`, each
 * line read (an import refuses a bad one), and their credits earned elsewhere: the students'
 * user ids by local id.
 */
export async function importPerkinsRecords(
  runtime: Runtime,
  records: {
    students?: readonly string[];
    roster?: readonly string[];
    rosterHeader?: string;
    transcripts: readonly string[];
    /** Credits earned elsewhere by local id (transferCredit's, with what each says). */
    transfers?: Readonly<
      Record<
        string,
        ReadonlyArray<Partial<TransferCredit> & Pick<TransferCredit, 'id' | 'countsAs'>>
      >
    >;
  },
): Promise<Map<string, string>> {
  const lines = [
    ...(records.students ?? []).map((id) => rosterLine(id)),
    ...(records.roster ?? []),
  ];
  const students = await importStudents(
    runtime.records,
    CLI,
    { name: 'students.csv', text: csv(records.rosterHeader ?? ROSTER_HEADER, lines) },
    { districtId: 'rusd' },
  );
  expect(students.rowsRead).toBe(lines.length);
  if (records.transcripts.length > 0) {
    const attempts = await importTranscripts(
      runtime.records,
      CLI,
      { name: 'transcripts.csv', text: csv(TRANSCRIPT_HEADER, [...records.transcripts]) },
      { districtId: 'rusd' },
    );
    expect(attempts.rowsRead).toBe(records.transcripts.length);
  }
  const localIds = lines.map((line) => line.split(',')[0]!);
  const rows = await runtime.records.roster.byLocalIds('rusd', localIds);
  const ids = new Map(localIds.map((id) => [id, rows.get(id)!.userId]));
  for (const [local, credits] of Object.entries(records.transfers ?? {}))
    await insertTransfers(
      runtime,
      credits.map((c) => ({ ...c, studentId: ids.get(local)! })),
    );
  return ids;
}

/** Stores credits earned elsewhere (transferCredit's, with what each says), each one new. */
export async function insertTransfers(
  runtime: Runtime,
  credits: ReadonlyArray<
    Partial<TransferCredit> & Pick<TransferCredit, 'id' | 'studentId' | 'countsAs'>
  >,
) {
  for (const c of credits)
    expect(await runtime.records.transfers.insert(transferCredit(c.id, c.studentId, c)), c.id).toBe(
      true,
    );
}
