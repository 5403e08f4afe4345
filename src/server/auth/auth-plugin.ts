/**
 * Authentication and the route-level policy gate, for every route:
 * session cookie → actor (cached) → the route's declared action (`config.action`, see
 * route-actions.ts) → deny unless the policy table
 * gives the role that action → CSRF token on every cookie-authenticated write. Record-level
 * scopes (own children, caseload, school, district) are checked by the services.
 */
import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ALLOWED_BEFORE_TOTP,
  isAction,
  mayAttempt,
  type Action,
} from '../../domain/auth/policy.ts';
import { cookiePath } from '../base-path.ts';
import { isSameOrigin } from './same-origin.ts';
import type { Accounts } from '../../services/accounts/index.ts';
import type { ResolvedSession } from '../../services/accounts/resolve-session.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy action this route performs (see src/domain/auth/policy.ts). */
    action?: Action;
  }
  interface FastifyRequest {
    auth: ResolvedSession | null;
  }
  interface FastifyInstance {
    routeActions: RouteDeclaration[];
  }
}

export interface RouteDeclaration {
  method: string;
  url: string;
  /** Read when asked: a plugin's scope may declare it after this plugin has seen the route. */
  readonly action: Action | undefined;
}

export const SESSION_COOKIE = 'wf_session';
export const CSRF_COOKIE = 'wf_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function registerAuth(
  app: FastifyInstance,
  accounts: Accounts | undefined,
  publicUrl?: string,
): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('auth', null);
  const routes: RouteDeclaration[] = [];
  app.decorate('routeActions', routes);

  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      routes.push({
        method,
        url: route.url,
        get action() {
          return route.config?.action;
        },
      });
    }
  });
  app.addHook('onReady', async () => {
    for (const route of routes) {
      const { action } = route;
      if (action !== undefined && !isAction(action))
        throw new Error(`route ${route.method} ${route.url} declares unknown action ${action}`);
      if (action === undefined)
        app.log.warn(
          { method: route.method, url: route.url },
          'route declares no policy action: denied to everyone',
        );
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.is404) return;
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token && accounts ? await accounts.sessions.resolve(token) : null;
    if (token && !request.auth) clearSessionCookies(reply);
    const action = request.routeOptions.config.action;
    const auth = request.auth;
    if (!action || !mayAttempt(auth?.actor.role ?? 'anonymous', action)) {
      throw auth
        ? accountRefusal('forbidden', 'roleMayNot')
        : accountRefusal('unauthenticated', 'signInFirst');
    }
    if (auth && !auth.totpSatisfied && !ALLOWED_BEFORE_TOTP.has(action)) {
      throw accountRefusal('forbidden', 'secondFactorFirst');
    }
    if (SAFE.has(request.method)) return;
    if (auth) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, auth.csrfToken)) {
        throw accountRefusal('forbidden', 'csrfMissing', { header: CSRF_HEADER });
      }
    } else if (
      !isSameOrigin(request.headers.origin, {
        host: request.headers.host,
        forwardedHost: request.host,
        publicUrl,
      })
    ) {
      throw accountRefusal('forbidden', 'crossSite');
    }
  });
}

export function setSessionCookies(
  reply: FastifyReply,
  token: string,
  csrfToken: string,
  maxAgeS: number,
): void {
  const base = {
    path: cookiePath(reply.server.basePath),
    sameSite: 'lax' as const,
    secure: 'auto' as const,
    maxAge: maxAgeS,
  };
  reply.setCookie(SESSION_COOKIE, token, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  const path = cookiePath(reply.server.basePath);
  reply.clearCookie(SESSION_COOKIE, { path });
  reply.clearCookie(CSRF_COOKIE, { path });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
