import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RIASEC } from '../../domain/occupation/riasec.ts';
import { PROFILER_ITEMS } from './index.ts';
import { renderInterestItems } from './render.ts';
import { SHARED_DATA, skipWithoutSharedData } from '../../../test/shared-data.ts';

const FOLDER = path.join(SHARED_DATA, 'interest-items');
const skip = skipWithoutSharedData('the check of onet-items.ts against the O*NET item files');

describe('O*NET Interest Profiler items', () => {
  it('has 10 items per area on the Short Form and 5 on the Mini-IP, ids unique', () => {
    for (const [form, per] of [
      [60, 10],
      [30, 5],
    ] as const) {
      const items = PROFILER_ITEMS[form];
      expect(new Set(items.map((i) => i.id)).size).toBe(form);
      for (const area of RIASEC) expect(items.filter((i) => i.area === area)).toHaveLength(per);
      for (const item of items) expect(item.text.en && item.text.es).toBeTruthy();
    }
  });

  it('uses the current wording of the two items O*NET re-worded', () => {
    const text = (id: string) => PROFILER_ITEMS[60].find((i) => i.id === id)!.text.en;
    expect(text('IP60-23')).toBe('Install software across computers on a large network');
    expect(text('IP60-43')).toBe('Teach sign language to people who are deaf or hard of hearing');
    expect(PROFILER_ITEMS[30][5]).toMatchObject({ id: 'MINI-06', area: 'C' });
    expect(PROFILER_ITEMS[30][5]!.text.en).toBe(text('IP60-23'));
  });

  it('asks the Short Form in pages of R R I I A A S S E E C C, and the Mini-IP in R I A S E C', () => {
    expect(
      PROFILER_ITEMS[60]
        .slice(0, 12)
        .map((i) => i.area)
        .join(''),
    ).toBe('RRIIAASSEECC');
    expect(PROFILER_ITEMS[30].map((i) => i.area).join('')).toBe('RIASEC'.repeat(5));
  });

  it.skipIf(skip)(
    'is exactly what scripts/generate-interest-items.ts makes from ../shared/data/interest-items',
    () => {
      const read = (f: string) => fs.readFileSync(path.join(FOLDER, f), 'utf8');
      const expected = renderInterestItems({
        sf60: read('onet-ip-sf-60.tsv'),
        mini30: read('onet-mini-ip-30.tsv'),
      });
      const actual = fs.readFileSync(path.join(import.meta.dirname, 'onet-items.ts'), 'utf8');
      expect(actual).toBe(expected);
    },
  );
});
