/**
 * `wayfinder credentials remove STUDENT CREDENTIAL --district ID [--lang es]`: takes one credential
 * a student earned out of the records (imported in error), through the same service as
 * `DELETE /api/v1/districts/{id}/students/{studentId}/credentials/{credentialId}`; the audit log
 * records it (via the CLI). STUDENT is the local id (the CSV's student_id) or the user id;
 * CREDENTIAL the catalog id or exact title.
 */
import type { Command } from 'commander';
import type { Lang } from '../../domain/framework.ts';
import { credentialRemovalText } from '../../domain/records/credential-removal.ts';
import { createRuntime, databaseTarget } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { removeStudentCredential } from '../../services/records/remove-credential.ts';
import { commandGroup, configFrom, dataOption, inLang, langOption, type CliIo } from '../shared.ts';

interface Flags {
  data?: string;
  district: string;
  lang: Lang;
}

export function registerCredentialCommands(program: Command, io: CliIo): void {
  const group = commandGroup(program, 'credentials', 'credentials students earned');
  group
    .command('remove')
    .description(
      "remove one credential a student earned (imported in error); once none is left, credential_earned is the roster's own value at once",
    )
    .argument('<student>', "the student's local id in the district (student_id) or user id")
    .argument('<credential>', "the credential's catalog id or exact title")
    .requiredOption('--district <id>', 'the district whose records hold it')
    .addOption(dataOption())
    .addOption(langOption())
    .action((student: string, credential: string, flags: Flags) =>
      inLang(flags.lang, async () => {
        const runtime = await createRuntime(databaseTarget(configFrom(flags)));
        try {
          await runtime.migrate();
          const removed = await removeStudentCredential(runtime.records, CLI, {
            districtId: flags.district,
            student,
            credential,
          });
          io.out(
            `${credentialRemovalText(flags.lang, 'removed', {
              credential: removed.credentialId,
              earnedOn: removed.earnedOn,
              student: removed.localId ?? removed.studentId,
              remaining: removed.remaining,
              fact: removed.credentialEarned ?? 'none',
            })}\n`,
          );
        } finally {
          await runtime.close();
        }
      }),
    );
}
