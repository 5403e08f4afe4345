/**
 * OpenID Connect sign-in over real HTTP on 127.0.0.1 for route tests: the app on a known port
 * with two providers over one test provider ("school", and "entra" read by its "oid" claim), a
 * browser's cookie jar, and the whole round trip start → provider → callback as `flow`.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { VERSION, type Runtime } from '../src/runtime.ts';
import { OidcProviders } from '../src/services/accounts/oidc-client.ts';
import { buildApp } from '../src/server/app.ts';
import { buildWorld, type World } from './auth.ts';
import type { TestEngine } from './databases.ts';
import { freePort } from './free-port.ts';
import { startTestProvider, type TestProvider } from './oidc-provider.ts';

/** A browser's cookie jar, just enough for one site and its provider. */
export class Jar {
  readonly cookies = new Map<string, string>();
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = [
        pair!.slice(0, pair!.indexOf('=')),
        pair!.slice(pair!.indexOf('=') + 1),
      ];
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface OidcApp {
  readonly runtime: Runtime;
  readonly app: FastifyInstance;
  readonly world: World;
  readonly provider: TestProvider;
  readonly base: string;
  /**
   * start (with `query`) → provider → callback; `tamper` may change the callback URL. Returns
   * the last answer.
   */
  flow(
    jar: Jar,
    tamper?: (url: URL) => void,
    query?: string,
    providerId?: string,
    accept?: string,
  ): Promise<Response>;
  /** GET /api/v1/auth/me with the jar's cookies. */
  me(jar: Jar): Promise<Response>;
}

/**
 * Starts the app and the provider before the describe block's tests; stops them after. With
 * `basePath`, the app is served under that prefix (WAYFINDER_BASE_PATH, not stripped: no proxy)
 * and `base` ends with it.
 */
export function useOidcApp(engine: TestEngine, options: { basePath?: string } = {}): OidcApp {
  let state:
    | { runtime: Runtime; app: FastifyInstance; world: World; provider: TestProvider; base: string }
    | undefined;
  const get = () => {
    if (!state) throw new Error('useOidcApp: the app starts in beforeAll');
    return state;
  };

  beforeAll(async () => {
    const runtime = await engine.open();
    const world = await buildWorld(runtime);
    const provider = await startTestProvider();
    const base = `http://127.0.0.1:${await freePort()}${options.basePath ?? ''}`;
    provider.redirectUris.push(
      `${base}/api/v1/auth/oidc/school/callback`,
      `${base}/api/v1/auth/oidc/entra/callback`,
    );
    const oidc = new OidcProviders([
      {
        id: 'school',
        name: 'School Login',
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
      },
      {
        // The same provider read as Microsoft Entra ID is best read: by its "oid" claim.
        id: 'entra',
        name: 'Microsoft',
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        subjectClaim: 'oid',
      },
    ]);
    const app = await buildApp({
      catalog: runtime.catalog,
      programs: runtime.programs,
      accounts: runtime.accounts,
      oidc,
      publicUrl: base,
      basePath: options.basePath,
      ping: runtime.ping,
      engine: engine.name,
      version: VERSION,
    });
    await app.listen({ port: Number(new URL(base).port), host: '127.0.0.1' });
    state = { runtime, app, world, provider, base };
  });
  afterAll(async () => {
    await state?.app.close();
    await state?.provider.close();
    await state?.runtime.close();
    state = undefined;
  });

  return {
    get runtime() {
      return get().runtime;
    },
    get app() {
      return get().app;
    },
    get world() {
      return get().world;
    },
    get provider() {
      return get().provider;
    },
    get base() {
      return get().base;
    },
    async flow(jar, tamper = () => {}, query = '', providerId = 'school', accept = '*/*') {
      const { base, provider } = get();
      const start = await fetch(`${base}/api/v1/auth/oidc/${providerId}/start${query}`, {
        redirect: 'manual',
      });
      expect(start.status).toBe(302);
      jar.take(start);
      const authorize = new URL(start.headers.get('location')!);
      expect(authorize.origin).toBe(provider.issuer);
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorize.searchParams.get('state')).toBeTruthy();
      expect(authorize.searchParams.get('nonce')).toBeTruthy();
      const approved = await fetch(authorize, { redirect: 'manual' });
      expect(approved.status).toBe(302);
      const callback = new URL(approved.headers.get('location')!);
      expect(callback.href.startsWith(`${base}/`), callback.href).toBe(true);
      tamper(callback);
      const done = await fetch(callback, {
        redirect: 'manual',
        headers: { cookie: jar.header(), accept },
      });
      jar.take(done);
      return done;
    },
    me: (jar) => fetch(`${get().base}/api/v1/auth/me`, { headers: { cookie: jar.header() } }),
  };
}
