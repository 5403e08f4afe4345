/**
 * The path prefix the site is served under behind a proxy ("/wayfinder"; "" at the root). The
 * server writes it into index.html as <meta name="wayfinder-base-path"> (src/server/web.ts), so
 * one build serves any prefix. The router takes it as its basename; API calls and plain links
 * (downloads, the API docs, sign-in providers) go through appUrl.
 */
const META = 'wayfinder-base-path';
const SHAPE = /^(\/[A-Za-z0-9._~-]+)*$/;

/** The prefix a page's <meta> gives; "" without one, or with a value of another shape. */
export function basePathOf(doc: Pick<Document, 'querySelector'> | undefined): string {
  const value = doc?.querySelector(`meta[name="${META}"]`)?.getAttribute('content') ?? '';
  return SHAPE.test(value) ? value : '';
}

export const BASE_PATH = basePathOf(typeof document === 'undefined' ? undefined : document);

/** `path` (an address of this site, from "/") as the browser must ask for it, under the prefix. */
export function appUrl(path: string, basePath: string = BASE_PATH): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${basePath}${path}` : path;
}
