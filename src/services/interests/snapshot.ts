/**
 * The occupations results are matched against, as loaded at one time: prepared for matching and
 * kept whole for what results show. Built the same way on the main thread and in the scoring
 * thread (scoring-thread.ts), so both answer alike.
 */
import type { SourceRow } from '../../db/occupation-repository.ts';
import type { OccupationRow } from '../../db/occupation-rows.ts';
import {
  matchPrepared,
  prepareOccupations,
  type MatchResult,
  type PreparedOccupation,
} from '../../domain/interests/matching.ts';
import type { InterestProfile } from '../../domain/interests/scoring.ts';

export interface Snapshot {
  frameworkId: string;
  loadedAt: number;
  matchable: PreparedOccupation[];
  rows: Map<string, OccupationRow>;
  pathwaysOf: Map<string, string[]>;
  /** Every data source the loaded occupations name, read once with them. */
  sources: Map<string, SourceRow>;
}

export function snapshotOf(
  frameworkId: string,
  loadedAt: number,
  rows: readonly OccupationRow[],
  pathwaysOf: Map<string, string[]>,
  sources: readonly SourceRow[],
): Snapshot {
  return {
    frameworkId,
    loadedAt,
    sources: new Map(sources.map((source) => [source.id, source])),
    matchable: prepareOccupations(
      rows.map((r) => ({
        code: r.code,
        riasec: r.riasec,
        jobZone: r.jobZone,
        pathways: pathwaysOf.get(r.code) ?? [],
      })),
    ),
    rows: new Map(rows.map((r) => [r.code, r])),
    pathwaysOf,
  };
}

/** What a request narrows and limits matching to (zonesOf: undefined when it does not narrow). */
export interface MatchAsked {
  jobZones: number[] | undefined;
  limit: number;
}

/** A profile scored and matched against a snapshot: nothing matches a flat profile. */
export function scoredOf(
  profile: InterestProfile,
  matchable: readonly PreparedOccupation[],
  asked: MatchAsked,
): InterestProfile & MatchResult {
  const { occupations, pathways, clusters } = profile.flat
    ? EMPTY
    : matchPrepared(profile.scores, matchable, { jobZones: asked.jobZones }, asked.limit);
  const { scores, max, code, tied, flat } = profile;
  // One object, as a spread of the two would make, at less cost.
  return { scores, max, code, tied, flat, occupations, pathways, clusters };
}

const EMPTY: MatchResult = { occupations: [], pathways: [], clusters: [] };
