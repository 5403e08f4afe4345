/** The page's language (from its address) and the matching UI texts. */
import { useLocation } from 'react-router-dom';
import type { TLang } from '../contracts/framework.ts';
import { messages, type Messages } from './i18n.ts';
import { langFromPath } from './paths.ts';

export function useLang(): { lang: TLang; t: Messages } {
  const lang = langFromPath(useLocation().pathname);
  return { lang, t: messages[lang] };
}
