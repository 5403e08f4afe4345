/**
 * The two Interest Profiler forms as lists of items in the order they are asked, built from the
 * generated onet-items.ts. The Mini-IP items share the Short Form's text (checked when generated);
 * both languages come from the Short Form rows.
 */
import type { ProfilerForm, ProfilerItem } from '../../domain/interests/profiler.ts';
import { MINI_IP_ROWS, SHORT_FORM_ROWS } from './onet-items.ts';

const shortForm: ProfilerItem[] = SHORT_FORM_ROWS.map((row) => ({
  id: row.id,
  area: row.area,
  text: { en: row.en, es: row.es },
}));

const byId = new Map(shortForm.map((item) => [item.id, item]));

const mini: ProfilerItem[] = MINI_IP_ROWS.map((row) => {
  const full = byId.get(row.ip60Id);
  if (!full) throw new Error(`Mini-IP item ${row.id} names unknown ${row.ip60Id}`);
  return { ...full, id: row.id };
});

export const PROFILER_ITEMS: Readonly<Record<ProfilerForm, readonly ProfilerItem[]>> = {
  60: shortForm,
  30: mini,
};
