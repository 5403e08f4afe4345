/** Where the page sits: Home › cluster › pathway. The last item is the current page. */
import { Link } from 'react-router-dom';
import { useLang } from '../use-lang.ts';

export interface Crumb {
  label: string;
  to: string;
  /** The label's language when it is not the page's (an English name on a Spanish page). */
  lang?: string | undefined;
}

export function Breadcrumb({ items }: { items: Crumb[] }) {
  const { t } = useLang();
  return (
    <nav className="breadcrumb" aria-label={t.breadcrumbLabel}>
      <ol>
        {items.map((item, index) =>
          index === items.length - 1 ? (
            <li key={item.to}>
              <span aria-current="page" lang={item.lang}>
                {item.label}
              </span>
            </li>
          ) : (
            <li key={item.to}>
              <Link to={item.to} lang={item.lang}>
                {item.label}
              </Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
