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
 * Imports roster lines (ROSTER_HEADER unless another header is given) and transcript lines
 * (TRANSCRIPT_HEADER) into `rusd`, each line of both read (an import refuses a bad one).
 */
export async function importPerkinsRecords(
  runtime: Runtime,
  records: { roster: readonly string[]; transcripts: readonly string[]; rosterHeader?: string },
): Promise<void> {
  const students = await importStudents(
    runtime.records,
    CLI,
    { name: 'students.csv', text: csv(records.rosterHeader ?? ROSTER_HEADER, [...records.roster]) },
    { districtId: 'rusd' },
  );
  expect(students.rowsRead).toBe(records.roster.length);
  if (records.transcripts.length === 0) return;
  const attempts = await importTranscripts(
    runtime.records,
    CLI,
    { name: 'transcripts.csv', text: csv(TRANSCRIPT_HEADER, [...records.transcripts]) },
    { districtId: 'rusd' },
  );
  expect(attempts.rowsRead).toBe(records.transcripts.length);
}

/** The user ids of `rusd` students by their local ids. */
export async function userIds(runtime: Runtime, localIds: readonly string[]) {
  const rows = await runtime.records.roster.byLocalIds('rusd', [...localIds]);
  return new Map(localIds.map((id) => [id, rows.get(id)!.userId]));
}

/**
 * A year's credit passed elsewhere (Lakeview High School, 1 credit, school year 2025–26) by a
 * student of `rusd`, counting as the given course, SCED code or elective.
 */
export const transferCredit = (
  id: string,
  studentId: string,
  over: Partial<TransferCredit> & Pick<TransferCredit, 'countsAs'>,
): TransferCredit => ({
  id,
  districtId: 'rusd',
  studentId,
  kind: 'transfer',
  earnedAt: { name: 'Lakeview High School', state: 'TX', institutionId: null },
  course: { title: 'Programming I', code: 'CS 110', scedCode: null },
  flags: null,
  schoolYear: 2026,
  term: 'year',
  creditsAttempted: 1,
  creditsEarned: 1,
  grade: 'A',
  result: 'pass',
  createdBy: null,
  createdAt: new Date(0),
  ...over,
});

/** Stores credits earned elsewhere, each one new. */
export async function insertTransfers(runtime: Runtime, credits: readonly TransferCredit[]) {
  for (const c of credits) expect(await runtime.records.transfers.insert(c), c.id).toBe(true);
}
