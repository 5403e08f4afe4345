/**
 * UTF-8 bytes of texts made per request (a few KB each), written into slabs of 64 KB one after
 * another, each text its own slice, instead of one new buffer each: Node gives a text above
 * 4 KB a buffer of its own, which costs an allocation outside the heap and adds to what the
 * garbage collector tracks. A slab is written once and never again (no slice is ever reused
 * while a socket or a cache still holds it); it is freed when no slice of it is held any more.
 */
const SLAB = 64 * 1024;
/** Texts that may need more than this many bytes get a buffer of their own, as before. */
const LARGEST = SLAB / 4;

let slab = Buffer.allocUnsafeSlow(SLAB);
let used = 0;

/** Buffer.from(text, 'utf8'), the same bytes. */
export function utf8Bytes(text: string): Buffer {
  // A UTF-16 code unit takes at most three bytes in UTF-8 (a pair of them, four).
  const most = text.length * 3;
  if (most > LARGEST) return Buffer.from(text, 'utf8');
  if (used + most > SLAB) {
    slab = Buffer.allocUnsafeSlow(SLAB);
    used = 0;
  }
  const written = slab.write(text, used, 'utf8');
  const bytes = slab.subarray(used, used + written);
  // The next slice starts on a multiple of 8, as Node's own pool aligns them.
  used = (used + written + 7) & ~7;
  return bytes;
}

/** A copy of bytes in a slab slice of its own (one of their own when they are large). */
export function slabCopy(bytes: Uint8Array): Buffer {
  const size = bytes.length;
  if (size > LARGEST) return Buffer.from(bytes);
  if (used + size > SLAB) {
    slab = Buffer.allocUnsafeSlow(SLAB);
    used = 0;
  }
  slab.set(bytes, used);
  const copy = slab.subarray(used, used + size);
  used = (used + size + 7) & ~7;
  return copy;
}
