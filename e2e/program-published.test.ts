/**
 * Programs of study as states and colleges publish them (examples/programs/published/), saved
 * through the API by the state admin and shown in a real browser: their choices of courses,
 * variable credit, renewable credentials and terms at 320 px, in print on one page, and in the
 * editor, in English and Spanish.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZProgramFile, type TProgramFile } from '../src/contracts/program.ts';
import { posLabels } from '../src/domain/program/pos-labels.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  screenshot,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';
import { signInAsState } from './program-pages.ts';

/** A published program file, read as the import reads it (its lists filled in when left out). */
const published = (name: string): TProgramFile =>
  ZProgramFile.parse(JSON.parse(fs.readFileSync(`examples/programs/published/${name}`, 'utf8')));

describe.skipIf(skipBrowserTests())('published programs of study in a browser', () => {
  let app: TestApp;
  let page: Page;
  let csrfToken: string;
  const suite = useBrowserApp();
  const cspErrors = suite.cspErrors;
  const url = (address: string) => `${app.url}${address}`;

  beforeAll(async () => {
    ({ app, page } = suite);
    csrfToken = await signInAsState(suite.browser, url(''));
  });

  /** Saves a published program as the state admin, who may write any organization's. */
  async function save(file: TProgramFile) {
    const saved = await suite.browser.request.post(url('/api/v1/programs'), {
      headers: { 'x-csrf-token': csrfToken },
      data: { id: file.id, program: file.program, catalog: file.catalog },
    });
    expect(saved.status(), await saved.text()).toBe(201);
  }

  it('shows a published program (Kentucky: choices, variable credit, a renewable card) at 320 px and in print', async () => {
    const file = published('ky-pre-nursing-practical-nursing.json');
    await save(file);
    const address = `/programs/${file.id}`;
    const choices = file.program.steps.flatMap((s) => s.choices ?? []).length;

    await page.setViewportSize({ width: 320, height: 700 });
    try {
      for (const [at, lang] of [
        [address, 'en'],
        [`/es${address}`, 'es'],
      ] as const) {
        await open(page, url(at));
        await expectNoSideScroll(page, `${at} at 320 px`);
        const stack = page.locator('.program-diagram .pos-stack');
        expect(await stack.isVisible()).toBe(true);
        const titles = await stack.locator('.pos-choice__title').allInnerTexts();
        expect(titles).toHaveLength(choices);
        expect(titles[0]).toMatch(lang === 'es' ? /^Elige 1 de 2/ : /^Choose 1 of 2/);
        const text = await stack.innerText();
        expect(text).toContain(lang === 'es' ? 'de 0 a 3 cr' : '0–3 cr');
        expect(text).toContain(lang === 'es' ? 'vigencia de 2 años' : 'valid 2 years');
        for (const violation of await axeViolations(page)) expect.fail(`${at}: ${violation}`);
      }
      await screenshot(page, 'program-published-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    for (const at of [address, `/es${address}`]) {
      await open(page, url(at));
      expect(await page.locator('.pos-table .pos-choice').count()).toBe(choices);
      await page.emulateMedia({ media: 'print' });
      try {
        const pdf = await page.pdf({ landscape: true, format: 'Letter' });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length;
        expect(pages, `${at} prints on one page`).toBe(1);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    }
    // The editor shows each choice with its courses, and removes one.
    await open(page, url(`${address}/edit`));
    const choiceItems = page.locator('.step-editor li', { hasText: /^Choose \d of \d/ });
    expect(await choiceItems.count()).toBe(choices);
    expect(await choiceItems.first().innerText()).toContain(
      'NAA 100 Nursing Assistant Skills (0–3 cr)',
    );
    for (const violation of await axeViolations(page)) expect.fail(`${address}/edit: ${violation}`);
    await page
      .getByRole('button', {
        name: 'Remove the choice “Choose 1 of 2 (Nurse aide training)” from Grade 12',
      })
      .click();
    await expect.poll(() => choiceItems.count()).toBe(choices - 1);
  });

  // Georgia's Patient Care program puts dual-enrollment courses in a grade-11 summer and in
  // grade 12's fall and spring, and its certificate at the end of the spring.
  it('says the term of each course and credential whose step names one, at 320 px and on a laptop', async () => {
    const file = published('ga-patient-care-dual-enrollment.json');
    await save(file);
    const address = `/programs/${file.id}`;
    const termed = file.program.steps.filter((s) => s.term && s.term !== 'year');
    expect(termed.length).toBeGreaterThan(0);
    for (const [at, lang] of [
      [address, 'en'],
      [`/es${address}`, 'es'],
    ] as const) {
      const words = posLabels(lang).term;
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        try {
          await open(page, url(at));
          await expectNoSideScroll(page, `${at} at ${width} px`);
          const diagram = page.locator(
            width === 320 ? '.program-diagram .pos-stack' : '.program-diagram .pos-table',
          );
          expect(await diagram.isVisible()).toBe(true);
          const courses = await diagram.locator('.pos-course').allInnerTexts();
          const credentials = await diagram.locator('.pos-credential').allInnerTexts();
          for (const step of termed) {
            const term = ` · ${words[step.term!]}`;
            for (const id of step.courses) {
              const code = file.catalog.courses.find((c) => c.id === id);
              const named = code?.level === 'postsecondary' ? `${code.prefix} ${code.number}` : '';
              expect(courses.find((c) => c.startsWith(named))).toContain(term);
            }
            for (const id of step.credentials) {
              const title = file.catalog.credentials.find((c) => c.id === id)!.title;
              const shown = lang === 'es' && title.es ? title.es : title.en;
              expect(credentials.find((c) => c.includes(shown))).toContain(term);
            }
          }
          // A course of a whole-year step says no term.
          const yearLong = file.program.steps.find((s) => !s.term)!.courses[0]!;
          const title = file.catalog.courses.find((c) => c.id === yearLong)!.title;
          const plain = courses.find((c) => c.includes(lang === 'es' ? title.es! : title.en));
          expect(plain).not.toMatch(/ · /);
          for (const violation of await axeViolations(page))
            expect.fail(`${at} at ${width} px: ${violation}`);
        } finally {
          await page.setViewportSize({ width: 1280, height: 900 });
        }
      }
    }
  });

  // Every published program, whatever its shape: no sideways scroll at 320 px, no axe violation,
  // one printed landscape page, in English and Spanish.
  it('shows every published program at 320 px and prints it on one page, in both languages', async () => {
    const names = fs
      .readdirSync('examples/programs/published')
      .filter((name) => name.endsWith('.json'));
    const saved = new Set(['ky-pre-nursing-practical-nursing', 'ga-patient-care-dual-enrollment']);
    for (const name of names) {
      const file = published(name);
      if (!saved.has(file.id!)) await save(file);
      for (const at of [`/programs/${file.id}`, `/es/programs/${file.id}`]) {
        await page.setViewportSize({ width: 320, height: 700 });
        try {
          await open(page, url(at));
          await expectNoSideScroll(page, `${at} at 320 px`);
          for (const violation of await axeViolations(page)) expect.fail(`${at}: ${violation}`);
        } finally {
          await page.setViewportSize({ width: 1280, height: 900 });
        }
        await open(page, url(at));
        await page.emulateMedia({ media: 'print' });
        try {
          const pdf = await page.pdf({ landscape: true, format: 'Letter' });
          const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length;
          expect(pages, `${at} prints on one page`).toBe(1);
        } finally {
          await page.emulateMedia({ media: 'screen' });
        }
      }
    }
  });

  it('breaks no rule of the Content-Security-Policy on any page visited above', () => {
    expect(cspErrors).toEqual([]);
  });
});
