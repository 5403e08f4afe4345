/**
 * Every route declares its policy action one way: `config: { action }` in its options. Routes
 * that a plugin registers (Swagger UI, the web app's files and pages) get theirs from the scope
 * they are registered in, through `declareScopeAction`. A route with none is denied to everyone.
 */
import type { FastifyInstance } from 'fastify';
import type { Action } from '../../domain/auth/policy.ts';

/** Gives every route registered in this scope that names no action of its own this action. */
export function declareScopeAction(scope: FastifyInstance, action: Action): void {
  scope.addHook('onRoute', (route) => {
    route.config = {
      ...route.config,
      action: route.config?.action ?? action,
    } as typeof route.config;
  });
}
