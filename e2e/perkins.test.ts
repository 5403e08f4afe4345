/**
 * The Perkins V report pages in a real browser, as the demo district admin and the demo state
 * admin, in English and Spanish: a funnel and a table per demo program of study showing what the
 * API answers for the same settings (read from the API here, never written down); the settings
 * reached and changed by keyboard alone, kept in the address (the back button returns); the CSV
 * link downloads the state submission file; axe-clean, no sideways scroll at 320 px, prints with
 * the charts and without the navigation. A counselor and a student get no access and no link.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TPerkinsReport } from '../src/contracts/perkins.ts';
import type { TProgramList } from '../src/contracts/program-api.ts';
import { DISTRICT } from '../src/data/demo/institutions.ts';
import { totpCode } from '../src/domain/auth/totp.ts';
import { PERKINS_PROFILES } from '../src/domain/perkins/profiles.ts';
import { PERKINS_CSV_COLUMNS } from '../src/importers/perkins-csv.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/services/accounts/seed-demo.ts';
import { perkinsMessages } from '../src/web/perkins/i18n-perkins.ts';
import { currentSchoolYear } from '../src/web/perkins/perkins-api.ts';
import {
  axeViolations,
  expectNoSideScroll,
  getJson,
  open,
  skipBrowserTests,
  useBrowserApp,
} from './helpers.ts';

const lastStep = new Map<string, number>();
/** A code the server has not seen yet for this account (it refuses a code used twice). */
async function freshCode(email: string): Promise<string> {
  let step = Math.floor(Date.now() / 30_000);
  if (step <= (lastStep.get(email) ?? 0)) step = lastStep.get(email)! + 1;
  while (step > Math.floor(Date.now() / 30_000) + 1)
    await new Promise((resolve) => setTimeout(resolve, 1000));
  lastStep.set(email, step);
  return totpCode(DEMO_TOTP_SECRET, new Date(step * 30_000));
}

type Lang = 'en' | 'es';
const FUNNEL = ['participants', 'concentrators', 'completers', '5S1'];

describe.skipIf(skipBrowserTests())('the Perkins V report in a browser', () => {
  const suite = useBrowserApp();
  let page: Page;
  let demoPrograms: string[];
  const year = currentSchoolYear(new Date());

  beforeAll(async () => {
    page = suite.page;
    demoPrograms = (await getJson<TProgramList>(suite.url('/api/v1/programs'))).items.map(
      (p) => p.id,
    );
    // The demo roster carries no groups or outcomes: give the district's students a gender and
    // a credential (as a roster import would), so the group table and 5S1 have something to show.
    const { runtime } = suite.app;
    const students = await runtime.database.db
      .selectFrom('student')
      .select('user_id')
      .where('district_id', '=', DISTRICT)
      .orderBy('user_id')
      .execute();
    await runtime.perkins.records.roster.replaceFacts(
      DISTRICT,
      students.map((s, i) => ({
        studentId: s.user_id,
        facts: { gender: i % 2 ? 'F' : 'M', credential_earned: i % 3 ? 'N' : 'Y' },
      })),
    );
  });

  async function signIn(who: string) {
    const email = `${who}@demo.wayfinder.test`;
    await suite.browser.clearCookies();
    const res = await page.request.post(suite.url('/api/v1/auth/sign-in'), {
      data: {
        email,
        password: DEMO_PASSWORD,
        ...(who === 'student' ? {} : { totpCode: await freshCode(email) }),
      },
    });
    expect(res.status(), await res.text()).toBe(200);
  }

  /** The report's figures as the page shows them: funnel bars and table cells, by program. */
  async function shown(): Promise<Record<string, string>> {
    await page.locator('.perkins-scope').waitFor();
    return page.evaluate(() => {
      const out: Record<string, string> = {};
      for (const section of document.querySelectorAll<HTMLElement>('[data-program]')) {
        const program = section.dataset.program!;
        for (const g of section.querySelectorAll('svg [data-measure]'))
          out[`${program}|funnel|${g.getAttribute('data-measure')}`] = g.querySelector(
            '[data-testid="perkins-funnel-value"]',
          )!.textContent!;
        for (const tr of section.querySelectorAll<HTMLElement>('tr[data-org], tr[data-group]'))
          for (const td of tr.querySelectorAll<HTMLElement>('td[data-measure]'))
            out[`${program}|${tr.dataset.org ?? tr.dataset.group}|${td.dataset.measure}`] =
              td.textContent!;
      }
      return out;
    });
  }

  /** The same figures from the API for the same settings, written the way the page should. */
  async function expected(query: string, lang: Lang): Promise<Record<string, string>> {
    const res = await page.request.get(suite.url(`/api/v1/perkins?${query}`));
    expect(res.status()).toBe(200);
    const report = (await res.json()) as TPerkinsReport;
    const p = perkinsMessages[lang];
    const noCompleter = !PERKINS_PROFILES.get(report.profile)!.completer;
    const text = (cell: TPerkinsReport['rows'][number]['cell']) =>
      'value' in cell
        ? cell.value.toLocaleString(lang === 'es' ? 'es-US' : 'en-US')
        : 'suppressed' in cell
          ? cell.complementary
            ? p.hidden
            : `< ${report.threshold}`
          : p.notAvailable;
    const top = report.rows.some((r) => r.level === 'state') ? 'state' : 'district';
    const out: Record<string, string> = {};
    for (const r of report.rows) {
      if (r.group !== 'all') {
        // By group: the state's or the district's own rows.
        if (r.level === top && !(r.measure === 'completers' && noCompleter))
          out[`${r.programKey}|${r.group}|${r.measure}`] = text(r.cell);
        continue;
      }
      if (r.level === top && FUNNEL.includes(r.measure))
        out[`${r.programKey}|funnel|${r.measure}`] =
          r.measure === 'completers' && noCompleter ? p.noCompleterRule : text(r.cell);
      if (!(r.measure === 'completers' && noCompleter))
        out[`${r.programKey}|${r.orgId}|${r.measure}`] = text(r.cell);
    }
    return out;
  }

  const programsShown = () =>
    page.locator('[data-program]').evaluateAll((s) => s.map((e) => e.getAttribute('data-program')));

  /** Presses Tab until the element `selector` has the focus (keyboard only). */
  async function tabTo(selector: string) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.locator(selector).evaluate((e) => e === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  async function narrow(address: string) {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await page.waitForTimeout(200);
      await expectNoSideScroll(page, address);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  }

  it('shows the district admin a funnel and a table per demo program, as the API counts', async () => {
    await signIn('district');
    await open(page, suite.url('/account'));
    await page.getByTestId('perkins-nav-link').first().click();
    await page.waitForURL(/\/reports\/perkins$/);
    for (const address of ['/reports/perkins', '/es/reports/perkins?year=2026'])
      expect((await page.request.get(suite.url(address))).status(), address).toBe(200);
    // The address changes before the report is drawn (the account page is still up for a
    // moment): wait for the report's heading and figures, then read the rest.
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Perkins V report');
    const query = `year=${year}&profile=federal`;
    await expect.poll(shown).toEqual(await expected(query, 'en'));
    expect(await page.locator('#perkins-district').count()).toBe(0);
    const programs = await programsShown();
    for (const id of demoPrograms) expect(programs).toContain(id);
    expect(programs[0]).toBe('*');
    // Every funnel is an image whose description reads its numbers; tables have headers.
    const funnel = page.getByTestId('perkins-funnel').first();
    expect(await funnel.getAttribute('role')).toBe('img');
    const desc = await funnel.locator('desc').textContent();
    for (const m of ['Participants', 'Concentrators', 'Credential earners'])
      expect(desc).toContain(m);
    expect(await page.getByTestId('perkins-org-table').count()).toBe(programs.length);
    expect(await page.locator('table caption').count()).toBe(await page.locator('table').count());
    expect(await page.locator('th[scope="row"]').count()).toBeGreaterThan(programs.length);
    // The groups imported above, by group, with their names written out.
    const groups = page.locator('[data-program="*"] [data-testid="perkins-group-table"]');
    expect(await groups.locator('th[scope="row"]').allInnerTexts()).toEqual(
      expect.arrayContaining(['Gender: female', 'Gender: male']),
    );
    expect(await shown()).toHaveProperty(['*|gender:F|participants']);
    expect(await axeViolations(page)).toEqual([]);
    await narrow('/reports/perkins');
  });

  it('changes the profile by keyboard, keeps it in the address, and the back button returns', async () => {
    await open(page, suite.url(`/reports/perkins?year=${year}&profile=federal`));
    const federal = await shown();
    await page.locator('main h1').focus();
    await tabTo('#perkins-profile');
    await page.keyboard.press('ArrowDown'); // texas-like
    await page.keyboard.press('ArrowDown'); // nebraska-like
    await tabTo('.perkins-settings button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/profile=nebraska-like/);
    const query = `year=${year}&profile=nebraska-like`;
    await expect.poll(async () => shown()).toEqual(await expected(query, 'en'));
    expect(await shown()).not.toEqual(federal);
    // The download link is reachable by keyboard and carries the same settings.
    await tabTo('[data-testid="perkins-download"]');
    expect(await page.getByTestId('perkins-download').getAttribute('href')).toBe(
      `/api/v1/perkins/export?${query}`,
    );
    await page.goBack();
    await page.waitForURL(/profile=federal/);
    await expect.poll(async () => shown()).toEqual(federal);
  });

  it('downloads the state submission CSV of the settings shown', async () => {
    await open(page, suite.url(`/reports/perkins?year=${year}&profile=texas-like`));
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('perkins-download').click(),
    ]);
    expect(file.suggestedFilename()).toBe(`perkins-${year}-texas-like.csv`);
    const lines = fs
      .readFileSync(await file.path(), 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(PERKINS_CSV_COLUMNS.join(','));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[1]).toMatch(new RegExp(`^${year},texas-like,district,`));
  });

  it('reads in Spanish for the district admin, axe-clean, and prints without the navigation', async () => {
    await open(page, suite.url(`/es/reports/perkins?year=${year}&profile=texas-like`));
    expect(await page.locator('main h1').innerText()).toBe('Informe Perkins V');
    expect(await shown()).toEqual(await expected(`year=${year}&profile=texas-like`, 'es'));
    expect(await page.locator('main').innerText()).toContain('Concentradores');
    expect(await axeViolations(page)).toEqual([]);
    await narrow('/es/reports/perkins');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.site-nav').isVisible()).toBe(false);
      expect(await page.locator('.perkins-settings').isVisible()).toBe(false);
      expect(await page.getByTestId('perkins-download').isVisible()).toBe(false);
      expect(await page.getByTestId('perkins-funnel').first().isVisible()).toBe(true);
      expect(await page.getByTestId('perkins-org-table').first().isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'Letter' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('shows the state admin the state, then one district picked by keyboard, EN and ES', async () => {
    await signIn('state');
    await open(page, suite.url('/reports/perkins'));
    expect(await shown()).toEqual(await expected(`year=${year}&profile=federal`, 'en'));
    const orgs = await page
      .locator('[data-program="*"] tr[data-org]')
      .evaluateAll((rows) => rows.map((r) => r.className));
    expect(orgs[0]).toBe('perkins-table__state');
    // Districts with CTE students are listed (one with none is not: a structural zero), as the
    // API's rows say; the figures themselves were compared above.
    expect(orgs.filter((c) => c === 'perkins-table__district').length).toBeGreaterThan(0);
    // The districts to choose from load apart from the report: wait for their select.
    await page.locator('#perkins-district').waitFor();
    const options = await page.locator('#perkins-district option').allInnerTexts();
    expect(options[0]).toBe('All districts (the whole state)');
    expect(options.length).toBeGreaterThan(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('main h1').focus();
    await tabTo('#perkins-district');
    await page.keyboard.press('ArrowDown');
    const district = await page.locator('#perkins-district').inputValue();
    expect(district).not.toBe('');
    await tabTo('.perkins-settings button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`district=${district}`));
    const query = `year=${year}&profile=federal&district=${district}`;
    await expect.poll(async () => shown()).toEqual(await expected(query, 'en'));
    expect(await page.getByTestId('perkins-download').getAttribute('href')).toContain(
      `district=${district}`,
    );

    // In Spanish, a district with CTE students (the first one may have none).
    const state = (await (
      await page.request.get(suite.url(`/api/v1/perkins?year=${year}&profile=federal`))
    ).json()) as TPerkinsReport;
    const counted = state.rows.find((r) => r.level === 'district' && 'value' in r.cell)!.orgId;
    const inSpanish = `year=${year}&profile=federal&district=${counted}`;
    await open(page, suite.url(`/es/reports/perkins?${inSpanish}`));
    expect(await shown()).toEqual(await expected(inSpanish, 'es'));
    expect(await page.locator('[data-program]').count()).toBeGreaterThan(1);
    expect(await page.locator('#perkins-district option').first().innerText()).toBe(
      'Todos los distritos (todo el estado)',
    );
    expect(await axeViolations(page)).toEqual([]);
    await narrow('/es/reports/perkins');
  });

  it('keeps the header on one line at 1024 px with the report link', async () => {
    await page.setViewportSize({ width: 1024, height: 800 });
    try {
      for (const address of ['/reports/perkins', '/es/reports/perkins']) {
        await open(page, suite.url(address));
        await page.getByTestId('perkins-nav-link').waitFor();
        const boxes = await page.locator('.site-header__inner > *').evaluateAll((items) =>
          items
            .filter((e) => e.getClientRects().length > 0)
            .map((e) => e.getBoundingClientRect())
            .map((r) => ({ top: r.top, bottom: r.bottom })),
        );
        const first = boxes[0]!;
        for (const b of boxes) expect(b.top, address).toBeLessThan(first.bottom);
        // Every link and button on that line, none wrapped inside itself.
        const items = await page
          .locator('.site-header a:visible, .site-header button:visible')
          .evaluateAll((list) =>
            list.map((e) => ({
              text: e.textContent ?? '',
              top: e.getBoundingClientRect().top,
              rects: e.getClientRects().length,
            })),
          );
        for (const item of items) {
          expect(item.top, `${address}: ${item.text}`).toBeLessThan(first.bottom);
          expect(item.rects, `${address}: ${item.text} wraps`).toBe(1);
        }
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('gives a counselor and a student no access and no link', async () => {
    for (const who of ['counselor', 'student']) {
      await signIn(who);
      await open(page, suite.url('/reports/perkins'));
      await expect
        .poll(() => page.locator('main').innerText())
        .toContain('Your account does not have access to it.');
      expect(await page.getByTestId('perkins-nav-link').count()).toBe(0);
      expect(await page.locator('[data-program]').count()).toBe(0);
      const api = await page.request.get(suite.url(`/api/v1/perkins?year=${year}`));
      expect(api.status()).toBe(403);
    }
    await suite.browser.clearCookies();
  });
});
