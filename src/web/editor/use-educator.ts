/**
 * Who is signed in, as far as programs of study care: the session (for its CSRF token) and
 * whether its role may author programs. Built on the app's one session store
 * (account/use-session.ts); nobody signed in is not an error: `session` is null.
 */
import type { TSession } from '../../contracts/accounts.ts';
import { mayAttempt } from '../../domain/auth/policy.ts';
import { useSession } from '../account/use-session.ts';

export interface Educator {
  /** Still asking the server. */
  loading: boolean;
  session: TSession | null;
  /** The signed-in role may create and edit programs of study. */
  mayEdit: boolean;
}

export function useEducator(): Educator {
  const { loading, session, role } = useSession();
  return { loading, session, mayEdit: role !== null && mayAttempt(role, 'program.write') };
}
