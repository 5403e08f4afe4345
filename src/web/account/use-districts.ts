/**
 * The districts an admin who serves more than one (the state office) may choose from, for the
 * admin pages whose answers are one district's: none asked for when the caller has a district
 * of their own (the server answers for that one only).
 */
import { useCallback } from 'react';
import type { TOrg } from '../../contracts/accounts.ts';
import { getJson } from '../api.ts';
import { useApi, type ApiState } from '../use-api.ts';

export function useDistrictChoices(wanted: boolean): ApiState<TOrg[]> {
  return useApi<TOrg[]>(
    useCallback(
      (signal: AbortSignal) =>
        wanted
          ? getJson<{ items: TOrg[] }>('/api/v1/orgs', signal).then((r) =>
              r.items.filter((o) => o.kind === 'district'),
            )
          : Promise.resolve([] as TOrg[]),
      [wanted],
    ),
  );
}
