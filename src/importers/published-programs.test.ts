/**
 * Programs of study as states and colleges publish them (examples/programs/published/, sources in
 * its README): each file reads as a program file, the rules find in it what the published plan
 * leaves out (and nothing the model cannot say), and the diagram grid, the PDF and the CSV show
 * its choices of courses, variable credit and renewable credentials in English and Spanish.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TProgramDetail } from '../contracts/program-api.ts';
import { STEP_LEVELS, type TProgramFile } from '../contracts/program.ts';
import { DEFAULT_FRAMEWORK_ID, frameworks } from '../data/index.ts';
import { shippedOccupationEntry } from '../data/occupations/occupation-entries.ts';
import { shippedPathwayCodes } from '../data/occupations/occupation-pathways.ts';
import type { Lang } from '../domain/framework.ts';
import { buildPosGrid } from '../domain/program/pos-grid.ts';
import { posLabels } from '../domain/program/pos-labels.ts';
import {
  chooseText,
  credentialNote,
  creditsText,
  validityText,
} from '../domain/program/pos-texts.ts';
import { validateProgram } from '../domain/program/validate-program.ts';
import { draftDetail } from '../../test/program-detail.ts';
import { HAS_PDFTOTEXT, pdfText, REQUIRED, undrawable } from '../../test/pdf-text.ts';
import { programToCsv } from './program-csv.ts';
import { programToPdf } from './program-pdf.ts';
import { readProgramFile } from './program-file.ts';

const dir = path.resolve(import.meta.dirname, '../../examples/programs/published');
const names = fs.readdirSync(dir).filter((name) => name.endsWith('.json'));

/**
 * What the rules find in each published program under its owner's profile: the parts the
 * published plan does not give (see the README), never a course, credit or credential it does.
 */
const EXPECTED: Record<string, { errors: string[]; warnings: string[] }> = {
  // Florida's pathway plan gives every grade's academics but no college CTE course and no dual
  // enrollment; the university part is the bachelor's critical-tracking science and math.
  // O*NET files veterinary assistants under Health Science's Support Services.
  'fl-animal-science-and-services.json': {
    errors: ['pos.academic-and-cte', 'pos.early-postsecondary-credit'],
    warnings: ['pos.occupations-fit-pathway', 'pos.partners-employer'],
  },
  // Kentucky lists only the pathway's CTE courses (academics are the state's graduation
  // requirements), and its high school Medical Terminology comes again as a college course.
  // A California community college's certificate, degree and permit map: no high school part.
  'ca-child-development-teacher.json': {
    errors: [
      'pos.starts-by-grade-9',
      'pos.academic-and-cte',
      'pos.early-postsecondary-credit',
      'pos.partners-secondary-postsecondary',
    ],
    warnings: ['pos.partners-employer'],
  },
  // Georgia's model names the degrees after the Patient Care Assistant certificate, not their
  // courses, and leaves the academics to the graduation requirements (the dual-enrollment
  // college courses count as postsecondary content); no college issues its associate degree.
  'ga-patient-care-dual-enrollment.json': {
    errors: ['pos.two-postsecondary-years', 'pos.academic-and-cte'],
    warnings: ['pos.partners-employer', 'pos.credential-issuer-level'],
  },
  'ky-pre-nursing-practical-nursing.json': {
    errors: ['pos.academic-and-cte', 'pos.no-repeated-content'],
    warnings: ['pos.partners-employer'],
  },
  // A registered apprenticeship as the college publishes it: no high school part, no general
  // education in the trade's core, no secondary partner.
  'or-manufacturing-plant-electrician-apprenticeship.json': {
    errors: [
      'pos.starts-by-grade-9',
      'pos.academic-and-cte',
      'pos.early-postsecondary-credit',
      'pos.partners-secondary-postsecondary',
    ],
    warnings: ['pos.partners-employer'],
  },
  // Chippewa Valley Technical College's apprenticeship: related instruction only, no high school
  // part, no general education, no secondary partner (as Oregon's).
  'wi-construction-electrician-apprenticeship.json': {
    errors: [
      'pos.starts-by-grade-9',
      'pos.academic-and-cte',
      'pos.early-postsecondary-credit',
      'pos.partners-secondary-postsecondary',
    ],
    warnings: ['pos.partners-employer'],
  },
  // Texas's statewide program names college programs, not courses or colleges, and no dual credit.
  'tx-digital-communications.json': {
    errors: [
      'pos.academic-and-cte',
      'pos.early-postsecondary-credit',
      'pos.partners-secondary-postsecondary',
    ],
    warnings: [
      'pos.occupations-fit-pathway',
      'pos.partners-employer',
      'pos.credential-issuer-level',
    ],
  },
};

async function read(name: string): Promise<TProgramFile> {
  const result = await readProgramFile(path.join(dir, name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return result.file;
}

const detail = (file: TProgramFile, lang: Lang): TProgramDetail =>
  draftDetail(file, lang, file.id!);

const framework = frameworks.find((f) => f.id === DEFAULT_FRAMEWORK_ID)!;
const knownPathways = framework.clusters.flatMap((c) => c.pathways.map((p) => p.code));

describe('published programs of study', () => {
  it('are all expected, one per state at least', () => {
    expect(new Set(names)).toEqual(new Set(Object.keys(EXPECTED)));
    const states = new Set(names.map((n) => n.slice(0, 2)));
    expect(states.size).toBeGreaterThanOrEqual(3);
  });

  it.each(names)('%s: the rules find only what the published plan leaves out', async (name) => {
    const file = await read(name);
    const findings = validateProgram(file, {
      knownPathways,
      pathwayCodesOf: shippedPathwayCodes,
      occupationEntryOf: shippedOccupationEntry,
      today: '2026-11-01',
    });
    const rules = (severity: string) =>
      new Set(findings.filter((f) => f.severity === severity).map((f) => f.rule));
    expect(rules('error')).toEqual(new Set(EXPECTED[name]!.errors));
    expect(rules('warning')).toEqual(new Set(EXPECTED[name]!.warnings));
    // The model's own checks pass: every reference resolves, no course is listed twice.
    for (const rule of ['pos.references-resolve', 'pos.unique-ids', 'pos.no-duplicate-course'])
      expect(findings.filter((f) => f.rule === rule)).toEqual([]);
  });

  it.each(names)('%s: every step, choice and credential reaches the diagram grid', async (name) => {
    const file = await read(name);
    for (const lang of ['en', 'es'] as const) {
      const p = detail(file, lang);
      const labels = posLabels(lang);
      const grid = buildPosGrid(p, (level) => labels.level[level]);
      expect(grid.rows.map((r) => r.level)).toEqual([
        ...new Set(file.program.steps.map((s) => s.level)),
      ]);
      const inGrid = grid.rows.flatMap((row) => [
        ...Object.values(row.cells).flat(),
        ...Object.values(row.choices)
          .flat()
          .flatMap((c) => c.courses),
      ]);
      const named = file.program.steps.flatMap((s) => [
        ...s.courses,
        ...(s.choices ?? []).flatMap((c) => c.courses),
      ]);
      expect(inGrid.map((c) => c.id).sort()).toEqual([...named].sort());
      const choices = grid.rows.flatMap((row) => Object.values(row.choices).flat());
      expect(choices.length).toBe(file.program.steps.flatMap((s) => s.choices ?? []).length);
      expect(grid.rows.flatMap((r) => r.credentials.map((c) => `${c.id}|${c.term ?? ''}`))).toEqual(
        file.program.steps
          .slice()
          .sort((a, b) => STEP_LEVELS.indexOf(a.level) - STEP_LEVELS.indexOf(b.level))
          .flatMap((s) =>
            s.credentials.map((id) => `${id}|${s.term && s.term !== 'year' ? s.term : ''}`),
          ),
      );
      // A row holds its level's terms (a college year's fall and spring): each course and choice
      // of a step that names a term keeps it, and nothing else gets one.
      const termed = grid.rows.flatMap((row) => [
        ...Object.values(row.cells)
          .flat()
          .map((c) => `${row.level}|${c.id}|${c.term ?? ''}`),
        ...Object.values(row.choices)
          .flat()
          .map((c) => `${row.level}|${c.courses.map((x) => x.id).join('+')}|${c.term ?? ''}`),
      ]);
      const stepTerm = (s: (typeof file.program.steps)[number]) =>
        s.term && s.term !== 'year' ? s.term : '';
      expect(termed.sort()).toEqual(
        file.program.steps
          .flatMap((s) => [
            ...s.courses.map((id) => `${s.level}|${id}|${stepTerm(s)}`),
            ...(s.choices ?? []).map((c) => `${s.level}|${c.courses.join('+')}|${stepTerm(s)}`),
          ])
          .sort(),
      );
    }
  });
});

describe.skipIf(!HAS_PDFTOTEXT && !REQUIRED)('published programs as PDF and CSV', () => {
  const cases = names.flatMap((name) => (['en', 'es'] as const).map((lang) => ({ name, lang })));

  it.each(cases)(
    '$name ($lang): one page, its choices, ranges and renewals',
    async ({ name, lang }) => {
      const file = await read(name);
      const p = detail(file, lang);
      const text = pdfText(await programToPdf(p));
      expect(undrawable(text)).toEqual([]);
      expect(text).not.toMatch(/[{}#]/);
      expect(text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(1);
      const flat = text.replace(/\s+/g, ' ');
      // Every course by its code as the college writes it ("413-520", "ENGL 1A", "8106810").
      for (const step of p.steps)
        for (const course of [...step.courses, ...(step.choices ?? []).flatMap((c) => c.courses)])
          if (course.code) expect(flat).toContain(`${course.code} ${course.title}`.slice(0, 24));
      for (const step of p.steps) {
        for (const choice of step.choices ?? []) {
          expect(flat).toContain(
            chooseText(lang, { choose: choice.choose, of: choice.courses.length }),
          );
          for (const course of choice.courses) expect(flat).toContain(course.title);
        }
        for (const course of [...step.courses, ...(step.choices ?? []).flatMap((c) => c.courses)])
          if (course.creditsMin !== undefined) expect(flat).toContain(creditsText(lang, course));
        // The term of a course whose step names one, after its credit ("3 cr · spring").
        if (step.term && step.term !== 'year')
          for (const course of step.courses)
            expect(flat).toContain(
              `${creditsText(lang, course)} · ${posLabels(lang).term[step.term]}`,
            );
        // A credential earned at the end of a term says which ("… · spring").
        for (const credential of step.credentials)
          if (step.term && step.term !== 'year')
            expect(flat).toContain(
              `(${credentialNote(lang, credential)}) · ${posLabels(lang).term[step.term]}`,
            );
        for (const credential of step.credentials)
          if (credential.validYears !== undefined)
            expect(flat).toContain(validityText(lang, credential.validYears));
      }
      if (lang === 'es') expect(flat).not.toMatch(/\bChoose\b|\bvalid \d|\bunits\b|\bGrade \d/);
      else expect(flat).not.toMatch(/\bElija\b|\bvigencia\b|\bunidades\b/);

      const rows = programToCsv(p)
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      const header = rows[0]!.split(',');
      expect(header.at(-1)).toBe(lang === 'es' ? 'Opción' : 'choice');
      const choiceRows = rows.filter((row) =>
        row.includes(lang === 'es' ? posLabels(lang).item.course_choice : ',course_choice,'),
      );
      expect(choiceRows.length).toBe(
        p.steps.flatMap((s) => (s.choices ?? []).flatMap((c) => c.courses)).length,
      );
      for (const row of choiceRows)
        expect(row).toMatch(lang === 'es' ? /\d\. Elige \d de \d/ : /\d\. Choose \d of \d/);
    },
  );
});
