/**
 * Every Spanish page a visitor can reach on the demo region, opened in a real browser, read as a
 * family would: no text from the English catalogue (UI messages, diagram labels, entry levels,
 * status names, source credits; see test/english-catalogue.ts) in the visible text, the title,
 * the meta description or the labels read aloud. Proper names (institutions, issuers, exams)
 * and glosses in parentheses are allowed. About 1,400 pages with the shipped O*NET data (five to
 * twenty minutes, as busy as the machine is, three tabs at a time), then the student pages: the
 * Interest Profiler, its results and /me, signed out, as a student and as a guardian.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { englishIn } from '../test/english-catalogue.ts';
import type { TClusterList, TPathwayList } from '../src/contracts/framework.ts';
import type { TProfilerForm } from '../src/contracts/interests.ts';
import type { TOccupationList } from '../src/contracts/occupation.ts';
import type { TProgramDetail, TProgramList } from '../src/contracts/program-api.ts';
import { DEMO_PASSWORD } from '../src/services/accounts/seed-demo.ts';
import { getJson, skipBrowserTests, useBrowserApp } from './helpers.ts';
import { openSettled, pageText } from './spanish-walk.ts';

describe.skipIf(skipBrowserTests())('every Spanish page reads in Spanish', () => {
  const suite = useBrowserApp();
  const addresses: string[] = [];
  const properNames = new Set(['Wayfinder', 'O*NET']);

  beforeAll(async () => {
    await suite.app.runtime.seedDemoRegion();
    const api = (path: string) => suite.url(`/api/v1${path}`);
    const clusters = await getJson<TClusterList>(api('/clusters?lang=es'));
    const programs = await getJson<TProgramList>(api('/programs?lang=es'));
    addresses.push(
      '/es',
      '/es/programs',
      '/es/search?q=maestra',
      '/es/sign-in',
      '/es/reports/perkins',
      '/es/no-such-page',
    );
    const pathways = await getJson<TPathwayList>(api('/pathways?lang=es'));
    for (const cluster of clusters.items) addresses.push(`/es/clusters/${cluster.code}`);
    for (const pathway of pathways.items) addresses.push(`/es/pathways/${pathway.code}`);
    for (let offset = 0; ; offset += 200) {
      const list = await getJson<TOccupationList>(
        api(`/occupations?lang=es&limit=200&offset=${offset}`),
      );
      for (const o of list.items) addresses.push(`/es/occupations/${o.code}`);
      if (offset + 200 >= list.total) break;
    }
    const courses = new Set<string>();
    const credentials = new Set<string>();
    for (const summary of programs.items) {
      addresses.push(`/es/programs/${summary.id}`);
      const p = await getJson<TProgramDetail>(api(`/programs/${summary.id}?lang=es`));
      if (p.cipCode) addresses.push(`/es/cip/${p.cipCode}`);
      for (const c of p.document.catalog.courses) courses.add(c.id);
      for (const c of p.document.catalog.credentials) {
        credentials.add(c.id);
        if (c.issuer) properNames.add(c.issuer);
      }
      for (const i of p.document.catalog.institutions) properNames.add(i.name);
      for (const a of p.document.catalog.creditAgreements) if (a.exam) properNames.add(a.exam.name);
    }
    for (const id of courses) addresses.push(`/es/courses/${id}`);
    for (const id of credentials) addresses.push(`/es/credentials/${id}`);
  });

  it('has no English on any of them', { timeout: 3_600_000 }, async () => {
    expect(addresses.length).toBeGreaterThan(300);
    const problems: string[] = [];
    const queue = [...new Set(addresses)];
    const tabs = await Promise.all([0, 1, 2].map(() => suite.browser.newPage()));
    await Promise.all(
      tabs.map(async (tab) => {
        for (let address = queue.shift(); address; address = queue.shift()) {
          await openSettled(tab, suite.url(address));
          const english = englishIn(await pageText(tab), [...properNames]);
          if (english.length > 0) problems.push(`${address}: ${english.join(' | ')}`);
        }
        await tab.close();
      }),
    );
    expect(problems).toEqual([]);
  });

  it('has no English on the student pages: the Interest Profiler, its results, /me', async () => {
    const page = suite.page;
    const problems: string[] = [];
    const check = async (label: string) => {
      const english = englishIn(await pageText(page), [...properNames]);
      if (english.length > 0) problems.push(`${label}: ${english.join(' | ')}`);
    };
    const visit = async (address: string) => {
      await openSettled(page, suite.url(address));
      await check(address);
    };
    const signIn = async (who: string) => {
      await suite.browser.clearCookies();
      const response = await suite.browser.request.post(suite.url('/api/v1/auth/sign-in'), {
        data: { email: `${who}@demo.wayfinder.test`, password: DEMO_PASSWORD },
      });
      expect(response.status(), await response.text()).toBe(200);
      // People's names (the header's, a guardian's child's) are proper names.
      const { user } = (await response.json()) as { user: { name: string } };
      properNames.add(user.name);
    };
    try {
      // A visitor: the start page, the survey (and its nudge without an answer), no results yet.
      await page.goto(suite.url('/es'));
      await page.evaluate(() => localStorage.clear());
      await visit('/es/interest-profiler');
      await page.getByRole('button', { name: 'Empezar' }).click();
      await page.locator('.ip-item').first().waitFor();
      await check('/es/interest-profiler (survey)');
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await check('/es/interest-profiler (no answer)');
      await visit('/es/interest-profiler/results');
      await visit('/es/me');
      // Finished answers in this browser: the results, for each level of preparation.
      const form = await getJson<TProfilerForm>(
        suite.url('/api/v1/interest-profiler?form=60&lang=es'),
      );
      const liked: Record<string, number> = { R: 2, I: 4, A: 1, S: 5, E: 3, C: 2 };
      const answers = Object.fromEntries(form.items.map((item) => [item.id, liked[item.area]!]));
      await page.evaluate(
        (finished) => {
          localStorage.setItem('wayfinder.interest-profiler.finished.v1', JSON.stringify(finished));
        },
        { form: 60, answers, finishedAt: new Date().toISOString() },
      );
      await visit('/es/interest-profiler');
      for (const zone of ['', '?zone=1', '?zone=3', '?zone=5'])
        await visit(`/es/interest-profiler/results${zone}`);
      // A student saves the results and an occupation, then reads their home; a guardian too.
      await signIn('student');
      await visit('/es/interest-profiler/results');
      await page.getByRole('button', { name: 'Guardar en mi cuenta' }).click();
      await page.getByText('Guardado en tu cuenta.').waitFor();
      const keep = page.locator('.ip-occupation').first().getByRole('button');
      await keep.click();
      // Read the page once the occupation is saved, not while the button still offers to save.
      await expect.poll(() => keep.innerText()).toContain('Guardado');
      await check('/es/interest-profiler/results (saved)');
      await visit('/es/me');
      await page.locator('.ip-home__body').waitFor();
      await check('/es/me (student)');
      await signIn('guardian');
      await visit('/es/me');
      await page.locator('.ip-home__body').first().waitFor();
      await check('/es/me (guardian)');
    } finally {
      await suite.browser.clearCookies();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('would see English on an English page', async () => {
    await openSettled(suite.page, suite.url('/programs'));
    expect(englishIn(await pageText(suite.page), [...properNames]).length).toBeGreaterThan(0);
  });
});
