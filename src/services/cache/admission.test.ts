import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Admission } from './admission.ts';

describe('Admission', () => {
  it('admits a key the second time it is asked for, then forgets it', () => {
    const admission = new Admission(2);
    expect(admission.admit('a')).toBe(false);
    expect(admission.admit('a')).toBe(true);
    // Admitted: the cache holds it now; asked again after that, it starts over.
    expect(admission.admit('a')).toBe(false);
  });

  it('forgets the oldest key once it remembers `size` of them', () => {
    const admission = new Admission(2);
    admission.admit('a');
    admission.admit('b');
    admission.admit('c');
    expect(admission.admit('a')).toBe(false);
    expect(admission.admit('c')).toBe(true);
  });

  it('behaves as a list of the last `size` keys asked for once (model)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 60 }),
        (size, keys) => {
          const admission = new Admission(size);
          let model: string[] = [];
          for (const key of keys) {
            const expected = model.includes(key);
            if (expected) model = model.filter((k) => k !== key);
            else model = [...model, key].slice(-size);
            expect(admission.admit(key)).toBe(expected);
          }
        },
      ),
    );
  });
});
