/** A button that saves an occupation, pathway or program to the student's list, or removes it. */
import { useState } from 'react';
import type { TSavedItem } from '../../contracts/student-interests.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import type { SavedItems } from './use-saved-items.ts';

export function SaveToggle({
  saved,
  item,
  title,
}: {
  saved: SavedItems | null;
  item: Pick<TSavedItem, 'kind' | 'ref'>;
  title: string;
}) {
  const { lang, t } = useLang();
  const [busy, setBusy] = useState(false);
  if (!saved) return null;
  const on = saved.isSaved(item);
  return (
    <button
      type="button"
      className="button-secondary ip-save"
      aria-pressed={on}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void saved.toggle(item).finally(() => setBusy(false));
      }}
    >
      {on ? t.savedItem : formatMessage(lang, t.saveItem, { title: '' }).trim()}
      <span className="visually-hidden"> {title}</span>
    </button>
  );
}
