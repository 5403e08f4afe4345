/** Typed calls to the Perkins V endpoints. */
import type { TOrg } from '../../contracts/accounts.ts';
import type { TMyPerkinsStatus, TPerkinsReport } from '../../contracts/perkins.ts';
import { getJson } from '../api.ts';

/** The school year by its ending year: from July on, the year that ends next summer. */
export const currentSchoolYear = (now: Date) =>
  now.getMonth() >= 6 ? now.getFullYear() + 1 : now.getFullYear();

export const fetchMyPerkins = (year: number, signal?: AbortSignal) =>
  getJson<TMyPerkinsStatus>(`/api/v1/me/perkins?year=${year}`, signal);

/** What a report page asks for: a school year, a profile, and (a state admin) one district. */
export interface PerkinsSelection {
  year: number;
  profile: string;
  /** Omitted: the whole state (a district admin: their own district). */
  district?: string | undefined;
}

export function selectionQuery(selection: PerkinsSelection): string {
  const query = new URLSearchParams({
    year: String(selection.year),
    profile: selection.profile,
  });
  if (selection.district) query.set('district', selection.district);
  return query.toString();
}

export const fetchPerkinsReport = (selection: PerkinsSelection, signal?: AbortSignal) =>
  getJson<TPerkinsReport>(`/api/v1/perkins?${selectionQuery(selection)}`, signal);

/** The state submission CSV of the same selection (the server names the file by year and profile). */
export const perkinsExportUrl = (selection: PerkinsSelection): string =>
  `/api/v1/perkins/export?${selectionQuery(selection)}`;

/** The districts a state admin may pick from. */
export const fetchDistricts = (signal?: AbortSignal): Promise<TOrg[]> =>
  getJson<{ items: TOrg[] }>('/api/v1/orgs', signal).then((r) =>
    r.items.filter((o) => o.kind === 'district').sort((a, b) => a.name.localeCompare(b.name)),
  );
