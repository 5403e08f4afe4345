/**
 * The built-in rules profiles (JSON files beside this one, in the format of
 * schemas/profile.schema.json) and how a program finds its profile: the one asked for by name,
 * else the one its owning organization picked (catalog institution `programProfile`), else
 * `classic`, which reproduces the rules as they were before profiles.
 */
import {
  ZProgramProfile,
  type TProgramProfile,
  type TSequenceLevel,
} from '../../../contracts/program-profile.ts';
import type { TProgramFile } from '../../../contracts/program.ts';
import classic from './classic.json' with { type: 'json' };
import federal from './federal.json' with { type: 'json' };
import stateExample from './state-example.json' with { type: 'json' };

export const DEFAULT_PROFILE = 'classic';

export const BUILT_IN_PROFILES: ReadonlyMap<string, TProgramProfile> = new Map(
  [classic, federal, stateExample].map((json) => {
    const profile = ZProgramProfile.parse(json);
    return [profile.id, profile];
  }),
);

export const builtInProfile = (name: string): TProgramProfile | undefined =>
  BUILT_IN_PROFILES.get(name);

const classicProfile = (): TProgramProfile => BUILT_IN_PROFILES.get(DEFAULT_PROFILE)!;

/** The name of the profile the program's owner picked, if any. */
export function ownerProfileName(file: TProgramFile): string | undefined {
  return file.catalog.institutions.find((i) => i.id === file.program.ownerId)?.programProfile;
}

/**
 * The profile a program is checked against: `override` (a profile) when given, else its owner's
 * built-in profile, else classic. An owner's unknown profile name falls back to classic.
 */
export function profileFor(file: TProgramFile, override?: TProgramProfile): TProgramProfile {
  if (override) return override;
  const name = ownerProfileName(file);
  return (name !== undefined ? BUILT_IN_PROFILES.get(name) : undefined) ?? classicProfile();
}

const KNOWN_LEVELS: ReadonlySet<string> = new Set(['introductory', 'intermediate', 'capstone']);

/** A course's sequence level in the profile's terms, or undefined when the profile does not know it. */
export function sequenceLevelOf(
  profile: TProgramProfile,
  name: string,
): TSequenceLevel | undefined {
  const mapped = profile.options.levelNames[name];
  if (mapped) return mapped;
  const lower = name.toLowerCase();
  return KNOWN_LEVELS.has(lower) ? (lower as TSequenceLevel) : undefined;
}
