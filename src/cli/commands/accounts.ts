/**
 * `wayfinder users …`: administration of users at the server; it registers `orgs` and `audit`
 * (orgs.ts) and `users schools` (counselor-schools.ts) too.
 */
import type { Command } from 'commander';
import { ZUserCreate } from '../../contracts/accounts.ts';
import { ROLES, isRole } from '../../domain/auth/roles.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { issuePasswordLink, type IssuedLink } from '../../services/accounts/issue-link.ts';
import { linkIdentity, unlinkIdentity } from '../../services/accounts/link-identity.ts';
import { assignCaseload, linkGuardian } from '../../services/accounts/link-students.ts';
import { createUser, listUsers, setUserDisabled } from '../../services/accounts/manage-users.ts';
import { OIDC_VARIABLE, loadOidcProviders } from '../../services/accounts/oidc-settings.ts';
import { loadAccountSettings, mailerOf } from '../../services/accounts/settings.ts';
import { emailAddress, wholeNumber } from '../option-values.ts';
import { CliExit, dataOption, type CliIo } from '../shared.ts';
import { parse, withRuntime } from './account-runtime.ts';
import { registerCounselorSchoolCommand } from './counselor-schools.ts';
import { registerOrgCommands } from './orgs.ts';

export function registerAccountCommands(program: Command, io: CliIo): void {
  const users = program
    .command('users')
    .description('create, list, disable users and issue password links');
  const linkText = (link: IssuedLink, email: string) =>
    `One-time link to set the password (until ${link.expiresAt}):\n  ${link.url}\n${
      link.emailed === true
        ? `Emailed to ${email}.\n`
        : link.emailed === false
          ? `Not emailed (${link.mailError ?? 'failed'}): hand the link over yourself.\n`
          : ''
    }`;

  users
    .command('create')
    .description('create a user and print a one-time link to set their password')
    .requiredOption('--email <email>', 'email address (the sign-in name)', emailAddress)
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .requiredOption('--org <id>', 'organization the user belongs to (see `wayfinder orgs list`)')
    .option('--grade <n>', 'grade level, for students', wholeNumber(-1, 16))
    .addOption(dataOption())
    .action(
      async (opts: {
        email: string;
        name: string;
        role: string;
        org: string;
        grade?: number;
        data?: string;
      }) => {
        const input = parse(ZUserCreate, {
          email: opts.email,
          name: opts.name,
          role: opts.role,
          orgId: opts.org,
          grade: opts.grade,
        });
        const settings = loadAccountSettings();
        await withRuntime(opts, async (rt) => {
          rt.accounts.deps.mailer = mailerOf(settings);
          const { user, link } = await createUser(rt.accounts.deps, CLI, {
            ...input,
            baseUrl: settings.publicUrl,
          });
          io.out(
            `Created ${user.role} ${user.email} (${user.id}) in ${user.orgId}.\n${linkText(link, user.email)}`,
          );
        });
      },
    );

  users
    .command('list')
    .description('list users')
    .option('--district <id>', 'only this district')
    .option('--role <role>', 'only this role')
    .addOption(dataOption())
    .action(async (opts: { district?: string; role?: string; data?: string }) => {
      if (opts.role !== undefined && !isRole(opts.role))
        throw new CliExit(`error: --role must be one of ${ROLES.join(', ')}`, 2);
      await withRuntime(opts, async (rt) => {
        const rows = await listUsers(rt.accounts.deps, CLI, {
          districtId: opts.district,
          role: opts.role as never,
        });
        for (const u of rows)
          io.out(
            `${u.email}\t${u.role}\t${u.orgId}\t${u.disabled ? 'disabled' : 'active'}${u.totpEnabled ? '\ttotp' : ''}${u.linkedIssuer ? `\tlinked:${u.linkedIssuer}` : ''}${u.furtherSchools?.length ? `\talso:${u.furtherSchools.join(',')}` : ''}\n`,
          );
        io.out(`${rows.length} user(s)\n`);
      });
    });

  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    users
      .command(`${name} <email>`)
      .description(
        disabled ? 'disable a user and end all their sessions' : 'enable a disabled user',
      )
      .addOption(dataOption())
      .action(async (address: string, opts: { data?: string }) => {
        await withRuntime(opts, async (rt) => {
          const user = await setUserDisabled(rt.accounts.deps, CLI, {
            email: emailAddress(address),
            disabled,
          });
          io.out(`${user.email} is ${user.disabled ? 'disabled' : 'enabled'}.\n`);
        });
      });
  }

  users
    .command('reset-password <email>')
    .description('end the user’s sessions and print a one-time link to set a new password')
    .addOption(dataOption())
    .action(async (address: string, opts: { data?: string }) => {
      const settings = loadAccountSettings();
      await withRuntime(opts, async (rt) => {
        rt.accounts.deps.mailer = mailerOf(settings);
        const link = await issuePasswordLink(rt.accounts.deps, CLI, {
          email: emailAddress(address),
          baseUrl: settings.publicUrl,
        });
        io.out(linkText(link, emailAddress(address)));
      });
    });

  users
    .command('link-identity <email>')
    .description(
      'link a school sign-in identity (OpenID Connect issuer + subject) to the user, for providers whose email cannot be matched (Microsoft sends no email_verified)',
    )
    .option('--provider <id>', `a provider configured in ${OIDC_VARIABLE} (gives its issuer)`)
    .option('--issuer <url>', 'the issuer URL, as the provider’s id tokens write it')
    .requiredOption('--subject <id>', 'the provider’s id of the person (the id token’s sub)')
    .addOption(dataOption())
    .action(
      async (
        address: string,
        opts: { provider?: string; issuer?: string; subject: string; data?: string },
      ) => {
        if ((opts.provider === undefined) === (opts.issuer === undefined))
          throw new CliExit('error: give --provider or --issuer (one of them)', 2);
        let issuer = opts.issuer ?? '';
        if (opts.provider !== undefined) {
          const providers = loadOidcProviders();
          const found = providers.find((p) => p.id === opts.provider);
          if (!found)
            throw new CliExit(
              `error: --provider: no provider "${opts.provider}" in ${OIDC_VARIABLE}${providers.length ? ` (configured: ${providers.map((p) => p.id).join(', ')})` : ' (none configured)'}`,
              2,
            );
          issuer = found.issuer;
        }
        await withRuntime(opts, async (rt) => {
          const user = await linkIdentity(rt.accounts.deps, CLI, {
            email: emailAddress(address),
            issuer,
            subject: opts.subject,
          });
          io.out(`${user.email} now signs in with ${issuer} (subject ${opts.subject}).\n`);
        });
      },
    );

  users
    .command('unlink-identity <email>')
    .description('remove the school sign-in identity linked to the user')
    .addOption(dataOption())
    .action(async (address: string, opts: { data?: string }) => {
      await withRuntime(opts, async (rt) => {
        const user = await unlinkIdentity(rt.accounts.deps, CLI, { email: emailAddress(address) });
        io.out(`${user.email} has no linked sign-in identity.\n`);
      });
    });

  users
    .command('link')
    .description('link a student to a guardian or to a counselor’s caseload')
    .requiredOption('--student <email>', 'the student', emailAddress)
    .option('--guardian <email>', 'their parent or guardian', emailAddress)
    .option('--counselor <email>', 'their counselor', emailAddress)
    .addOption(dataOption())
    .action(
      async (opts: { student: string; guardian?: string; counselor?: string; data?: string }) => {
        if (!opts.guardian && !opts.counselor)
          throw new CliExit('error: give --guardian or --counselor', 2);
        await withRuntime(opts, async (rt) => {
          if (opts.guardian)
            await linkGuardian(rt.accounts.deps, CLI, {
              student: opts.student,
              guardian: opts.guardian,
            });
          if (opts.counselor)
            await assignCaseload(rt.accounts.deps, CLI, {
              student: opts.student,
              counselor: opts.counselor,
            });
          io.out('Linked.\n');
        });
      },
    );

  registerCounselorSchoolCommand(users, io);
  registerOrgCommands(program, io);
}
