/**
 * The built-in Perkins V counting profiles (JSON files in profiles/, in the format of
 * schemas/perkins-profile.schema.json) and what a course's level means in a profile.
 */
import {
  ZPerkinsProfile,
  type TPerkinsProfile,
  type TStatusRule,
} from '../../contracts/perkins.ts';
import type { TSequenceLevel } from '../../contracts/program-profile.ts';
import federal from './profiles/federal.json' with { type: 'json' };
import nebraskaLike from './profiles/nebraska-like.json' with { type: 'json' };
import texasLike from './profiles/texas-like.json' with { type: 'json' };

export const PERKINS_PROFILES: ReadonlyMap<string, TPerkinsProfile> = new Map(
  [federal, texasLike, nebraskaLike].map((json) => {
    const profile = ZPerkinsProfile.parse(json);
    return [profile.id, profile];
  }),
);

export const perkinsProfile = (name: string): TPerkinsProfile | undefined =>
  PERKINS_PROFILES.get(name);

const DEFAULT_RANK: Record<TSequenceLevel, number> = {
  introductory: 1,
  intermediate: 2,
  capstone: 3,
};

export interface ResolvedLevel {
  level: TSequenceLevel;
  rank: number;
}

/** A course's level name (the catalog's `sequenceLevel`) in the profile's terms; undefined when unknown. */
export function resolveLevel(
  profile: TPerkinsProfile,
  name: string | null | undefined,
): ResolvedLevel | undefined {
  if (!name) return undefined;
  const named = profile.levelNames[name];
  if (named) return named;
  const lower = name.trim().toLowerCase() as TSequenceLevel;
  return lower in DEFAULT_RANK ? { level: lower, rank: DEFAULT_RANK[lower] } : undefined;
}

/** Whether a course of this level counts towards the rule at all. */
export function countsFor(rule: TStatusRule, level: ResolvedLevel | undefined): boolean {
  if (!rule.countedLevels) return true;
  return level !== undefined && rule.countedLevels.includes(level.level);
}

/** Whether a counted course of this level meets the rule's rank condition ("level 3 or 4"). */
export function meetsRank(rule: TStatusRule, level: ResolvedLevel | undefined): boolean {
  if (!rule.minAtRank) return false;
  return level !== undefined && level.rank >= rule.minAtRank.rank;
}
