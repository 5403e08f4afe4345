/**
 * Security headers: a strict Content-Security-Policy (the web app loads only its own scripts and
 * styles), a looser one for Swagger UI at /api/docs only, no framing, no sniffing, no referrer
 * leaks; HSTS over HTTPS only. Request size is capped in app.ts (bodyLimit).
 */
import helmet, { type HelmetOptions } from 'helmet';
import type { FastifyInstance } from 'fastify';

export const CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': null,
};

const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: CSP },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'same-origin' },
  // Sent per request below, and only over HTTPS: over plain HTTP it means nothing, and a
  // development server on localhost must not make the browser insist on HTTPS there.
  strictTransportSecurity: false,
};

export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * The headers helmet sets with these options, worked out once: they are the same for every
 * response, so requests only copy them.
 */
export function securityHeaders(options: HelmetOptions = HELMET_OPTIONS): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  helmet(options)({} as never, response as never, () => undefined);
  return headers;
}

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const headers = securityHeaders();
  const docsHeaders = { ...headers, 'content-security-policy': DOCS_CSP };
  app.addHook('onRequest', (request, reply, done) => {
    const docs = request.url === '/api/docs' || request.url.startsWith('/api/docs/');
    reply.headers(docs ? docsHeaders : headers);
    // With WAYFINDER_TRUST_PROXY, request.protocol is what the client used to reach the proxy.
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    done();
  });
}
