/** A signed-in student's saved list: what is saved, and save/remove that update it. */
import { useCallback, useEffect, useState } from 'react';
import type { TSavedItem } from '../../contracts/student-interests.ts';
import type { TLang } from '../../contracts/framework.ts';
import { fetchSavedItems, removeItem, saveItem } from './interests-api.ts';

type Ref = Pick<TSavedItem, 'kind' | 'ref'>;
const key = (r: Ref) => `${r.kind}:${r.ref}`;

export interface SavedItems {
  items: TSavedItem[];
  isSaved(ref: Ref): boolean;
  toggle(ref: Ref): Promise<void>;
}

export function useSavedItems(studentId: string | null, lang: TLang): SavedItems | null {
  const [items, setItems] = useState<TSavedItem[]>([]);
  useEffect(() => {
    if (!studentId) return;
    const controller = new AbortController();
    fetchSavedItems(studentId, lang, controller.signal).then(
      (list) => setItems(list.items),
      () => undefined,
    );
    return () => controller.abort();
  }, [studentId, lang]);
  const toggle = useCallback(
    async (ref: Ref) => {
      if (!studentId) return;
      if (items.some((i) => key(i) === key(ref))) {
        await removeItem(studentId, ref);
        setItems((list) => list.filter((i) => key(i) !== key(ref)));
      } else {
        setItems((await saveItem(studentId, ref, lang)).items);
      }
    },
    [studentId, items, lang],
  );
  if (!studentId) return null;
  return { items, isSaved: (ref) => items.some((i) => key(i) === key(ref)), toggle };
}
