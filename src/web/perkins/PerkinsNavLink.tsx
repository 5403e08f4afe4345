/**
 * "Perkins report" for the people who may read it (district and state admins): in the header's
 * account corner and among the administration links of the account page. Nobody else sees it.
 */
import { Link } from 'react-router-dom';
import type { Role } from '../../domain/auth/roles.ts';
import { mayAttempt } from '../../domain/auth/policy.ts';
import { usePerkinsText } from './i18n-perkins.ts';
import { perkinsReportPath } from './perkins-paths.ts';
import './perkins.css';

export function PerkinsNavLink({ role, onClick }: { role: Role; onClick?: () => void }) {
  const { lang, p } = usePerkinsText();
  if (!mayAttempt(role, 'perkins.read')) return null;
  return (
    <Link
      className="perkins-nav-link"
      to={perkinsReportPath(lang)}
      onClick={onClick}
      data-testid="perkins-nav-link"
    >
      {p.navLink}
    </Link>
  );
}
