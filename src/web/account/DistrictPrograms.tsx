/**
 * The approved programs of study of the signed-in user's district (owned by it or naming it as a
 * partner), so a student or family sees at once what their district offers.
 */
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { errorText } from '../error-text.ts';
import { fetchPrograms } from '../program-api.ts';
import { programPath } from '../paths.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';

export function DistrictPrograms({ districtId }: { districtId: string }) {
  const { lang, t } = useLang();
  const load = useCallback(
    (signal: AbortSignal) =>
      fetchPrograms({ institution: districtId, status: 'approved' }, lang, signal),
    [districtId, lang],
  );
  const state = useApi(load);
  return (
    <section aria-labelledby="district-programs" className="district-programs">
      <h2 id="district-programs">{t.districtProgramsTitle}</h2>
      {state.status === 'loading' ? (
        <p role="status">{t.districtProgramsLoading}</p>
      ) : state.status === 'error' ? (
        <p role="alert">{errorText(t, state.error)}</p>
      ) : state.data.items.length === 0 ? (
        <p>{t.districtProgramsNone}</p>
      ) : (
        <ul className="account-links">
          {state.data.items.map((p) => (
            <li key={p.id}>
              <Link to={programPath(lang, p.id)}>{p.title}</Link>{' '}
              <span className="muted">
                ({p.cluster.title} › {p.pathway.title})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
