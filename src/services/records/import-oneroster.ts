/**
 * `wayfinder import oneroster` and its API twin: a OneRoster 1.2 CSV package (zip or folder) into
 * one district: students, teacher, counselor and guardian accounts, guardian links and counselor
 * caseloads, all in one transaction, all or nothing (file:line:column), idempotent, with a dry
 * run. Links the package no longer states go when its files are bulk and carry that kind of link,
 * and a delta file's tobedeleted rows end the links they name (oneroster-link-changes.ts); the
 * adults whose access changed have their cached sessions dropped once it commits. A counselor
 * listed at several schools serves the first and has the others as further schools
 * (oneroster-counselor-schools.ts), counted in their own summary.
 */
import type { TBundleImportSummary, TImportSummary } from '../../contracts/records.ts';
import type { RosterAccount } from '../../db/roster-link-repository.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import { readOneRoster } from '../../importers/oneroster/oneroster-files.ts';
import { oneRosterLinkChanges } from '../../importers/oneroster/oneroster-link-changes.ts';
import { oneRosterRoster } from '../../importers/oneroster/oneroster-roster.ts';
import type { ImportIssue } from '../../importers/tabular.ts';
import { issueText, type IssueText } from '../../importers/issue-text.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { writeCounselorSchools } from './oneroster-counselor-schools.ts';
import { endLinks } from './oneroster-link-removals.ts';
import { schoolIssues, studentSummary, writeStudents } from './record-rows.ts';
import {
  auditDistrictAction,
  authorizeImport,
  refuseIssues,
  writeAll,
  type ImportCounts,
} from './run-import.ts';
import type { ImportOptions } from './run-import.ts';

export async function importOneRoster(
  deps: RecordsDeps,
  caller: Caller,
  files: readonly SourceFile[],
  options: ImportOptions,
): Promise<TBundleImportSummary> {
  const { districtId } = options;
  const dryRun = options.dryRun ?? false;
  const { schools } = await authorizeImport(deps, caller, districtId);
  const tables = readOneRoster(files);
  refuseIssues(tables.issues);
  const roster = oneRosterRoster(tables, schools, districtId);
  refuseIssues(roster.issues);
  const changes = oneRosterLinkChanges(tables);
  const students = {
    rows: roster.students,
    issue: (row: (typeof roster.students)[number], field: string, message: string | IssueText) =>
      row.at.issue(
        field === 'student_id' ? 'identifier' : field === 'school_id' ? 'orgSourcedIds' : field,
        message,
      ),
  };
  refuseIssues(schoolIssues(students, schools, districtId));

  const counts = await writeAll(deps, districtId, dryRun, async (repos) => {
    const s = await writeStudents(repos, deps.newId, districtId, students, options.onProgress);
    const existing = await repos.rosterLinks.accountsByEmail(roster.accounts.map((a) => a.email));
    const issues: ImportIssue[] = [];
    const fresh: RosterAccount[] = [];
    const changed: RosterAccount[] = [];
    for (const a of roster.accounts) {
      const current = existing.get(a.email);
      if (current && current.districtId !== districtId) {
        issues.push(a.at.issue('email', issueText('other_district_account')));
        continue;
      }
      if (current && current.role !== a.role) {
        issues.push(
          a.at.issue('email', issueText('other_role', { current: current.role, role: a.role })),
        );
        continue;
      }
      const next = {
        id: current?.id ?? deps.newId(),
        email: a.email,
        name: a.name,
        role: a.role,
        orgId: a.orgId,
      };
      if (!current) fresh.push(next);
      else if (current.name !== next.name || current.orgId !== next.orgId) changed.push(next);
    }
    refuseIssues(issues);
    await repos.rosterLinks.insertAccounts(districtId, fresh);
    for (const a of changed) await repos.rosterLinks.updateAccount(a);
    const accountCounts: ImportCounts = {
      inserted: fresh.length,
      updated: changed.length,
      unchanged: roster.accounts.length - fresh.length - changed.length,
    };
    const ids = new Map([...existing].map(([email, a]) => [email, a.id]));
    for (const a of fresh) ids.set(a.email, a.id);
    const studentIds = await repos.roster.byLocalIds(
      districtId,
      roster.students.map((r) => r.localId),
    );
    const before = await repos.rosterLinks.links(districtId);
    const linkCounts: Record<
      'guardian' | 'caseload',
      ImportCounts & { rows: number; removed: number }
    > = {
      guardian: { inserted: 0, updated: 0, unchanged: 0, rows: 0, removed: 0 },
      caseload: { inserted: 0, updated: 0, unchanged: 0, rows: 0, removed: 0 },
    };
    const stated = { guardian: new Set<string>(), caseload: new Set<string>() };
    const pairs = {
      guardian: [] as Array<{ adult: string; student: string }>,
      caseload: [] as Array<{ adult: string; student: string }>,
    };
    for (const link of roster.links) {
      const pair = {
        adult: ids.get(link.adult)!,
        student: studentIds.get(link.studentLocalId)!.userId,
      };
      const c = linkCounts[link.kind];
      c.rows++;
      const key = `${pair.adult}\u0000${pair.student}`;
      stated[link.kind].add(key);
      if (before[link.kind].has(key)) c.unchanged++;
      else {
        c.inserted++;
        pairs[link.kind].push(pair);
      }
    }
    await repos.rosterLinks.insertLinks(districtId, 'guardian', pairs.guardian);
    await repos.rosterLinks.insertLinks(districtId, 'caseload', pairs.caseload);
    const ended = await endLinks(repos, districtId, changes, before, stated);
    linkCounts.guardian.removed = ended.removed.guardian;
    const further = await writeCounselorSchools(repos, districtId, roster.accounts, ids, changes);
    linkCounts.caseload.removed = ended.removed.caseload + further.caseloadEnded;
    const endedAdults = [...new Set([...ended.adults, ...further.adults])];
    return { s, accountCounts, linkCounts, further: further.counts, endedAdults };
  });
  if (!dryRun && counts.endedAdults.length > 0) deps.accessChanged?.(counts.endedAdults);
  const names = tables.names;
  const base = { districtId, file: names.join(', '), dryRun, unknownCourses: [] };
  const results: TImportSummary[] = [
    { kind: 'students', ...base, rowsRead: roster.students.length, ...studentSummary(counts.s) },
    { kind: 'accounts', ...base, rowsRead: roster.accounts.length, ...counts.accountCounts },
    ...(['guardian', 'caseload'] as const).map((k) => {
      const { rows, ...c } = counts.linkCounts[k];
      return {
        kind: k === 'guardian' ? ('guardian_links' as const) : ('caseloads' as const),
        ...base,
        rowsRead: rows,
        ...c,
      };
    }),
    (({ rows, ...c }) => ({
      kind: 'counselor_schools' as const,
      ...base,
      rowsRead: rows,
      ...c,
    }))(counts.further),
  ];
  if (!dryRun)
    await auditDistrictAction(deps, caller, 'records.import_oneroster', districtId, {
      files: names.length,
      skippedUsers: roster.skippedUsers,
      ...Object.fromEntries(
        results.map((r) => [
          r.kind,
          {
            rows: r.rowsRead,
            inserted: r.inserted,
            updated: r.updated,
            ...(r.removed === undefined ? {} : { removed: r.removed }),
          },
        ]),
      ),
    });
  return { format: 'oneroster', districtId, dryRun, files: names, results };
}
