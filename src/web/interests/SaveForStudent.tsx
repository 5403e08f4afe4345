/**
 * The save button of an occupation, pathway or program page: a signed-in student keeps it on
 * their saved list (shown on /me) from where they read it; nobody else sees a button.
 */
import type { TSavedItem } from '../../contracts/student-interests.ts';
import { useSession } from '../account/use-session.ts';
import { useLang } from '../use-lang.ts';
import { SaveToggle } from './SaveToggle.tsx';
import { useSavedItems } from './use-saved-items.ts';

export function SaveForStudent(props: { item: Pick<TSavedItem, 'kind' | 'ref'>; title: string }) {
  const { lang } = useLang();
  const session = useSession();
  const studentId = session.role === 'student' && session.user ? session.user.id : null;
  const saved = useSavedItems(studentId, lang);
  if (!saved) return null;
  return (
    <p className="save-for-student">
      <SaveToggle saved={saved} item={props.item} title={props.title} />
    </p>
  );
}
