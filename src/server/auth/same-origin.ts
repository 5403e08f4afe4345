/**
 * Whether an unauthenticated write (sign-in, set password) came from one of this site's own
 * pages. The browser's Origin is compared with the addresses the site may be reached at: the
 * Host header; the host a trusted proxy forwarded (X-Forwarded-Host, when WAYFINDER_TRUST_PROXY
 * believes it); and WAYFINDER_PUBLIC_URL. The last matters behind a proxy that rewrites Host, as
 * nginx's `proxy_set_header Host $host` does: it drops the port, so a site on
 * `https://apps.district.org:8443` would otherwise refuse its own sign-in form.
 */
export interface SiteAddresses {
  /** The Host header as it reached this server. */
  host: string | undefined;
  /** The host Fastify derives (X-Forwarded-Host from a trusted proxy, else Host). */
  forwardedHost: string | undefined;
  /** WAYFINDER_PUBLIC_URL, when known. */
  publicUrl: string | undefined;
}

export function isSameOrigin(origin: string | undefined, site: SiteAddresses): boolean {
  if (origin === undefined) return true;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return false;
  }
  if (from.host === '') return false;
  if (from.host === site.host || from.host === site.forwardedHost) return true;
  return site.publicUrl !== undefined && from.origin === originOf(site.publicUrl);
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
