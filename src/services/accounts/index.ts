/** The accounts module as the runtime hands it to the server and the CLI. */
import type { AccountsDeps } from './deps.ts';
import { SessionResolver } from './resolve-session.ts';

export interface Accounts {
  deps: AccountsDeps;
  sessions: SessionResolver;
}

export function createAccounts(deps: AccountsDeps): Accounts {
  return { deps, sessions: new SessionResolver(deps) };
}
