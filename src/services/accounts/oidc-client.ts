/**
 * The OpenID Connect relying party (openid-client): the authorization code flow with state, nonce
 * and PKCE (S256). What must survive between start and callback (state, nonce, PKCE verifier) is
 * returned to the caller, which keeps it in a short-lived httpOnly cookie: no server state.
 */
import * as oidc from 'openid-client';
import type { TOidcProvider } from './oidc-settings.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

/** What the browser carries from start to callback. */
export interface OidcPending {
  provider: string;
  state: string;
  nonce: string;
  verifier: string;
}

/** The verified identity a provider vouches for. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

export class OidcProviders {
  private readonly configs = new Map<string, Promise<oidc.Configuration>>();

  constructor(readonly providers: readonly TOidcProvider[]) {}

  list(): Array<{ id: string; name: string }> {
    return this.providers.map(({ id, name }) => ({ id, name }));
  }

  find(id: string): TOidcProvider {
    const provider = this.providers.find((p) => p.id === id);
    if (!provider) throw accountRefusal('not_found', 'noProvider', { id }, 'provider');
    return provider;
  }

  /** The provider's address to send the browser to, and what to keep until the callback. */
  async start(id: string, redirectUri: string): Promise<{ url: string; pending: OidcPending }> {
    const config = await this.config(this.find(id));
    const verifier = oidc.randomPKCECodeVerifier();
    const pending = {
      provider: id,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** Checks the callback (state, code, PKCE, id token signature, audience, nonce). */
  async finish(id: string, callbackUrl: URL, pending: OidcPending | null): Promise<OidcIdentity> {
    const provider = this.find(id);
    if (!pending || pending.provider !== id)
      throw accountRefusal('unauthenticated', 'oidcExpired', { provider: provider.name });
    const config = await this.config(provider);
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    let { email, email_verified: emailVerified } = claims;
    // Some providers put the email only in the userinfo answer (its subject is checked to match).
    if (typeof email !== 'string' && config.serverMetadata().userinfo_endpoint) {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      ({ email, email_verified: emailVerified } = info);
    }
    const subjectClaim = provider.subjectClaim ?? 'sub';
    const subject = claims[subjectClaim];
    if (typeof subject !== 'string' || subject === '')
      throw accountRefusal(
        'unauthenticated',
        'oidcNoSubject',
        { provider: provider.name, claim: subjectClaim },
        'subjectClaim',
      );
    return {
      issuer: claims.iss,
      subject,
      email: typeof email === 'string' ? email.toLowerCase() : null,
      emailVerified: emailVerified === true,
    };
  }

  private config(provider: TOidcProvider): Promise<oidc.Configuration> {
    let config = this.configs.get(provider.id);
    if (!config) {
      const insecure = new URL(provider.issuer).protocol === 'http:';
      config = oidc.discovery(
        new URL(provider.issuer),
        provider.clientId,
        provider.clientSecret,
        undefined,
        insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
      config.catch(() => this.configs.delete(provider.id));
      this.configs.set(provider.id, config);
    }
    return config;
  }
}
