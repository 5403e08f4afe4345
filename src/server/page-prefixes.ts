/** The first segments of the web app's page addresses (served in web.ts, reserved in config.ts). */

/**
 * Page addresses the web app draws (each route the router declares: web.test.ts checks them);
 * every other address that asks for HTML gets its not-found page, status 404.
 */
export const PAGE_PREFIXES = [
  '/clusters/',
  '/pathways/',
  '/programs',
  '/occupations',
  '/search',
  '/courses/',
  '/credentials/',
  '/cip/',
  '/account',
  '/sign-in',
  '/admin',
  '/caseload',
  '/reports/',
  '/interest-profiler',
  '/me',
  '/students/',
];
