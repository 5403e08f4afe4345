/**
 * Two-person rules hold only if the two people are two. An admin who created another account
 * (or gave it its role) recently holds its set-password link and may hold the account: so an
 * approver must not have created the requester, nor been created by them, directly or through
 * accounts they created in turn, within the window (default 7 days, WAYFINDER_APPROVER_WINDOW_DAYS);
 * nor share the requester's sign-in identity: the same provider identity, or an email address
 * that reaches the same mailbox (plus-addressing). The audit log (append-only) says who created
 * whom and when.
 */
import type { UserRecord } from '../../db/user-repository.ts';
import type { AccountsDeps } from './deps.ts';

export const DEFAULT_APPROVER_WINDOW_DAYS = 7;
const DAY_MS = 24 * 60 * 60_000;
/** How far a chain of accounts creating accounts is followed. */
const MAX_DEPTH = 6;

export type Dependence = 'self' | 'same_identity' | 'created_by_requester' | 'created_requester';

/** Why `approver` is not independent of `requester`, or undefined when they are independent. */
export async function dependenceOf(
  deps: AccountsDeps,
  requester: UserRecord,
  approver: UserRecord,
): Promise<Dependence | undefined> {
  if (requester.id === approver.id) return 'self';
  const sameProviderIdentity =
    requester.oidcIssuer !== null &&
    requester.oidcIssuer === approver.oidcIssuer &&
    requester.oidcSubject === approver.oidcSubject;
  if (sameProviderIdentity || mailbox(requester.email) === mailbox(approver.email))
    return 'same_identity';
  const days = deps.approverWindowDays ?? DEFAULT_APPROVER_WINDOW_DAYS;
  const since = new Date(deps.clock().getTime() - days * DAY_MS);
  if (await reaches(deps, requester.id, approver.id, since)) return 'created_by_requester';
  if (await reaches(deps, approver.id, requester.id, since)) return 'created_requester';
  return undefined;
}

/** Whether `from` created `to`, or created someone who did, and so on, since `since`. */
async function reaches(
  deps: AccountsDeps,
  from: string,
  to: string,
  since: Date,
): Promise<boolean> {
  const seen = new Set([from]);
  let frontier = [from];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next = (await deps.audit.usersSponsoredBy(frontier, since)).filter((id) => !seen.has(id));
    if (next.includes(to)) return true;
    next.forEach((id) => seen.add(id));
    frontier = next;
  }
  return false;
}

/**
 * The mailbox an address delivers to: "Ana+approver@District.org" reaches ana@district.org, so
 * its set-password link (and its second-factor resets) reach the same person.
 */
export function mailbox(email: string): string {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  return `${local.split('+')[0]}@${domain}`;
}
