/**
 * The buttons of a row of the users table: disable or enable (never one's own account), a new
 * one-time link, link or unlink a school sign-in, and for a counselor of the admin's own
 * district the schools they serve. Each names its user for a screen reader.
 */
import type { TSession, TUser } from '../../contracts/accounts.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { maySetSchools } from './counselor-schools.ts';

/** The panels a row's buttons open. */
export type PanelKind = 'link' | 'unlink' | 'schools';

export function UserActions({
  user,
  session,
  busy,
  linked,
  onAct,
  onOpen,
}: {
  user: TUser;
  session: TSession;
  busy: boolean;
  /** The user has a school sign-in linked. */
  linked: boolean;
  onAct: (what: 'disable' | 'enable' | 'reset-link') => void;
  onOpen: (kind: PanelKind, button: HTMLButtonElement) => void;
}) {
  const { lang, t } = useLang();
  const forWhom = (
    <span className="visually-hidden">
      {' '}
      {formatMessage(lang, t.usersActionsFor, { name: user.name })}
    </span>
  );
  return (
    <div className="admin-actions">
      {user.id === session.user.id ? null : (
        <button
          type="button"
          className="button-small button-secondary"
          disabled={busy}
          onClick={() => onAct(user.disabled ? 'enable' : 'disable')}
        >
          {user.disabled ? t.usersEnable : t.usersDisable}
          {forWhom}
        </button>
      )}
      <button
        type="button"
        className="button-small button-secondary"
        disabled={busy}
        onClick={() => onAct('reset-link')}
      >
        {t.usersResetLink}
        {forWhom}
      </button>
      <button
        type="button"
        className="button-small button-secondary"
        disabled={busy}
        onClick={(event) => onOpen(linked ? 'unlink' : 'link', event.currentTarget)}
      >
        {linked ? t.usersUnlinkSignIn : t.usersLinkSignIn}
        {forWhom}
      </button>
      {maySetSchools(session, user) ? (
        <button
          type="button"
          className="button-small button-secondary"
          disabled={busy}
          onClick={(event) => onOpen('schools', event.currentTarget)}
        >
          {t.usersSchools}
          {forWhom}
        </button>
      ) : null}
    </div>
  );
}
