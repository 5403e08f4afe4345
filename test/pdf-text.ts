/**
 * Reading a PDF as a reader does: its text by pdftotext (Debian poppler-utils), and the
 * characters of a text that the program PDF's embedded fonts cannot draw (by their cmap, fontkit).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { PDF_FONTS } from '../src/importers/program-pdf.ts';

export const REQUIRED = process.env.WAYFINDER_REQUIRE_ALL === '1';
export const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;
if (!HAS_PDFTOTEXT && !REQUIRED)
  console.warn('pdftotext not found: skipping the PDF text tests (apt-get install poppler-utils)');

/** The PDF's text as pdftotext reads it (what a reader copies, searches or hears). */
export function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-pdf-'));
  try {
    const file = path.join(dir, 'program.pdf');
    fs.writeFileSync(file, pdf);
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    return run.stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fonts = Object.values(PDF_FONTS).map((file) => fontkit.openSync(file) as fontkit.Font);

/** Characters of the text that one of the embedded fonts has no glyph for. */
export function undrawable(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/.test(char)) continue;
    const code = char.codePointAt(0)!;
    if (!fonts.every((font) => font.hasGlyphForCodePoint(code)))
      missing.add(`${char} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`);
  }
  return [...missing];
}
