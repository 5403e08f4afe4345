/**
 * Which answers a cache should keep: those asked for a second time while their key is still
 * remembered. An answer that is kept outlives collections of the young generation, and the cost
 * of one of those is what survives it; when nearly every request is new (an answer set sent once),
 * keeping each answer costs more than the rare repeat saves. A key costs a few dozen bytes
 * instead of the answer's objects and bytes.
 */
export class Admission {
  readonly #seen = new Set<string>();

  /** Remembers up to `size` keys asked for once, forgetting the oldest first. */
  constructor(readonly size: number) {}

  /** Whether to keep the answer for this key: true when it was asked for once before. */
  admit(key: string): boolean {
    if (this.#seen.delete(key)) return true;
    if (this.#seen.size >= this.size) this.#seen.delete(this.#seen.values().next().value!);
    this.#seen.add(key);
    return false;
  }
}
