/**
 * The program PDF of every demo program, in English and Spanish: its text, extracted by
 * pdftotext (poppler-utils), holds only characters the embedded font draws, the marks and
 * legend of the web diagram, and words in the program's language with plurals by rule.
 */
import { describe, expect, it } from 'vitest';
import type { TProgramDetail } from '../contracts/program-api.ts';
import type { TProgramBody } from '../contracts/program.ts';
import { demoCatalog, demoPrograms } from '../data/demo/index.ts';
import type { ProgramVersionRecord } from '../db/program-repository.ts';
import type { Lang } from '../domain/framework.ts';
import { posLabels } from '../domain/program/pos-labels.ts';
import { credentialNote } from '../domain/program/pos-texts.ts';
import { presentDetail } from '../services/programs/present-program.ts';
import { HAS_PDFTOTEXT, pdfText, REQUIRED, undrawable } from '../../test/pdf-text.ts';
import { legendLines, MARKS, programToPdf } from './program-pdf.ts';

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
    ownerName: body.ownerId,
    ownerDistrictId: null,
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
      // Each exit point's jobs, under its credentials (every demo program ties some).
      expect(p.steps.some((s) => (s.exitOccupations ?? []).length > 0)).toBe(true);
      expect(flat).toContain(`${l.words.jobsHere}:`);
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

  it.each(['en', 'es'] as const)(
    'names each credential with its type and issuer (%s)',
    async (lang) => {
      const { id, program } = demoPrograms[0]!;
      const p = detail(id, program, lang);
      const credentials = p.steps.flatMap((s) => s.credentials);
      expect(credentials.some((c) => c.issuer)).toBe(true);
      // Lines break after spaces, and after a dash or slash inside a name.
      const flat = pdfText(await programToPdf(p))
        .replace(/\s+/g, ' ')
        .replace(/([–/-]) /g, '$1');
      for (const c of credentials) {
        const note = credentialNote(lang, c);
        expect(note).toContain(c.issuer ?? posLabels(lang).credential[c.type]);
        expect(flat).toContain(
          `${MARKS.credential} ${c.title} (${note})`.replace(/([–/-]) /g, '$1'),
        );
      }
      expect(flat).toMatch(lang === 'es' ? / otorgad[ao] por / : / issued by /);
    },
  );

  it('goes on over further pages, header repeated, when even the smallest type cannot fit one', async () => {
    const { id, program } = demoPrograms[0]!;
    const p = detail(id, program, 'en');
    const titles: string[] = [];
    // Fourteen more courses in every step, and grade 12 alone more than one page holds.
    const big = {
      ...p,
      steps: p.steps.map((step, s) => {
        if (step.courses.length === 0) return step;
        const more = step.level === 'grade-12' ? 90 : 14;
        return {
          ...step,
          courses: [
            ...step.courses,
            ...Array.from({ length: more }, (_, k) => {
              const title = `Added course ${s}.${k} on applied practice and professional readiness`;
              titles.push(title);
              return { ...step.courses[0]!, id: `added-${s}-${k}`, code: `ADD ${s}${k}`, title };
            }),
          ],
        };
      }),
    };
    const text = pdfText(await programToPdf(big));
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    // Each page of the grid starts with the header row; the occupations and legend may follow
    // on a page of their own.
    const l = posLabels('en');
    const header = `${l.words.credentials} / ${l.words.workBasedLearning}`;
    const grid = pages.filter((page) => !page.trimStart().startsWith(l.words.occupations));
    expect(grid.length).toBeGreaterThan(1);
    for (const page of grid) expect(page.replace(/\s+/g, ' ')).toContain(header);
    const flat = text.replace(/\s+/g, ' ');
    for (const title of titles) expect(flat).toContain(title);
    for (const line of legendLines('en')) expect(flat).toContain(line.replace(/\s+/g, ' '));
    // The row too tall for a page goes on under its level's name.
    expect(flat).toContain(`${l.level['grade-12']} (${l.words.continued})`);
  });

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
