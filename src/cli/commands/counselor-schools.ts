/**
 * `wayfinder users schools EMAIL [--school ID …]`: the further schools a counselor serves besides
 * their own, the twin of `PUT /api/v1/users/{email}/schools`. The same service checks and audits
 * it (as the operator at the command line); a refusal changes nothing.
 */
import type { Command } from 'commander';
import { ZCounselorSchoolsSet } from '../../contracts/accounts.ts';
import { AppError } from '../../domain/errors.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { setCounselorSchools } from '../../services/accounts/counselor-schools.ts';
import { emailAddress } from '../option-values.ts';
import { CliExit, dataOption, type CliIo } from '../shared.ts';
import { withRuntime } from './account-runtime.ts';

/** Each `--school` given, in order (commander calls this once per flag). */
const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The schools as the API would take them; a problem ends the command naming `--school`. */
function checkedSchools(schools: string[]): string[] {
  const result = ZCounselorSchoolsSet.safeParse({ schools });
  if (result.success) return result.data.schools;
  const issue = result.error.issues[0]!;
  const which = typeof issue.path[1] === 'number' ? ` (${schools[issue.path[1]]})` : '';
  throw new CliExit(`error: --school${which}: ${issue.message}`, 2);
}

export function registerCounselorSchoolCommand(users: Command, io: CliIo): void {
  users
    .command('schools')
    .description(
      'set the further schools a counselor serves besides their own (schools of their district); ' +
        'every school is given, and no --school at all clears them; students of a school no ' +
        'longer served leave the counselor’s caseload; audited',
    )
    .argument('<email>', 'the counselor', emailAddress)
    .option(
      '--school <id>',
      'a further school (repeat for each; none clears the further schools)',
      collect,
      [],
    )
    .addOption(dataOption())
    .action(async (email: string, opts: { school: string[]; data?: string }) => {
      const schools = checkedSchools(opts.school);
      await withRuntime(opts, async (rt) => {
        let result;
        try {
          result = await setCounselorSchools(rt.accounts.deps, CLI, { counselor: email, schools });
        } catch (error) {
          if (error instanceof AppError && error.field === 'schools')
            throw new CliExit(`error: --school: ${error.message}`, 1);
          throw error;
        }
        const further = result.furtherSchools;
        io.out(
          further.length
            ? `${result.email} serves ${result.orgId} and also ${further.join(', ')}.\n`
            : `${result.email} serves only their own school, ${result.orgId}.\n`,
        );
        if (result.caseloadEnded > 0)
          io.out(
            `${result.caseloadEnded} student(s) of schools no longer served left their caseload.\n`,
          );
      });
    });
}
