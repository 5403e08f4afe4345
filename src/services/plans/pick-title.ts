/** A title in the page's language, or in English (and said so) where no Spanish one is written. */
import type { Lang } from '../../domain/framework.ts';

export const pickTitle = (
  t: { en: string; es?: string | undefined },
  lang: Lang,
): { title: string; titleLang: Lang } =>
  lang === 'es' && t.es ? { title: t.es, titleLang: 'es' } : { title: t.en, titleLang: 'en' };
