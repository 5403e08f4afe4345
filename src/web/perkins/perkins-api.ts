/** Typed calls to the Perkins V endpoints. */
import type { TMyPerkinsStatus } from '../../contracts/perkins.ts';
import { getJson } from '../api.ts';

/** The school year by its ending year: from July on, the year that ends next summer. */
export const currentSchoolYear = (now: Date) =>
  now.getMonth() >= 6 ? now.getFullYear() + 1 : now.getFullYear();

export const fetchMyPerkins = (year: number, signal?: AbortSignal) =>
  getJson<TMyPerkinsStatus>(`/api/v1/me/perkins?year=${year}`, signal);
