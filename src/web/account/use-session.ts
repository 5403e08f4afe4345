/**
 * Who is signed in, shared by every page and the header: one store loaded once from
 * /api/v1/auth/session (200 with `user: null` = signed out, so a visitor's page logs no error),
 * updated after sign-in and sign-out. `apiWrite` sends JSON
 * with the session's CSRF token in the x-csrf-token header, as every cookie-authenticated write
 * needs; pages that write (account settings, administration, program authoring) use it.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { TSession, TSessionState, TUser } from '../../contracts/accounts.ts';
import type { Role } from '../../domain/auth/roles.ts';
import { ApiError, errorOf, request } from '../api.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: TSession }
  | { status: 'error'; error: ApiError };

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const SESSION = '/api/v1/auth/session';

let state: SessionState = { status: 'loading' };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Asks the server who is signed in and updates every component that uses the session. */
export function reloadSession(): Promise<void> {
  loading ??= (async () => {
    try {
      const response = await request(SESSION, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) {
        publish({ status: 'error', error: await errorOf(response) });
        return;
      }
      const answer = (await response.json()) as TSessionState;
      publish(answer.user ? { status: 'signed-in', session: answer } : { status: 'signed-out' });
    } catch (error) {
      publish({
        status: 'error',
        error: error instanceof ApiError ? error : new ApiError(String(error), 0),
      });
    } finally {
      loading = null;
    }
  })();
  return loading;
}

/** Replaces the session after a sign-in (its answer) or a sign-out (null). */
export function setSession(session: TSession | null): void {
  publish(session ? { status: 'signed-in', session } : { status: 'signed-out' });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => state;

/** The CSRF token of the current session, if any. */
export function currentCsrfToken(): string | undefined {
  return state.status === 'signed-in' ? state.session.csrfToken : undefined;
}

/**
 * Sends `body` as JSON with `method` to an API address, with the session's CSRF token; returns
 * the parsed answer or throws an ApiError (status 0 when the server could not be reached).
 */
export async function apiWrite<T>(
  method: WriteMethod,
  url: string,
  body?: unknown,
  csrfToken: string | undefined = currentCsrfToken(),
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await request(url, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as T;
}

export interface Session {
  state: SessionState;
  /** Still asking the server. */
  loading: boolean;
  session: TSession | null;
  user: TUser | null;
  role: Role | null;
  csrfToken: string | undefined;
  /** A staff member who must set up the second factor before anything else. */
  totpDue: boolean;
  /**
   * Signed in with a provider, but the second factor's code is still due: not fully signed in
   * yet (the API refuses everything but the code and sign-out).
   */
  codeDue: boolean;
  reload: () => Promise<void>;
  apiWrite: typeof apiWrite;
  /** Ends this session (or every session) and forgets it here. */
  signOut: (everywhere?: boolean) => Promise<void>;
}

export function useSession(): Session {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  useEffect(() => {
    if (state.status === 'loading') void reloadSession();
  }, []);
  const signOut = useCallback(async (everywhere = false) => {
    try {
      await apiWrite('POST', `/api/v1/auth/${everywhere ? 'sign-out-everywhere' : 'sign-out'}`);
    } catch (error) {
      // An expired session is signed out already; anything else is worth showing.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setSession(null);
  }, []);
  const session = current.status === 'signed-in' ? current.session : null;
  return {
    state: current,
    loading: current.status === 'loading',
    session,
    user: session?.user ?? null,
    role: session?.user.role ?? null,
    csrfToken: session?.csrfToken,
    totpDue: session?.totp === 'enrol_required',
    codeDue: session?.totp === 'code_required',
    reload: reloadSession,
    apiWrite,
    signOut,
  };
}
