import { describe, expect, it } from 'vitest';
import { curatedPathwayLinks } from './index.ts';
import { shippedPathwayCodes } from './occupation-pathways.ts';
import { publicOccupationData } from './public-data.ts';

describe('shipped occupation → pathway links', () => {
  it("holds O*NET's crosswalk links and Wayfinder's curated ones", () => {
    const crosswalk = publicOccupationData().parts.flatMap((p) => p.data.pathwayLinks ?? []);
    expect(crosswalk.length).toBeGreaterThan(500);
    for (const l of [...crosswalk, ...curatedPathwayLinks])
      expect(shippedPathwayCodes(l.occupationCode), l.occupationCode).toContain(l.pathwayCode);
    // Registered nurses: health science only. Child care center administrators: O*NET's
    // education pathway, and early childhood by Wayfinder's link (pathway-links.ts).
    expect(shippedPathwayCodes('29-1141.00')).toEqual(['08-05']);
    expect(shippedPathwayCodes('11-9031.00')).toEqual(['05-01', '10-03']);
    expect(shippedPathwayCodes('99-9999.00')).toBeUndefined();
  });
});
