/**
 * What `serve` does for accounts on start: demo accounts when allowed (see decideDemo), then the
 * first state admin on a database that has none. Returns what to tell the operator.
 */
import { decideDemo, type DemoInput } from '../../domain/auth/demo-guard.ts';
import { bootstrapAdmin, type Bootstrap } from './bootstrap-admin.ts';
import type { AccountsDeps } from './deps.ts';
import { seedDemo } from './seed-demo.ts';
import type { TAccountSettings } from './settings.ts';

export interface FirstStart {
  demo: { loaded: boolean; users: number; reason?: string };
  admin: Bootstrap;
}

export class DemoRefused extends Error {}

export async function firstStart(
  deps: AccountsDeps,
  settings: Omit<TAccountSettings, 'exportDailyCap'>,
  demo: DemoInput,
): Promise<FirstStart> {
  const decision = decideDemo(demo);
  if (!decision.load && decision.refused)
    throw new DemoRefused(`Refusing --demo: ${decision.reason}.`);
  const seeded = decision.load ? await seedDemo(deps, settings.publicUrl) : undefined;
  const admin = await bootstrapAdmin(deps, {
    email: settings.adminEmail,
    password: settings.adminPassword,
    baseUrl: settings.publicUrl,
  });
  return {
    demo: seeded
      ? { loaded: true, users: seeded.users }
      : { loaded: false, users: 0, reason: decision.load ? undefined : decision.reason },
    admin,
  };
}
