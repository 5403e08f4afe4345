/** Row types of the generated O*NET Interest Profiler item module (see onet-items.ts). */
import type { RiasecLetter } from '../../domain/occupation/riasec.ts';

export interface ShortFormItemRow {
  /** IP60-01 … IP60-60: position in the O*NET web/API order. */
  id: string;
  area: RiasecLetter;
  en: string;
  es: string;
  /** Which tabulated copies carry the English wording exactly (README §1). */
  enSources: string;
  /** Which copies carry the Spanish wording (README §1, "Spanish"). */
  esSources: string;
  /** Earlier official wording, where it changed; never shown, only to read old data. */
  enEarlier?: string;
}

export interface MiniItemRow {
  /** MINI-01 … MINI-30: position in the Mini-IP's own order. */
  id: string;
  /** The Short Form item with the same text and area. */
  ip60Id: string;
  sources: string;
}
