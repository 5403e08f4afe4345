/** Link to the same page in the other language, named in that language. */
import { Link, useLocation } from 'react-router-dom';
import { otherLang, pathFor } from '../paths.ts';
import { useLang } from '../use-lang.ts';

export function LanguageSwitch() {
  const { lang, t } = useLang();
  const { pathname, search } = useLocation();
  const target = otherLang(lang);
  return (
    <Link
      className="lang-switch"
      to={`${pathFor(target, pathname)}${search}`}
      lang={target}
      hrefLang={target}
      title={t.switchLanguageHint}
    >
      {t.switchLanguage}
    </Link>
  );
}
