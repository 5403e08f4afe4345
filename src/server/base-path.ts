/**
 * Serving under a path prefix (WAYFINDER_BASE_PATH, "/wayfinder"). The usual proxy strips the
 * prefix before passing a request on (nginx `proxy_pass http://127.0.0.1:3000/;`, Caddy
 * `handle_path`); one that does not is served too: an address that still starts with the prefix
 * is answered as the same address without it. What the server writes for the browser (the page's
 * asset and API addresses, cookie paths, redirects, links, the OpenAPI servers entry) carries it.
 */
declare module 'fastify' {
  interface FastifyInstance {
    /** The path prefix people reach the site under, without a trailing slash; "" at the root. */
    basePath: string;
  }
}

/** The address the routes know for `url` as received: the prefix taken off when it is there. */
export function stripBasePath(url: string, basePath: string): string {
  if (basePath === '' || !url.startsWith(basePath)) return url;
  const rest = url.slice(basePath.length);
  if (rest === '') return '/';
  if (rest.startsWith('/')) return rest;
  if (rest.startsWith('?')) return `/${rest}`;
  return url;
}

/** The Path of the cookies the site sets: its prefix, or "/" at the root. */
export function cookiePath(basePath: string): string {
  return basePath === '' ? '/' : basePath;
}
