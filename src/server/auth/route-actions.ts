/**
 * The action of routes that cannot say it themselves in `config.action` (those of plugins, and
 * routes written before the policy table). A route with neither is denied to everyone.
 */
import type { Action } from '../../domain/auth/policy.ts';

export const ROUTE_ACTIONS: Record<string, Action> = {
  'GET /healthz': 'health.read',
  'GET /api/openapi.json': 'docs.read',
  'GET /api/v1/frameworks': 'framework.read',
  'GET /api/v1/clusters': 'framework.read',
  'GET /api/v1/clusters/:code': 'framework.read',
  'GET /api/v1/pathways': 'framework.read',
  'GET /api/v1/pathways/:code': 'framework.read',
  'GET /api/v1/programs': 'program.read',
  'GET /api/v1/programs/:id': 'program.read',
  'GET /api/v1/programs/:id/export': 'program.read',
  'POST /api/v1/programs': 'program.write',
  'PUT /api/v1/programs/:id': 'program.write',
  'POST /api/v1/programs/:id/submit': 'program.write',
  'POST /api/v1/programs/:id/return': 'program.approve',
  'POST /api/v1/programs/:id/approve': 'program.approve',
  'POST /api/v1/programs/:id/retire': 'program.approve',
};

/** URL prefixes served by plugins (Swagger UI), with their action. */
export const PREFIX_ACTIONS: Array<[prefix: string, action: Action]> = [['/api/docs', 'docs.read']];

/** The action of a route: declared, listed above, or (pages and files outside /api) web.page. */
export function routeAction(
  method: string,
  url: string,
  declared: Action | undefined,
): Action | undefined {
  if (declared) return declared;
  const verb = method === 'HEAD' ? 'GET' : method;
  const listed = ROUTE_ACTIONS[`${verb} ${url}`];
  if (listed) return listed;
  if (verb !== 'GET') return undefined;
  for (const [prefix, action] of PREFIX_ACTIONS)
    if (url === prefix || url.startsWith(`${prefix}/`)) return action;
  if (url !== '/api' && !url.startsWith('/api/') && url !== '/healthz') return 'web.page';
  return undefined;
}
