/** The sign-in, account and administration routes; App.tsx places them in English and under /es. */
import { Route } from 'react-router-dom';
import { AccountPage } from './AccountPage.tsx';
import { AdminAuditPage } from './AdminAuditPage.tsx';
import { AdminExportsPage } from './AdminExportsPage.tsx';
import { AdminImportsPage } from './AdminImportsPage.tsx';
import { AdminLinksPage } from './AdminLinksPage.tsx';
import { AdminUsersPage } from './AdminUsersPage.tsx';
import { SetPasswordPage } from './SetPasswordPage.tsx';
import { SignInPage } from './SignInPage.tsx';

export const accountRoutes = (
  <>
    <Route path="sign-in" element={<SignInPage />} />
    <Route path="account" element={<AccountPage />} />
    <Route path="account/set-password" element={<SetPasswordPage />} />
    <Route path="admin/users" element={<AdminUsersPage />} />
    <Route path="admin/audit" element={<AdminAuditPage />} />
    <Route path="admin/exports" element={<AdminExportsPage />} />
    <Route path="admin/imports" element={<AdminImportsPage />} />
    <Route path="admin/links" element={<AdminLinksPage />} />
  </>
);
