/**
 * The credit agreements ending soon, for the owners of the programs that rely on them (the latest
 * version of every program that is not retired). Read-only; `wayfinder notices agreements` prints
 * them for the operator to pass on.
 */
import { agreementNotices, type AgreementNotice } from '../../domain/program/agreement-notices.ts';
import type { ProgramRepos } from './deps.ts';

export interface AgreementNoticeOptions {
  /** Today, YYYY-MM-DD (the caller's clock). */
  today: string;
  /** The notice period in days (90 unless given). */
  days?: number;
}

export async function listAgreementNotices(
  repos: ProgramRepos,
  options: AgreementNoticeOptions,
): Promise<{ notices: AgreementNotice[]; owners: Map<string, string> }> {
  const { items } = await repos.programs.list({
    visibleStatuses: ['draft', 'submitted', 'approved'],
    limit: 100_000,
  });
  const programs = items
    .filter((p) => p.status !== 'retired')
    .map((p) => ({ programId: p.programId, title: p.title, body: p.body }));
  const agreements = await repos.catalog.listCreditAgreements();
  const notices = agreementNotices(programs, agreements, options.today, options.days ?? 90);
  const owners = new Map(
    (await repos.catalog.listInstitutions()).map((i) => [i.id, i.name] as const),
  );
  return { notices, owners };
}
