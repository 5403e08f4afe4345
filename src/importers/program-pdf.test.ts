/**
 * The program PDF of every demo program, in English and Spanish: its text, extracted by
 * pdftotext (poppler-utils), holds only characters the embedded font draws, the marks and
 * legend of the web diagram, and words in the program's language with plurals by rule.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import type { TProgramDetail } from '../contracts/program-api.ts';
import type { TProgramBody } from '../contracts/program.ts';
import { demoCatalog, demoPrograms } from '../data/demo/index.ts';
import type { ProgramVersionRecord } from '../db/program-repository.ts';
import type { Lang } from '../domain/framework.ts';
import { posLabels } from '../domain/program/pos-labels.ts';
import { presentDetail } from '../services/programs/present-program.ts';
import { legendLines, MARKS, PDF_FONTS, programToPdf } from './program-pdf.ts';

const REQUIRED = process.env.WAYFINDER_REQUIRE_ALL === '1';
const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;
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

function record(id: string, body: TProgramBody): ProgramVersionRecord {
  const now = new Date('2026-01-15T00:00:00Z');
  return {
    programId: id,
    version: 1,
    status: 'approved',
    title: body.title,
    body,
    findings: [],
    frameworkId: body.frameworkId,
    pathwayCode: body.pathwayCode,
    clusterCode: body.pathwayCode.slice(0, 2),
    ownerId: body.ownerId,
    createdAt: now,
    updatedAt: now,
    submittedAt: now,
    approvedAt: now,
    retiredAt: null,
  };
}

function detail(id: string, body: TProgramBody, lang: Lang): TProgramDetail {
  const r = record(id, body);
  const titles = {
    cluster: { code: r.clusterCode, title: lang === 'es' ? 'Salud y bienestar' : 'Health' },
    pathway: { code: r.pathwayCode, title: lang === 'es' ? 'Enfermería' : 'Nursing' },
  };
  return presentDetail({ record: r, versions: [r], catalog: demoCatalog, titles, lang });
}

describe('the embedded font', () => {
  it('draws the marks, accents and ñ, and the check finds what it cannot draw', () => {
    expect(undrawable('★ ◆ ⇄ — · áéíóúüñÁÉÍÓÚÜÑ ¿¡ «» “” ≥ º')).toEqual([]);
    // A character outside DejaVu Sans (a CJK ideograph) is reported, so the check can fail.
    expect(undrawable('漢 ok')).toEqual(['漢 (U+6F22)']);
  });
});

describe.skipIf(!HAS_PDFTOTEXT && !REQUIRED)('the program PDF', () => {
  const cases = demoPrograms.flatMap(({ id, program }) =>
    (['en', 'es'] as const).map((lang) => ({ id, program, lang })),
  );

  it.each(cases)(
    '$id ($lang): every character drawable, marks and legend, its language',
    async ({ id, program, lang }) => {
      const p = detail(id, program, lang);
      const text = pdfText(await programToPdf(p));
      const l = posLabels(lang);
      expect(undrawable(text), 'characters the font cannot draw').toEqual([]);
      expect(text).not.toContain('\uFFFD');
      expect(text).not.toMatch(/[{}#]/);
      const flat = text.replace(/\s+/g, ' ');
      for (const line of legendLines(lang)) expect(flat).toContain(line.replace(/\s+/g, ' '));
      expect(flat).toContain(`${l.words.legend}:`);
      const credentials = p.steps.flatMap((s) => s.credentials);
      if (credentials.length > 0) expect(text).toContain(`${MARKS.credential} `);
      if (p.steps.some((s) => s.workBasedLearning.length > 0)) expect(text).toContain(MARKS.wbl);
      if (p.steps.some((s) => s.courses.some((c) => c.earlyCredit.length > 0)))
        expect(text).toContain(`${MARKS.early} `);
      expect(flat).toContain(lang === 'es' ? 'Estado: Aprobado' : 'Status: Approved');
      if (lang === 'es') {
        expect(flat).not.toMatch(/\b1 unidades\b|\bapproved\b|\bunits\b|\bGrade \d/);
        expect(flat).toContain('9.º grado');
      } else {
        expect(flat).not.toMatch(/\b1 units\b|\bunidad/);
      }
    },
  );

  it('writes one unit in the singular in both languages', async () => {
    const withHalf = demoPrograms.find(({ program }) =>
      program.steps.some((s) =>
        s.courses.some((c) => {
          const course = demoCatalog.courses.find((x) => x.id === c);
          return course?.level === 'secondary' && course.carnegieUnits === 1;
        }),
      ),
    );
    expect(withHalf, 'a demo program with a one-unit course').toBeDefined();
    const en = pdfText(await programToPdf(detail(withHalf!.id, withHalf!.program, 'en')));
    const es = pdfText(await programToPdf(detail(withHalf!.id, withHalf!.program, 'es')));
    expect(en).toMatch(/— 1 unit\b/);
    expect(es).toMatch(/— 1 unidad\b/);
  });
});
