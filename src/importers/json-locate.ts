/**
 * Where things are in a JSON text: the line and column of an offset, the offset of the value at a
 * JSON path (for schema errors), and the offset of a syntax error (V8's messages do not always
 * give one). A small scanner over the text; it follows RFC 8259 as JSON.parse does.
 */

export interface LineColumn {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export function lineColumnAt(text: string, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** ["program", "steps", 0, "level"] → "program.steps[0].level". */
export function jsonPathString(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

class ScanError extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  ws(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.pos++;
    }
  }

  expect(char: string): void {
    if (this.text[this.pos] !== char) throw new ScanError(this.pos);
    this.pos++;
  }

  /** Reads a string at pos and returns its value. */
  string(): string {
    const start = this.pos;
    this.expect('"');
    const { text } = this;
    let escaped = false;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 0x22) {
        this.pos++;
        const raw = text.slice(start, this.pos);
        return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      }
      if (c < 0x20) throw new ScanError(this.pos);
      if (c === 0x5c) {
        escaped = true;
        const next = text[this.pos + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.pos + 2, this.pos + 6))) {
            throw new ScanError(this.pos);
          }
          this.pos += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) throw new ScanError(this.pos);
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
    throw new ScanError(this.pos);
  }

  /** Skips the value at pos (whitespace before it included), checking its syntax. */
  value(): void {
    this.ws();
    const c = this.text[this.pos];
    if (c === '{') this.members(() => this.value());
    else if (c === '[') this.elements(() => this.value());
    else if (c === '"') this.string();
    else this.scalar();
  }

  scalar(): void {
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.pos;
    if (!NUMBER.test(this.text)) throw new ScanError(this.pos);
    this.pos = NUMBER.lastIndex;
  }

  /** Walks an object at pos; `onValue(key)` reads each member's value (whitespace first). */
  members(onValue: (key: string) => void): void {
    this.expect('{');
    this.ws();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.ws();
      const key = this.string();
      this.ws();
      this.expect(':');
      onValue(key);
      this.ws();
      if (this.text[this.pos] === '}') {
        this.pos++;
        return;
      }
      this.expect(',');
    }
  }

  elements(onValue: (index: number) => void): void {
    this.expect('[');
    this.ws();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      onValue(index);
      this.ws();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return;
      }
      this.expect(',');
    }
  }
}

/**
 * The offset of the value at `segments` in a valid JSON text, or, when the path does not exist
 * (a missing field), of its deepest existing parent. Where a key repeats, the last one counts, as
 * in JSON.parse.
 */
export function locateJsonPath(text: string, segments: readonly PropertyKey[]): number {
  const scanner = new Scanner(text);
  scanner.ws();
  let found = scanner.pos;
  try {
    for (const segment of segments) {
      const start = scanner.pos;
      const c = text[start];
      let target: number | undefined;
      const remember = () => {
        scanner.ws();
        target = scanner.pos;
        scanner.value();
      };
      if (c === '{' && typeof segment === 'string') {
        scanner.members((key) => (key === segment ? remember() : scanner.value()));
      } else if (c === '[' && typeof segment === 'number') {
        scanner.elements((index) => (index === segment ? remember() : scanner.value()));
      }
      if (target === undefined) return found;
      found = target;
      scanner.pos = target;
    }
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
  }
  return found;
}

/**
 * The offset of the first syntax error in a JSON text: from JSON.parse's message when it names a
 * position, else found by scanning.
 */
export function syntaxErrorOffset(text: string, message: string): number {
  const match = /at position (\d+)/.exec(message);
  if (match) return Number(match[1]);
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.ws();
    return scanner.pos < text.length ? scanner.pos : text.length;
  } catch (error) {
    if (error instanceof ScanError) return error.offset;
    throw error;
  }
}

/**
 * The [start, end) offsets of each element of the array at `segments` in a valid JSON text, in
 * one pass (so a file of many resources can name each one's place cheaply); [] when the value
 * there is not an array.
 */
export function elementSpans(
  text: string,
  segments: readonly PropertyKey[],
): Array<[number, number]> {
  const at = locateJsonPath(text, segments);
  const spans: Array<[number, number]> = [];
  if (text[at] !== '[') return spans;
  const scanner = new Scanner(text);
  scanner.pos = at;
  try {
    scanner.elements(() => {
      scanner.ws();
      const start = scanner.pos;
      scanner.value();
      spans.push([start, scanner.pos]);
    });
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
  }
  return spans;
}

/** Line and column of many offsets in one text: the line starts are found once. */
export class LineIndex {
  readonly #starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.#starts.push(i + 1);
  }

  at(offset: number): LineColumn {
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}
