/**
 * JSON written as UTF-8 bytes from pieces encoded once: for answers put together per request
 * from parts that do not change (titles, codes, wages) and a few that do (numbers, short ASCII
 * words). Copying bytes skips what a string answer costs on every request: joining the pieces
 * into one string, then encoding all of it again, and the garbage of both.
 *
 * One writer is shared by every answer (answers are written synchronously, one at a time); an
 * answer's bytes are copied out of it into a slab slice (byte-slab.ts) when it is done.
 */
import { slabCopy } from './byte-slab.ts';

/** A piece of JSON as bytes, encoded once. */
export type Piece = Uint8Array;

/** The UTF-8 bytes of a piece of JSON text. */
export const piece = (text: string): Piece => Buffer.from(text, 'utf8');

/** JSON numbers a whole number from 0 to this is written from, encoded once each. */
const SMALL = 1024;
const SMALL_INTS: Piece[] = Array.from({ length: SMALL + 1 }, (_, n) => piece(String(n)));

export class JsonBytes {
  #buf: Buffer = Buffer.allocUnsafeSlow(64 * 1024);
  #pos = 0;

  /** Starts a new answer. */
  start(): this {
    this.#pos = 0;
    return this;
  }

  /** Appends bytes encoded once. */
  bytes(bytes: Piece): this {
    const size = bytes.length;
    const end = this.#pos + size;
    if (end > this.#buf.length) this.#grow(end);
    const buf = this.#buf;
    // Most pieces are a few bytes (a comma, a key, a number): a loop costs less than set's call.
    if (size <= 16) for (let i = 0, at = this.#pos; i < size; i++) buf[at++] = bytes[i]!;
    else buf.set(bytes, this.#pos);
    this.#pos = end;
    return this;
  }

  /**
   * Appends text of ASCII characters that JSON writes as themselves (letters, digits,
   * punctuation: nothing to escape). The caller knows it is such text.
   */
  ascii(text: string): this {
    const end = this.#pos + text.length;
    if (end > this.#buf.length) this.#grow(end);
    const buf = this.#buf;
    let at = this.#pos;
    for (let i = 0; i < text.length; i++) buf[at++] = text.charCodeAt(i);
    this.#pos = end;
    return this;
  }

  /** Appends a number as JSON.stringify writes it (null for NaN and the infinities). */
  number(n: number): this {
    if (Number.isInteger(n) && n >= 0 && n <= SMALL) return this.bytes(SMALL_INTS[n]!);
    return this.ascii(Number.isFinite(n) ? String(n) : 'null');
  }

  /** The answer written since start(), as bytes of their own (a slab slice). */
  done(): Buffer {
    return slabCopy(this.#buf.subarray(0, this.#pos));
  }

  #grow(needed: number): void {
    const bigger = Buffer.allocUnsafeSlow(Math.max(needed, this.#buf.length * 2));
    this.#buf.copy(bigger, 0, 0, this.#pos);
    this.#buf = bigger;
  }
}
