/**
 * The requirement sets Wayfinder ships: the demo district's diploma and a Texas-style Foundation
 * program with an endorsement. Each is a JSON file described by schemas/requirement-set.schema.json.
 */
import { ZRequirementSet, type TRequirementSet } from '../../contracts/requirements.ts';
import rusdDiploma from './rusd-diploma.json' with { type: 'json' };
import texas from './tx-foundation-endorsement.json' with { type: 'json' };

export const SHIPPED_REQUIREMENT_SETS: readonly TRequirementSet[] = [rusdDiploma, texas].map(
  (file) => ZRequirementSet.parse(file),
);

export const shippedRequirementSet = (id: string): TRequirementSet | undefined =>
  SHIPPED_REQUIREMENT_SETS.find((set) => set.id === id);
