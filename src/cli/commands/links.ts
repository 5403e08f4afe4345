/**
 * `wayfinder links remove-guardian STUDENT GUARDIAN --district ID` and `wayfinder links
 * remove-caseload STUDENT COUNSELOR --district ID` (`--lang es`): end one guardian link or one
 * caseload link, through the same service as the API's DELETE routes; audited (via the CLI).
 * STUDENT is the local id or user id; GUARDIAN and COUNSELOR an email or user id. A server on
 * PostgreSQL drops the adult's cached sessions when the removal commits.
 */
import type { Command } from 'commander';
import type { Lang } from '../../domain/framework.ts';
import { linkRemovalText, type LinkKind } from '../../domain/records/link-removal.ts';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { removeLink } from '../../services/records/remove-link.ts';
import { commandGroup, configFrom, dataOption, inLang, langOption, type CliIo } from '../shared.ts';

interface Flags {
  data?: string;
  district: string;
  lang: Lang;
}

export function registerLinkCommands(program: Command, io: CliIo): void {
  const group = commandGroup(program, 'links', 'guardian links and counselor caseloads');
  const command = (kind: LinkKind, name: string, adult: string, description: string) =>
    group
      .command(name)
      .description(description)
      .argument('<student>', "the student's local id in the district (student_id) or user id")
      .argument(`<${adult}>`, `the ${adult}'s email or user id`)
      .requiredOption('--district <id>', 'the district whose records hold the link')
      .addOption(dataOption())
      .addOption(langOption())
      .action((student: string, who: string, flags: Flags) =>
        inLang(flags.lang, async () => {
          const runtime = await createRuntime(databaseTarget(configFrom(flags)));
          try {
            await runtime.migrate();
            const removed = await removeLink(runtime.records, CLI, {
              districtId: flags.district,
              kind,
              student,
              adult: who,
            });
            io.out(
              `${linkRemovalText(flags.lang, 'removed', {
                kind,
                adult: who,
                student: removed.localId ?? removed.studentId,
              })}\n`,
            );
          } finally {
            await runtime.close();
          }
        }),
      );
  command(
    'guardian',
    'remove-guardian',
    'guardian',
    "end one guardian link (a court order, a data-entry fix); the guardian's access ends at once",
  );
  command(
    'caseload',
    'remove-caseload',
    'counselor',
    "take a student off one counselor's caseload (moved school, reassigned); access ends at once",
  );
}
