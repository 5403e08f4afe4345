/**
 * Occupations in blocks of like shape, so that a match can pass over a whole block that cannot
 * hold a fit it would keep (matchPrepared in matching.ts).
 *
 * An occupation's fit is r = e · u, for the student's unit deviation vector e and the
 * occupation's u (dev / norm). A block keeps a unit centre c and the widest angle θ between c and
 * any of its occupations' u (as cos θ and sin θ). If e is at an angle φ from c, no occupation of
 * the block has r above cos(max(0, φ − θ)): 1 when cos φ ≥ cos θ, else
 * cos φ · cos θ + sin φ · sin θ. Blocks are then visited best bound first, and the rest are not
 * looked at once the bound falls below the fit the match still needs.
 *
 * The blocks are made once per occupation list, per job zone (a narrowing keeps or drops whole
 * blocks), by a few rounds of k-means on the unit vectors from a deterministic start. How good
 * the blocks are only decides how much is passed over: the bound holds for any grouping
 * (match-blocks.test.ts).
 */

/** About this many occupations a block. */
const BLOCK_SIZE = 24;
const ROUNDS = 8;
/** Added to each bound: far more than floating point can be off, far less than what matters. */
const MARGIN = 1e-9;
/**
 * Added under each square root of 1 − cos²: near cos = ±1 a rounding error of 1e-16 in the
 * cosine becomes one of about 1e-8 in the sine (more than MARGIN), and this keeps every sine at
 * or above its true value; the bound moves up by at most 1e-7 (match-blocks.test.ts).
 */
const UNDER_ROOT = 4e-15;

export interface Blocks {
  /** Each block's members are block positions start[b] … start[b + 1] − 1. */
  start: Int32Array;
  /** The occupation at each block position. */
  member: Int32Array;
  /** Each block position's unit vector (6 numbers), single precision, in block order. */
  unit32: Float32Array;
  /** Each block's zone bucket (an index into the layout's zoneKeys). */
  zone: Int32Array;
  /** Each block's unit centre (6 numbers), and cos θ and sin θ of its widest angle. */
  centre: Float64Array;
  cos: Float64Array;
  sin: Float64Array;
  /** Scratch for one match: the blocks in order of their bound (sort keys). */
  keys: Float64Array;
}

/** Unit vectors (6 numbers each, n of them) in blocks, per zone bucket (zoneOf[i]). */
export function makeBlocks(unit: Float64Array, zoneOf: Int32Array, zones: number): Blocks {
  const n = zoneOf.length;
  const groups: number[][] = [];
  for (let z = 0; z < zones; z++) {
    const inZone: number[] = [];
    for (let i = 0; i < n; i++) if (zoneOf[i] === z) inZone.push(i);
    for (const group of kMeans(unit, inZone)) groups.push(group);
  }
  const blocks = groups.length;
  const start = new Int32Array(blocks + 1);
  const member = new Int32Array(n);
  const unit32 = new Float32Array(n * 6);
  const zone = new Int32Array(blocks);
  const centre = new Float64Array(blocks * 6);
  const cos = new Float64Array(blocks);
  const sin = new Float64Array(blocks);
  let at = 0;
  groups.forEach((group, b) => {
    start[b] = at;
    zone[b] = zoneOf[group[0]!]!;
    const c = centreOf(unit, group);
    centre.set(c, b * 6);
    let least = 1;
    for (const i of group) {
      least = Math.min(least, dot(c, unit, i));
      member[at] = i;
      for (let k = 0; k < 6; k++) unit32[at * 6 + k] = unit[i * 6 + k]!;
      at++;
    }
    const cosTheta = Math.max(-1, Math.min(1, least) - MARGIN);
    cos[b] = cosTheta;
    sin[b] = Math.min(1, Math.sqrt(Math.max(0, 1 - cosTheta * cosTheta) + UNDER_ROOT) + MARGIN);
  });
  start[blocks] = at;
  return { start, member, unit32, zone, centre, cos, sin, keys: new Float64Array(blocks) };
}

/**
 * The highest r any occupation of block b can have for the unit vector (e0 … e5), a little
 * above it: what matchPrepared compares with the fit it needs.
 */
export function blockBound(
  blocks: Blocks,
  b: number,
  e0: number,
  e1: number,
  e2: number,
  e3: number,
  e4: number,
  e5: number,
): number {
  const { centre } = blocks;
  const k = b * 6;
  const a =
    e0 * centre[k]! +
    e1 * centre[k + 1]! +
    e2 * centre[k + 2]! +
    e3 * centre[k + 3]! +
    e4 * centre[k + 4]! +
    e5 * centre[k + 5]!;
  const cosTheta = blocks.cos[b]!;
  if (a >= cosTheta) return 1 + MARGIN;
  const sinPhi = Math.sqrt(Math.max(0, 1 - a * a) + UNDER_ROOT);
  return a * cosTheta + sinPhi * blocks.sin[b]! + MARGIN;
}

/** Room for a block's index in its sort key: more blocks than there can be. */
const BLOCK_KEY = 2 ** 20;

/**
 * The kept blocks (all when `kept` is undefined) by the highest r they can hold for the
 * student's deviations ds (of length nx), best first, as sort keys: the bound in millionths
 * (rounded up) made negative, with the block's index in the low bits, which a typed array sorts
 * as numbers. Read with blockOf and boundOf. Scratch: valid until the next call.
 */
export function blocksInOrder(
  blocks: Blocks,
  kept: Uint8Array | undefined,
  ds: readonly number[],
  nx: number,
): Float64Array {
  const { zone, keys } = blocks;
  const e0 = ds[0]! / nx;
  const e1 = ds[1]! / nx;
  const e2 = ds[2]! / nx;
  const e3 = ds[3]! / nx;
  const e4 = ds[4]! / nx;
  const e5 = ds[5]! / nx;
  let count = 0;
  for (let b = 0; b < zone.length; b++) {
    if (kept !== undefined && kept[zone[b]!] === 0) continue;
    const bound = blockBound(blocks, b, e0, e1, e2, e3, e4, e5);
    keys[count++] = -Math.ceil(bound * 1e6) * BLOCK_KEY + b;
  }
  return keys.subarray(0, count).sort();
}

/** The block a sort key of blocksInOrder stands for. */
export const blockOf = (key: number) => key - Math.floor(key / BLOCK_KEY) * BLOCK_KEY;
/** The bound a sort key of blocksInOrder holds (rounded up to a millionth): at least blockBound. */
export const boundOf = (key: number) => -(key - blockOf(key)) / BLOCK_KEY / 1e6;

function dot(c: ArrayLike<number>, unit: Float64Array, i: number): number {
  let s = 0;
  for (let k = 0; k < 6; k++) s += c[k]! * unit[i * 6 + k]!;
  return s;
}

/** The members' mean direction as a unit vector (the first member's when they cancel out). */
function centreOf(unit: Float64Array, group: readonly number[]): number[] {
  const c = [0, 0, 0, 0, 0, 0];
  for (const i of group) for (let k = 0; k < 6; k++) c[k]! += unit[i * 6 + k]!;
  const length = Math.hypot(...c);
  if (length < 1e-12) return Array.from(unit.subarray(group[0]! * 6, group[0]! * 6 + 6));
  return c.map((v) => v / length);
}

/**
 * Spherical k-means over the listed vectors: centres first spread out (the first vector, then
 * each time the one farthest from every centre so far), then a few rounds of assigning each
 * vector to its nearest centre and re-centring. Empty groups are dropped. Deterministic.
 */
function kMeans(unit: Float64Array, items: readonly number[]): number[][] {
  if (items.length === 0) return [];
  const k = Math.max(1, Math.ceil(items.length / BLOCK_SIZE));
  const centres: number[][] = [Array.from(unit.subarray(items[0]! * 6, items[0]! * 6 + 6))];
  const nearest = items.map((i) => dot(centres[0]!, unit, i));
  while (centres.length < k) {
    let far = 0;
    for (let j = 1; j < items.length; j++) if (nearest[j]! < nearest[far]!) far = j;
    const c = Array.from(unit.subarray(items[far]! * 6, items[far]! * 6 + 6));
    centres.push(c);
    items.forEach((i, j) => (nearest[j] = Math.max(nearest[j]!, dot(c, unit, i))));
  }
  let groups: number[][] = [];
  for (let round = 0; round < ROUNDS; round++) {
    groups = centres.map(() => []);
    for (const i of items) {
      let best = 0;
      let bestDot = -Infinity;
      centres.forEach((c, g) => {
        const d = dot(c, unit, i);
        if (d > bestDot) [best, bestDot] = [g, d];
      });
      groups[best]!.push(i);
    }
    groups.forEach((group, g) => {
      if (group.length > 0) centres[g] = centreOf(unit, group);
    });
  }
  return groups.filter((group) => group.length > 0);
}
