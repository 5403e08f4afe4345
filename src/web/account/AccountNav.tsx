/**
 * The header's account corner: "Sign in" when signed out; name, Account and Sign out when in;
 * "Finish signing in" and Sign out while the second factor's code is still due (after a
 * provider sign-in), so the header never shows someone as signed in before the code.
 */
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { formatMessage } from '../i18n.ts';
import { homePath, pathFor, stripLang } from '../paths.ts';
import { PerkinsNavLink } from '../perkins/PerkinsNavLink.tsx';
import { useLang } from '../use-lang.ts';
import { accountPath, signInCodePath, signInPath } from './account-paths.ts';
import { useSession } from './use-session.ts';
import './account.css';

export function AccountNav() {
  const { lang, t } = useLang();
  const { state, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  if (state.status === 'loading') return <div className="account-nav" />;
  const here = stripLang(location.pathname);
  const next =
    here === '/' || here === '/sign-in' ? undefined : location.pathname + location.search;
  if (state.status !== 'signed-in') {
    return (
      <nav className="account-nav" aria-label={t.navAccountLabel}>
        <Link className="account-nav__sign-in" to={signInPath(lang, next)}>
          {t.navSignIn}
        </Link>
      </nav>
    );
  }
  const { user, totp } = state.session;
  const onSignOut = () => {
    setBusy(true);
    signOut().then(
      () => {
        setBusy(false);
        void navigate(homePath(lang));
      },
      () => setBusy(false),
    );
  };
  const signOutButton = (
    <button type="button" className="account-nav__sign-out" onClick={onSignOut} disabled={busy}>
      {busy ? t.signingOut : t.navSignOut}
    </button>
  );
  if (totp === 'code_required') {
    // The code step keeps its own `next`; elsewhere, come back here afterwards.
    const codeStep =
      here === '/sign-in' ? location.pathname + location.search : signInCodePath(lang, next);
    return (
      <nav className="account-nav" aria-label={t.navAccountLabel}>
        <Link className="account-nav__sign-in" to={codeStep}>
          {t.navFinishSignIn}
        </Link>
        {signOutButton}
      </nav>
    );
  }
  return (
    <nav className="account-nav" aria-label={t.navAccountLabel}>
      {/* The name is the link to the account page: one item fewer, so the header stays on one line. */}
      <Link
        className="account-nav__name"
        to={accountPath(lang)}
        title={formatMessage(lang, t.signedInAs, { name: user.name })}
      >
        <span className="visually-hidden">{t.navAccount}: </span>
        {user.name}
      </Link>
      {(user.role === 'student' || user.role === 'guardian') && (
        <Link to={pathFor(lang, '/me')}>
          {user.role === 'student' ? t.meTitle : t.meGuardianTitle}
        </Link>
      )}
      <PerkinsNavLink role={user.role} />
      {signOutButton}
    </nav>
  );
}
