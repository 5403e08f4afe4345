/**
 * Sign-in with OpenID Connect providers (Google, Microsoft, Clever, ClassLink …):
 * start → the provider → callback → the same database session as a password sign-in, then back
 * to the web app. State, nonce and PKCE verifier travel in a short-lived httpOnly cookie, with the
 * page language and a same-site `next` path: the callback returns there, or first to the
 * second-factor step (code due) or the account page (second factor to set up).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import { ZLang, type TLang } from '../../contracts/framework.ts';
import { pageAfterSignIn, safeNext } from '../../domain/auth/next-path.ts';
import { AppError } from '../../domain/errors.ts';
import { SESSION_TTL_MS } from '../../services/accounts/deps.ts';
import type { Accounts } from '../../services/accounts/index.ts';
import type { OidcPending, OidcProviders } from '../../services/accounts/oidc-client.ts';
import {
  OidcRefused,
  failedOidcSignIn,
  signInWithOidc,
} from '../../services/accounts/oidc-sign-in.ts';
import type { TOidcProvider } from '../../services/accounts/oidc-settings.ts';
import { setSessionCookies } from '../auth/auth-plugin.ts';
import { origin } from './auth.routes.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

export interface OidcRoutesOptions {
  accounts: Accounts;
  oidc: OidcProviders;
  /** Address people use to reach the site: the callback URL is built on it. */
  publicUrl: string;
}

export const OIDC_COOKIE = 'wf_oidc';
/** Under the site's path prefix, if any (see base-path.ts). */
const cookiePathOf = (basePath: string) => `${basePath}/api/v1/auth/oidc/`;
const PENDING_MAX_AGE_S = 10 * 60;
const tags = ['accounts'];
const errors = { 400: ZApiError, 401: ZApiError, 404: ZApiError };
const ZProviderParams = z.object({ provider: z.string().min(1).max(32) });
const ZStartQuery = z.object({
  lang: ZLang.optional().describe('Language of the pages after the sign-in'),
  next: z
    .string()
    .max(500)
    .optional()
    .describe('Path of this site to return to afterwards (anything else is ignored)'),
});

/** What the cookie carries from start to callback: the provider's checks and where to return. */
interface PendingSignIn extends OidcPending {
  lang?: TLang;
  next?: string;
}

export const oidcRoutes: FastifyPluginAsyncZod<OidcRoutesOptions> = async (
  app,
  { accounts, oidc, publicUrl },
) => {
  const base = publicUrl.replace(/\/+$/, '');
  const callbackUrl = (provider: string) =>
    `${base}/api/v1/auth/oidc/${encodeURIComponent(provider)}/callback`;

  app.get(
    '/auth/oidc/providers',
    {
      config: { action: 'auth.sign_in' },
      schema: {
        tags,
        summary: 'The sign-in providers (OpenID Connect) this site offers',
        response: {
          200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
        },
      },
    },
    async () => ({ items: oidc.list() }),
  );

  app.get(
    '/auth/oidc/:provider/start',
    {
      config: { action: 'auth.sign_in' },
      schema: {
        tags,
        summary: 'Start signing in with a provider: redirects to it (state, nonce, PKCE)',
        params: ZProviderParams,
        querystring: ZStartQuery,
        response: { ...errors },
      },
    },
    async (request, reply) => {
      const { provider } = request.params;
      const { url, pending } = await oidc.start(provider, callbackUrl(provider));
      const next = safeNext(request.query.next);
      const cookie: PendingSignIn = {
        ...pending,
        ...(request.query.lang ? { lang: request.query.lang } : {}),
        ...(next ? { next } : {}),
      };
      reply.setCookie(OIDC_COOKIE, encodePending(cookie), {
        path: cookiePathOf(app.basePath),
        httpOnly: true,
        sameSite: 'lax',
        secure: 'auto',
        maxAge: PENDING_MAX_AGE_S,
      });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/auth/oidc/:provider/callback',
    {
      config: { action: 'auth.sign_in' },
      schema: {
        tags,
        summary: 'Where the provider sends the browser back; signs in and redirects to the app',
        params: ZProviderParams,
        response: { ...errors },
      },
    },
    async (request: FastifyRequest<{ Params: { provider: string } }>, reply: FastifyReply) => {
      const provider = oidc.find(request.params.provider);
      const pending = decodePending(request.cookies[OIDC_COOKIE]);
      reply.clearCookie(OIDC_COOKIE, { path: cookiePathOf(app.basePath) });
      // The address the provider sent the browser to: the public address (with any path
      // prefix) and the route's path and query (request.url, the prefix already taken off).
      const where = new URL(`${base}${request.url}`);
      try {
        return await finishSignIn(provider, pending, where, request, reply);
      } catch (error) {
        // A browser is sent back to the sign-in page, which says why in its language; other
        // clients get the JSON error.
        if (!(error instanceof AppError) || !(request.headers.accept ?? '').includes('text/html'))
          throw error;
        const params = new URLSearchParams({
          oidc_error: error instanceof OidcRefused ? error.reason : 'not_verified',
          provider: provider.id,
        });
        if (error instanceof OidcRefused && error.subject) params.set('sign_in_id', error.subject);
        if (pending?.next) params.set('next', pending.next);
        const home = pending?.lang === 'es' ? '/es' : '';
        return reply.redirect(`${base}${home}/sign-in?${params.toString()}`, 302);
      }
    },
  );

  async function finishSignIn(
    provider: TOidcProvider,
    pending: PendingSignIn | null,
    where: URL,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const identity = await (async () => {
      try {
        return await oidc.finish(provider.id, where, pending);
      } catch (error) {
        const reason =
          error instanceof AppError
            ? error.field === 'subjectClaim'
              ? 'missing_claim'
              : 'expired'
            : describe(error);
        await failedOidcSignIn(accounts.deps, {
          provider: provider.id,
          reason,
          origin: origin(request),
        });
        if (error instanceof AppError) throw error;
        request.log.warn({ provider: provider.id, reason }, 'OpenID Connect sign-in refused');
        throw accountRefusal('unauthenticated', 'oidcUnverifiable', {
          provider: provider.name,
          reason,
        });
      }
    })();
    const { token, csrfToken, totp } = await signInWithOidc(accounts.deps, {
      provider,
      identity,
      origin: origin(request),
    });
    setSessionCookies(reply, token, csrfToken, SESSION_TTL_MS / 1000);
    const page = pageAfterSignIn(totp, pending?.lang ?? 'en', pending?.next);
    return reply.redirect(`${base}${page}`, 302);
  }
};

/** A short reason for the log and the message; never the provider's raw response body. */
function describe(error: unknown): string {
  const code =
    (error as { code?: unknown; error?: unknown }).error ?? (error as { code?: unknown }).code;
  return typeof code === 'string' ? code.slice(0, 60) : 'invalid response';
}

function encodePending(pending: PendingSignIn): string {
  return Buffer.from(JSON.stringify(pending)).toString('base64url');
}

/** The cookie's contents, checked again: the browser could have changed it. */
function decodePending(value: string | undefined): PendingSignIn | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as PendingSignIn;
    const fields = [parsed.provider, parsed.state, parsed.nonce, parsed.verifier];
    if (!fields.every((f) => typeof f === 'string' && f.length > 0 && f.length < 200)) return null;
    const lang = ZLang.safeParse(parsed.lang);
    const next = typeof parsed.next === 'string' ? safeNext(parsed.next) : null;
    return {
      provider: parsed.provider,
      state: parsed.state,
      nonce: parsed.nonce,
      verifier: parsed.verifier,
      ...(lang.success ? { lang: lang.data } : {}),
      ...(next ? { next } : {}),
    };
  } catch {
    return null;
  }
}
