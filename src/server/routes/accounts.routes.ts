/** Admin routes: users, organizations and the audit log; and student records. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAuditEntry,
  ZAuditQuery,
  ZEmail,
  ZLink,
  ZOrg,
  ZOrgCreate,
  ZOrgId,
  ZRole,
  ZStudent,
  ZUser,
  ZUserCreate,
  ZUserCreated,
} from '../../contracts/accounts.ts';
import { ZApiError } from '../../contracts/errors.ts';
import type { Accounts } from '../../services/accounts/index.ts';
import { issuePasswordLink } from '../../services/accounts/issue-link.ts';
import { linkIdentity, unlinkIdentity } from '../../services/accounts/link-identity.ts';
import type { OidcProviders } from '../../services/accounts/oidc-client.ts';
import { listAudit } from '../../services/accounts/list-audit.ts';
import { createOrg, listOrgs } from '../../services/accounts/manage-orgs.ts';
import { createUser, listUsers, setUserDisabled } from '../../services/accounts/manage-users.ts';
import { listStudents, readStudent } from '../../services/accounts/read-students.ts';
import { origin, session } from './auth.routes.ts';
import { counselorSchoolRoutes } from './counselor-schools.routes.ts';

export interface AccountRoutesOptions {
  accounts: Accounts;
  publicUrl: string;
  /** The configured sign-in providers, to link an identity by provider id. */
  oidc: OidcProviders;
}

const ZIdentityLink = z
  .object({
    provider: z
      .string()
      .max(32)
      .optional()
      .describe('A configured sign-in provider (gives the issuer)'),
    issuer: z.string().max(255).optional().describe('Or the issuer URL itself'),
    subject: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(255)
      .describe('The provider’s id of the person (the id token’s sub)'),
  })
  .refine((body) => (body.provider === undefined) !== (body.issuer === undefined), {
    message: 'give provider or issuer (one of them)',
    path: ['provider'],
  });

const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 404: ZApiError, 409: ZApiError };
const ZEmailParams = z.object({ email: ZEmail });

export const accountRoutes: FastifyPluginAsyncZod<AccountRoutesOptions> = async (
  app,
  { accounts, publicUrl, oidc },
) => {
  const { deps, sessions } = accounts;
  const caller = (request: Parameters<typeof session>[0]) => ({
    actor: session(request).actor,
    origin: origin(request),
  });

  app.get(
    '/users',
    {
      config: { action: 'user.read' },
      schema: {
        tags: ['admin'],
        summary: 'List users (of your district)',
        querystring: z.object({ district: ZOrgId.optional(), role: ZRole.optional() }),
        response: { 200: z.object({ items: z.array(ZUser) }), ...errors },
      },
    },
    async (request) => ({
      items: await listUsers(deps, caller(request), {
        districtId: request.query.district,
        role: request.query.role,
      }),
    }),
  );

  app.post(
    '/users',
    {
      config: { action: 'user.write' },
      schema: {
        tags: ['admin'],
        summary: 'Create a user; returns a one-time link to set the password',
        body: ZUserCreate,
        response: { 200: ZUserCreated, ...errors },
      },
    },
    async (request) => createUser(deps, caller(request), { ...request.body, baseUrl: publicUrl }),
  );

  app.post(
    '/users/:email/disable',
    {
      config: { action: 'user.write' },
      schema: {
        tags: ['admin'],
        summary: 'Disable a user and end their sessions',
        params: ZEmailParams,
        response: { 200: ZUser, ...errors },
      },
    },
    async (request) => {
      const user = await setUserDisabled(deps, caller(request), {
        email: request.params.email,
        disabled: true,
      });
      sessions.forget();
      return user;
    },
  );

  app.post(
    '/users/:email/enable',
    {
      config: { action: 'user.write' },
      schema: {
        tags: ['admin'],
        summary: 'Enable a disabled user again',
        params: ZEmailParams,
        response: { 200: ZUser, ...errors },
      },
    },
    async (request) => {
      const user = await setUserDisabled(deps, caller(request), {
        email: request.params.email,
        disabled: false,
      });
      sessions.forget();
      return user;
    },
  );

  app.put(
    '/users/:email/identity',
    {
      config: { action: 'user.write' },
      schema: {
        tags: ['admin'],
        summary:
          'Link a school sign-in identity (OpenID Connect issuer + subject) to the user, for providers whose email cannot be matched',
        params: ZEmailParams,
        body: ZIdentityLink,
        response: { 200: ZUser, ...errors },
      },
    },
    async (request) => {
      const { provider, issuer, subject } = request.body;
      const user = await linkIdentity(deps, caller(request), {
        email: request.params.email,
        issuer: provider === undefined ? (issuer ?? '') : oidc.find(provider).issuer,
        subject,
      });
      sessions.forget();
      return user;
    },
  );

  app.delete(
    '/users/:email/identity',
    {
      config: { action: 'user.write' },
      schema: {
        tags: ['admin'],
        summary: 'Remove the school sign-in identity linked to the user',
        params: ZEmailParams,
        response: { 200: ZUser, ...errors },
      },
    },
    async (request) => {
      const user = await unlinkIdentity(deps, caller(request), { email: request.params.email });
      sessions.forget();
      return user;
    },
  );

  app.post(
    '/users/:email/reset-link',
    {
      config: { action: 'user.write' },
      schema: {
        tags: ['admin'],
        summary: 'Issue a one-time link to set a new password',
        params: ZEmailParams,
        response: { 200: ZLink, ...errors },
      },
    },
    async (request) => {
      const link = await issuePasswordLink(deps, caller(request), {
        email: request.params.email,
        baseUrl: publicUrl,
      });
      sessions.forget();
      return link;
    },
  );

  await app.register(counselorSchoolRoutes, { accounts });

  app.get(
    '/orgs',
    {
      config: { action: 'org.read' },
      schema: {
        tags: ['admin'],
        summary: 'List organizations',
        querystring: z.object({ district: ZOrgId.optional() }),
        response: { 200: z.object({ items: z.array(ZOrg) }), ...errors },
      },
    },
    async (request) => ({
      items: await listOrgs(deps, caller(request), { districtId: request.query.district }),
    }),
  );

  app.post(
    '/orgs',
    {
      config: { action: 'org.write' },
      schema: {
        tags: ['admin'],
        summary: 'Create an organization',
        body: ZOrgCreate,
        response: { 200: ZOrg, ...errors },
      },
    },
    async (request) => createOrg(deps, caller(request), request.body),
  );

  app.get(
    '/audit',
    {
      config: { action: 'audit.read' },
      schema: {
        tags: ['admin'],
        summary: 'The audit log of your district, newest first',
        querystring: ZAuditQuery,
        response: { 200: z.object({ items: z.array(ZAuditEntry) }), ...errors },
      },
    },
    async (request) => ({
      items: await listAudit(deps, caller(request), {
        districtId: request.query.district,
        action: request.query.action,
        limit: request.query.limit,
      }),
    }),
  );

  app.get(
    '/students',
    {
      config: { action: 'student.list' },
      schema: {
        tags: ['students'],
        summary: 'The students you may see',
        response: { 200: z.object({ items: z.array(ZStudent) }), ...errors },
      },
    },
    async (request) => ({
      items: await listStudents(deps, session(request).actor, { origin: origin(request) }),
    }),
  );

  app.get(
    '/students/:id',
    {
      config: { action: 'student.read' },
      schema: {
        tags: ['students'],
        summary: 'One student record (logged)',
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: ZStudent, ...errors },
      },
    },
    async (request) =>
      readStudent(deps, session(request).actor, {
        studentId: request.params.id,
        origin: origin(request),
      }),
  );
};
