// How many people do each occupation's work, for search's prior: a detailed SOC code's BLS
// employment shared among its O*NET occupations, else what its broad code counts beyond the
// detailed codes with their own figures (OEWS counts "Home Health and Personal Care Aides",
// 31-1120, not 31-1121 and 31-1122).
import { describe, expect, it } from 'vitest';
import { employmentShares } from './search-repository.ts';

describe('employmentShares', () => {
  it('shares a detailed code among its O*NET occupations', () => {
    expect(
      employmentShares([
        { soc: '29-1141', employment: 3_000, broadEmployment: null },
        { soc: '29-1141', employment: 3_000, broadEmployment: null },
        { soc: '29-1171', employment: 500, broadEmployment: 9_000 },
      ]),
    ).toEqual([1_500, 1_500, 500]);
  });

  it('falls back to the broad code, less what its detailed codes count themselves', () => {
    expect(
      employmentShares([
        { soc: '31-1121', employment: null, broadEmployment: 4_000 },
        { soc: '31-1122', employment: null, broadEmployment: 4_000 },
        { soc: '31-1122', employment: 0, broadEmployment: 4_000 },
        { soc: '31-1123', employment: 1_000, broadEmployment: 4_000 },
      ]),
    ).toEqual([1_000, 1_000, 1_000, 1_000]);
  });

  it('is 0 where neither code is counted, and never below 0', () => {
    expect(
      employmentShares([
        { soc: '45-2099', employment: null, broadEmployment: null },
        { soc: '47-5041', employment: null, broadEmployment: 100 },
        { soc: '47-5042', employment: 500, broadEmployment: 100 },
      ]),
    ).toEqual([0, 0, 500]);
  });
});
