/**
 * A user's organization in the users table; for a counselor who serves further schools of their
 * district (shared between schools), those schools too, by name, on a line of their own. Their
 * district admin sets them with the row's Schools button (CounselorSchoolsPanel.tsx), PUT
 * /api/v1/users/{email}/schools, `wayfinder users schools` or a OneRoster import.
 */
import type { TUser } from '../../contracts/accounts.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';

export function UserOrg({ user, names }: { user: TUser; names: ReadonlyMap<string, string> }) {
  const { lang, t } = useLang();
  const name = (id: string) => names.get(id) ?? id;
  const further = user.furtherSchools ?? [];
  return (
    <>
      {name(user.orgId)}
      {further.length > 0 ? (
        <span className="user-further-schools">
          {formatMessage(lang, t.usersFurtherSchools, {
            schools: further.map(name).join(', '),
          })}
        </span>
      ) : null}
    </>
  );
}
