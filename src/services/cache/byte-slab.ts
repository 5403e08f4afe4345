/**
 * Bytes of answers made per request (a few KB each), copied into slabs of 64 KB one after
 * another, each answer its own slice, instead of one new buffer each: Node gives bytes above
 * 4 KB a buffer of their own, which costs an allocation outside the heap and adds to what the
 * garbage collector tracks. A slab is written once and never again (no slice is ever reused
 * while a socket or a cache still holds it); it is freed when no slice of it is held any more.
 */
const SLAB = 64 * 1024;
/** Answers larger than this get a buffer of their own. */
const LARGEST = SLAB / 4;

let slab = Buffer.allocUnsafeSlow(SLAB);
let used = 0;

/** A copy of bytes in a slab slice of its own (a buffer of their own when they are large). */
export function slabCopy(bytes: Uint8Array): Buffer {
  const size = bytes.length;
  if (size > LARGEST) return Buffer.from(bytes);
  if (used + size > SLAB) {
    slab = Buffer.allocUnsafeSlow(SLAB);
    used = 0;
  }
  slab.set(bytes, used);
  const copy = slab.subarray(used, used + size);
  // The next slice starts on a multiple of 8, as Node's own pool aligns them.
  used = (used + size + 7) & ~7;
  return copy;
}
