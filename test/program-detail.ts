/** A program file as the API would present one draft version of it, for renderer tests. */
import type { TProgramDetail } from '../src/contracts/program-api.ts';
import type { TProgramFile } from '../src/contracts/program.ts';
import type { ProgramVersionRecord } from '../src/db/program-repository.ts';
import type { Lang } from '../src/domain/framework.ts';
import { presentDetail } from '../src/services/programs/present-program.ts';

export function draftDetail(file: TProgramFile, lang: Lang, programId: string): TProgramDetail {
  const now = new Date('2026-01-15T00:00:00Z');
  const body = file.program;
  const record: ProgramVersionRecord = {
    programId,
    version: 1,
    status: 'draft',
    title: body.title,
    body,
    findings: [],
    frameworkId: body.frameworkId,
    pathwayCode: body.pathwayCode,
    clusterCode: body.pathwayCode.slice(0, 2),
    ownerId: body.ownerId,
    ownerName: body.ownerId,
    ownerDistrictId: null,
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
    approvedAt: null,
    retiredAt: null,
  };
  const titles = {
    cluster: { code: record.clusterCode, title: record.clusterCode },
    pathway: { code: record.pathwayCode, title: record.pathwayCode },
  };
  return presentDetail({ record, versions: [record], catalog: file.catalog, titles, lang });
}
