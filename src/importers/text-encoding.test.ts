import { describe, expect, it } from 'vitest';
import { decodeText } from './text-encoding.ts';

describe('decodeText', () => {
  const text = 'course_title\nEspañol I – Conversación\n';
  it('reads UTF-8 (keeping a BOM for the CSV reader), UTF-16 by its mark, else Windows-1252', () => {
    expect(decodeText(Buffer.from(text))).toBe(text);
    expect(decodeText(Buffer.from(`\uFEFF${text}`))).toBe(`\uFEFF${text}`);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeText(le)).toBe(text);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(be)).toBe(text);
    const cp1252 = Buffer.from([...text].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
    expect(decodeText(cp1252)).toBe(text);
  });
});
