/** Sign-in, sign-out (here or everywhere), who am I, password and second factor. */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZChangePassword,
  ZOk,
  ZRedeemLink,
  ZSession,
  ZSessionState,
  ZSignIn,
  ZTotpConfirm,
  ZTotpEnrolment,
  ZUser,
  type TSession,
} from '../../contracts/accounts.ts';
import { ZApiError } from '../../contracts/errors.ts';
import { changePassword } from '../../services/accounts/change-password.ts';
import { SESSION_TTL_MS } from '../../services/accounts/deps.ts';
import type { Accounts } from '../../services/accounts/index.ts';
import { presentUser } from '../../services/accounts/present.ts';
import { redeemPasswordLink } from '../../services/accounts/redeem-link.ts';
import { signIn } from '../../services/accounts/sign-in.ts';
import { signOut, signOutEverywhere } from '../../services/accounts/sign-out.ts';
import { confirmTotp, startTotp, verifyTotp } from '../../services/accounts/totp-enrolment.ts';
import { clearSessionCookies, setSessionCookies } from '../auth/auth-plugin.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

export interface AuthRoutesOptions {
  accounts: Accounts;
  /** Sign-in attempts allowed per client address per minute (default 30), counted in the database. */
  signInPerMinute?: number;
}

const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 409: ZApiError, 429: ZApiError };
const tags = ['accounts'];

export const origin = (request: FastifyRequest) => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
});

/** The signed-in session of a request; the auth gate has already refused anonymous callers. */
export function session(request: FastifyRequest) {
  if (!request.auth) throw accountRefusal('unauthenticated', 'signInFirst');
  return request.auth;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { accounts, signInPerMinute },
) => {
  const { deps, sessions } = accounts;

  app.post(
    '/auth/sign-in',
    {
      config: { action: 'auth.sign_in' },
      schema: {
        tags,
        summary: 'Sign in with email and password (and a TOTP code for staff)',
        body: ZSignIn,
        response: { 200: ZSession, ...errors },
      },
    },
    async (request, reply) => {
      const { token, ...result } = await signIn(deps, {
        ...request.body,
        origin: origin(request),
        perAddressPerMinute: signInPerMinute,
      });
      setSessionCookies(reply, token, result.csrfToken, SESSION_TTL_MS / 1000);
      return result;
    },
  );

  app.post(
    '/auth/sign-out',
    {
      config: { action: 'auth.sign_out' },
      schema: { tags, summary: 'Sign out of this session', response: { 200: ZOk, ...errors } },
    },
    async (request, reply) => {
      await signOut(deps, sessions, session(request).tokenHash);
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/sign-out-everywhere',
    {
      config: { action: 'auth.sign_out_everywhere' },
      schema: {
        tags,
        summary: 'End every session of this account',
        response: { 200: ZOk, ...errors },
      },
    },
    async (request, reply) => {
      await signOutEverywhere(deps, sessions, session(request).actor, origin(request));
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  /** The answer of /auth/me and /auth/session for a signed-in request; null when there is none. */
  const sessionOf = async (request: FastifyRequest): Promise<TSession | null> => {
    const auth = request.auth;
    if (!auth) return null;
    const user = await deps.users.findById(auth.actor.userId);
    if (!user) return null;
    const totp = auth.totpSatisfied
      ? user.totpEnabled
        ? 'passed'
        : 'not_required'
      : user.totpEnabled
        ? 'code_required'
        : 'enrol_required';
    return { user: presentUser(user), csrfToken: auth.csrfToken, totp };
  };

  app.get(
    '/auth/me',
    {
      config: { action: 'auth.me' },
      schema: {
        tags,
        summary: 'The signed-in user',
        description:
          'For API clients: 401 when nobody is signed in. Pages ask /auth/session, which answers 200 for a visitor.',
        response: { 200: ZSession, ...errors },
      },
    },
    async (request) => {
      const current = await sessionOf(request);
      if (!current) throw accountRefusal('unauthenticated', 'signInFirst');
      return current;
    },
  );

  app.get(
    '/auth/session',
    {
      config: { action: 'auth.session' },
      schema: {
        tags,
        summary: 'Who is signed in, if anyone',
        description:
          'The same answer as /auth/me when signed in; `{ "user": null }` (200) for a visitor or an ended session, so a page that asks on every load logs no error. Never cached.',
        response: { 200: ZSessionState, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return (await sessionOf(request)) ?? { user: null };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { action: 'auth.change_password' },
      schema: {
        tags,
        summary: 'Change your password',
        body: ZChangePassword,
        response: { 200: ZOk, ...errors },
      },
    },
    async (request) => {
      const auth = session(request);
      await changePassword(deps, {
        ...request.body,
        actor: auth.actor,
        keepTokenHash: auth.tokenHash,
        origin: origin(request),
      });
      sessions.forget();
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/set-password',
    {
      config: { action: 'auth.redeem_link' },
      schema: {
        tags,
        summary: 'Set a password with a one-time link',
        body: ZRedeemLink,
        response: { 200: ZOk, ...errors },
      },
    },
    async (request) => {
      await redeemPasswordLink(deps, { ...request.body, origin: origin(request) });
      sessions.forget();
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/totp',
    {
      config: { action: 'auth.totp_enrol' },
      schema: {
        tags,
        summary: 'Start setting up a TOTP second factor',
        response: { 200: ZTotpEnrolment, ...errors },
      },
    },
    async (request) => startTotp(deps, session(request).actor),
  );

  app.post(
    '/auth/totp/confirm',
    {
      config: { action: 'auth.totp_enrol' },
      schema: {
        tags,
        summary: 'Confirm the second factor with a code',
        body: ZTotpConfirm,
        response: { 200: ZUser, ...errors },
      },
    },
    async (request) => {
      const auth = session(request);
      await confirmTotp(deps, {
        actor: auth.actor,
        code: request.body.code,
        tokenHash: auth.tokenHash,
        origin: origin(request),
      });
      sessions.forget(auth.tokenHash);
      return presentUser((await deps.users.findById(auth.actor.userId))!);
    },
  );

  app.post(
    '/auth/totp/verify',
    {
      config: { action: 'auth.totp_verify' },
      schema: {
        tags,
        summary: 'Give the second-factor code after signing in with a provider',
        body: ZTotpConfirm,
        response: { 200: ZOk, ...errors },
      },
    },
    async (request) => {
      const auth = session(request);
      await verifyTotp(deps, {
        actor: auth.actor,
        code: request.body.code,
        tokenHash: auth.tokenHash,
        origin: origin(request),
      });
      sessions.forget(auth.tokenHash);
      return { ok: true as const };
    },
  );
};
