/**
 * A small OpenID Connect provider for tests, on 127.0.0.1: discovery, JWKS, an authorization
 * endpoint that approves the configured user at once (checking client, redirect URI and PKCE
 * challenge), and a token endpoint that checks the client secret and PKCE verifier and issues
 * an RS256-signed id token with the nonce; a userinfo endpoint answers for the access token.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export interface TestUser {
  sub: string;
  /** Microsoft Entra ID's Object ID claim. */
  oid?: string;
  email?: string;
  email_verified?: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The user the next authorization approves. */
  user: TestUser;
  /** Redirect URIs the client registered. */
  redirectUris: string[];
  /** Leave email and email_verified out of the id token: only the userinfo endpoint has them. */
  emailInUserinfoOnly: boolean;
  close(): Promise<void>;
}

interface Grant {
  user: TestUser;
  nonce: string | undefined;
  challenge: string;
  redirectUri: string;
}

export async function startTestProvider(): Promise<TestProvider> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const grants = new Map<string, Grant>();
  /** Access tokens issued, and whose claims the userinfo endpoint answers with. */
  const accessTokens = new Map<string, TestUser>();
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider: TestProvider = {
    issuer,
    clientId: 'wayfinder-test',
    clientSecret: 'test-secret-not-real',
    user: { sub: 'sub-1', email: 'someone@example.test', email_verified: true },
    redirectUris: [],
    emailInUserinfoOnly: false,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        userinfo_endpoint: `${issuer}/userinfo`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        scopes_supported: ['openid', 'email', 'profile'],
      });
    }
    if (url.pathname === '/jwks') return json(res, 200, { keys: [jwk] });
    if (url.pathname === '/userinfo') {
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const user = bearer ? accessTokens.get(bearer) : undefined;
      return user ? json(res, 200, user) : json(res, 401, { error: 'invalid_token' });
    }
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      if (q.get('client_id') !== provider.clientId || !provider.redirectUris.includes(redirectUri))
        return json(res, 400, { error: 'invalid_request' });
      if (q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256')
        return json(res, 400, { error: 'invalid_request' });
      const code = randomBytes(16).toString('base64url');
      grants.set(code, {
        user: { ...provider.user },
        nonce: q.get('nonce') ?? undefined,
        challenge: q.get('code_challenge') ?? '',
        redirectUri,
      });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      const state = q.get('state');
      if (state !== null) back.searchParams.set('state', state);
      res.writeHead(302, { location: back.href });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        void token(new URLSearchParams(body), req.headers.authorization).then(
          ([status, answer]) => json(res, status, answer),
          () => json(res, 500, { error: 'server_error' }),
        );
      });
      return;
    }
    json(res, 404, { error: 'not_found' });
  });

  async function token(form: URLSearchParams, authorization: string | undefined) {
    let [clientId, secret] = [form.get('client_id'), form.get('client_secret')];
    if (authorization?.startsWith('Basic ')) {
      const decoded = Buffer.from(authorization.slice(6), 'base64').toString();
      [clientId, secret] = decoded.split(':').map((p) => decodeURIComponent(p)) as [string, string];
    }
    if (clientId !== provider.clientId || secret !== provider.clientSecret)
      return [401, { error: 'invalid_client' }] as const;
    const code = form.get('code') ?? '';
    const grant = grants.get(code);
    grants.delete(code);
    if (!grant || form.get('grant_type') !== 'authorization_code')
      return [400, { error: 'invalid_grant' }] as const;
    if (form.get('redirect_uri') !== grant.redirectUri)
      return [400, { error: 'invalid_grant' }] as const;
    const verifier = form.get('code_verifier') ?? '';
    if (createHash('sha256').update(verifier).digest('base64url') !== grant.challenge)
      return [400, { error: 'invalid_grant', error_description: 'PKCE' }] as const;
    const claims: TestUser = provider.emailInUserinfoOnly ? { sub: grant.user.sub } : grant.user;
    const idToken = await new SignJWT({
      ...claims,
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(issuer)
      .setAudience(provider.clientId)
      .setSubject(grant.user.sub)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const accessToken = randomBytes(16).toString('base64url');
    accessTokens.set(accessToken, grant.user);
    return [
      200,
      {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: 300,
        id_token: idToken,
      },
    ] as const;
  }

  return provider;
}
