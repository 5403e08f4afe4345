/**
 * Programs of study in a real browser, as visitors see them, on the demo region's approved
 * programs (the server loads them with the demo accounts): the POS diagram (CTE and dual-credit
 * marks, credentials, occupations) in English and Spanish, the list and its filters, the cluster
 * and pathway sections, downloads, one-page landscape print, phone width and axe. The editor is
 * in program-editor.test.ts, the programs as states publish them in program-published.test.ts.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TProgramDetail, TProgramList } from '../src/contracts/program-api.ts';
import { demoPrograms } from '../src/data/demo/index.ts';
import { posLabels } from '../src/domain/program/pos-labels.ts';
import {
  axeViolations,
  expectNoSideScroll,
  getJson,
  open,
  screenshot,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';
import { NURSING, SOFTWARE, heading } from './program-pages.ts';

describe.skipIf(skipBrowserTests())('programs of study in a browser', () => {
  let app: TestApp;
  let page: Page;
  let software: TProgramDetail;
  let softwareEs: TProgramDetail;
  const suite = useBrowserApp();
  const cspErrors = suite.cspErrors;
  const url = (address: string) => `${app.url}${address}`;

  beforeAll(async () => {
    ({ app, page } = suite);
    // The server loads the demo region, whose approved programs these tests use.
    const list = await getJson<TProgramList>(url('/api/v1/programs?lang=en'));
    expect(list.items.map((p) => p.id)).toEqual(expect.arrayContaining([SOFTWARE, NURSING]));
    software = await getJson<TProgramDetail>(url(`/api/v1/programs/${SOFTWARE}?lang=en`));
    softwareEs = await getJson<TProgramDetail>(url(`/api/v1/programs/${SOFTWARE}?lang=es`));
  });

  it('draws the diagram: levels by subject, CTE and dual-credit marks, credentials, occupations', async () => {
    await open(page, url(`/programs/${SOFTWARE}`));
    expect(await heading(page)).toBe(software.title);
    const table = page.locator('.pos-table');
    expect(await table.locator('caption').innerText()).toContain(software.title);
    const columns = await table.locator('thead th[scope="col"]').allInnerTexts();
    expect(columns[0]).toBe('Level');
    expect(columns).toContain('Career & Technical (CTE)');
    const rows = await table.locator('tbody th[scope="row"]').allInnerTexts();
    expect(rows).toEqual([
      'Grade 9',
      'Grade 10',
      'Grade 11',
      'Grade 12',
      'Postsecondary year 1',
      'Postsecondary year 2',
      'Postsecondary year 3',
      'Postsecondary year 4',
    ]);
    const courses = software.steps.flatMap((step) => step.courses);
    const text = await table.innerText();
    for (const course of courses) expect(text).toContain(course.code);
    const cte = courses.filter((c) => c.kind === 'cte').length;
    expect(await table.locator('.badge--cte').count()).toBe(cte);

    const dual = courses.find((c) => c.earlyCredit.some((e) => e.type === 'dual_credit'));
    const credit = dual?.earlyCredit[0];
    if (!dual || !credit) throw new Error('the software program has no dual-credit course');
    const cell = table.locator('.pos-course', { hasText: dual.code });
    expect(await cell.locator('.badge--early').innerText()).toContain('Dual credit');
    expect(await cell.innerText()).toContain(
      `transfers to ${credit.course.code} (${credit.credits} cr) at ${credit.institution}`,
    );
    for (const step of software.steps)
      for (const credential of step.credentials)
        expect(
          await table.locator(`.pos-row--${step.level} .pos-credential`).allInnerTexts(),
        ).toContainEqual(
          expect.stringContaining(
            credential.issuer
              ? `${credential.title} (${posLabels('en').credential[credential.type]}, issued by ${credential.issuer})`
              : credential.title,
          ),
        );
    // Each exit point: its credentials and the jobs open there, linking to their pages.
    const exits = software.steps.filter((step) => (step.exitOccupations ?? []).length > 0);
    expect(exits.map((step) => step.level)).toEqual(
      expect.arrayContaining(['grade-12', 'postsecondary-4']),
    );
    for (const step of exits) {
      const jobs = table.locator(`.pos-row--${step.level} .pos-jobs`);
      expect(await jobs.innerText()).toContain('Jobs at this point:');
      for (const job of step.exitOccupations!) {
        const link = jobs.getByRole('link', { name: job.title, exact: true });
        expect(await link.getAttribute('href')).toBe(`/occupations/${job.code}`);
      }
    }
    const occupations = page.locator('.occupations-table tbody tr');
    expect(await occupations.count()).toBe(software.occupations.length);
    for (const [i, occupation] of software.occupations.entries()) {
      const row = await occupations.nth(i).innerText();
      expect(row).toContain(occupation.soc);
      expect(row).toMatch(/Entry point|Mid point|Exit point/);
    }
    expect(await page.locator('.pos-legend').isVisible()).toBe(true);
    await screenshot(page, 'program-desktop');
  });

  it('shows the diagram in Spanish', async () => {
    await open(page, url(`/es/programs/${SOFTWARE}`));
    expect(await heading(page)).toBe(softwareEs.title);
    expect(await page.locator('.pos-table thead th').first().innerText()).toBe('Nivel');
    expect(await page.locator('.pos-table .badge--early').first().innerText()).toContain(
      'Crédito dual',
    );
    expect(await page.locator('.pos-table').innerText()).toContain('se transfiere a');
    expect(await page.locator('.pos-legend h3').innerText()).toBe('Leyenda');
    const school = softwareEs.steps.find((step) => step.level === 'grade-12')!;
    const jobs = page.locator('.pos-table .pos-row--grade-12 .pos-jobs');
    expect(await jobs.innerText()).toContain('Empleos en este punto:');
    for (const job of school.exitOccupations ?? []) {
      const link = jobs.getByRole('link', { name: job.title, exact: true });
      expect(await link.getAttribute('href')).toBe(`/es/occupations/${job.code}`);
      expect(await link.getAttribute('lang')).toBe(job.titleLang);
    }
    expect(school.exitOccupations?.length).toBeGreaterThan(0);
  });

  it('lists programs from the header, filters them, and lists them on cluster and pathway pages', async () => {
    await open(page, url('/'));
    await page.locator('.site-nav').getByRole('link', { name: 'Programs of study' }).click();
    await page.waitForURL(url('/programs'));
    await expect.poll(() => heading(page)).toBe('Programs of study');
    const titles = () => page.locator('.program-item__title').allInnerTexts();
    await expect.poll(titles).toEqual(expect.arrayContaining(['Nursing', 'Software Development']));

    await page.locator('#filter-cluster').selectOption('08');
    await page.getByRole('button', { name: 'Show programs' }).click();
    await page.waitForURL(/cluster=08/);
    // The unfiltered list, still drawn for a moment after the address changes, has Nursing too:
    // wait for the filtered list itself (Nursing without Software Development).
    await expect
      .poll(async () => {
        const shown = await titles();
        return {
          nursing: shown.includes('Nursing'),
          software: shown.includes('Software Development'),
        };
      })
      .toEqual({ nursing: true, software: false });
    // Filtering keeps the focus on the form; the count is announced instead.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show programs');
    expect(await page.locator('.programs-count').getAttribute('role')).toBe('status');

    await page.getByRole('button', { name: 'Clear the filters' }).click();
    // Clearing changes the address, and the form follows it: wait for that before typing.
    await page.waitForURL(url('/programs'));
    await expect.poll(() => page.locator('#filter-cluster').inputValue()).toBe('');
    await page.locator('#filter-q').fill('software');
    await page.getByRole('button', { name: 'Show programs' }).click();
    await page.waitForURL(/q=software/);
    await expect.poll(titles).toEqual(['Software Development']);

    await open(page, url(`/clusters/${software.cluster.code}`));
    await page.locator('.programs-section').getByRole('link', { name: software.title }).click();
    await page.waitForURL(url(`/programs/${SOFTWARE}`));
    await expect.poll(() => heading(page)).toBe(software.title);
    await open(page, url('/pathways/08-05'));
    await expect
      .poll(() => page.locator('.programs-section .program-item__title').allInnerTexts())
      .toEqual(['Nursing']);
  });

  it('downloads the PDF, CSV and JSON of a program', async () => {
    await open(page, url(`/programs/${SOFTWARE}`));
    const expected: Array<[string, RegExp]> = [
      ['Download PDF', /^application\/pdf/],
      ['Download CSV', /^text\/csv/],
      ['Download program file', /^application\/json/],
    ];
    for (const [name, type] of expected) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const response = await fetch(url(href ?? ''));
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toMatch(type);
      const body = Buffer.from(await response.arrayBuffer());
      if (name === 'Download PDF') expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });

  it('prints each demo program on one landscape page, in both languages, without the site chrome', async () => {
    const countPages = (pdf: Buffer) =>
      pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length;
    for (const { id } of demoPrograms)
      for (const address of [`/programs/${id}`, `/es/programs/${id}`]) {
        await open(page, url(address));
        await page.emulateMedia({ media: 'print' });
        try {
          const pdf = await page.pdf({ landscape: true, format: 'Letter' });
          expect(countPages(pdf), `${address} prints on one page`).toBe(1);
        } finally {
          await page.emulateMedia({ media: 'screen' });
        }
      }
    await open(page, url(`/programs/${SOFTWARE}`));
    await page.emulateMedia({ media: 'print' });
    try {
      for (const chrome of ['.site-header', '.site-footer', '.breadcrumb', '.program-actions'])
        expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
      expect(await page.locator('.pos-table').isVisible()).toBe(true);
      // The page's own @page rule asks for landscape too.
      const own = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const [, , width = 0, height = 0] =
        own
          .match(/\/MediaBox\s*\[([^\]]*)\]/)?.[1]
          ?.trim()
          .split(/\s+/)
          .map(Number) ?? [];
      expect(width).toBeGreaterThan(height);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('fits a phone screen (the diagram as a list by level); between phone and laptop the table scrolls in its own box', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      for (const address of ['/programs', `/programs/${SOFTWARE}`, `/es/programs/${NURSING}`]) {
        await open(page, url(address));
        await expectNoSideScroll(page, address);
      }
      await open(page, url(`/programs/${SOFTWARE}`));
      expect(await page.locator('.program-diagram .pos-stack').isVisible()).toBe(true);
      expect(await page.locator('.pos-stack .pos-level--grade-12 .pos-jobs a').count()).toBe(
        software.steps.find((step) => step.level === 'grade-12')?.exitOccupations?.length,
      );
      await screenshot(page, 'program-phone');
      await page.setViewportSize({ width: 640, height: 740 });
      await expectNoSideScroll(page, `/programs/${SOFTWARE} at 640 px`);
      const inner = await page
        .locator('.program-diagram .pos-scroll--diagram')
        .evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(inner, 'the diagram scrolls inside its box').toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('has no WCAG 2.1 A/AA violations (axe) in English and Spanish', async () => {
    const pages = [
      '/programs',
      `/programs/${SOFTWARE}`,
      `/programs/${NURSING}`,
      `/clusters/${software.cluster.code}`,
    ];
    const found: string[] = [];
    for (const address of [...pages, ...pages.map((p) => `/es${p}`)]) {
      await open(page, url(address));
      await page.waitForLoadState('networkidle');
      for (const violation of await axeViolations(page)) found.push(`${address}: ${violation}`);
    }
    expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
  });

  it('breaks no rule of the Content-Security-Policy on any page visited above', () => {
    expect(cspErrors).toEqual([]);
  });
});
