/**
 * The Spanish walk of the signed-in pages (spanish-pages.test.ts walks the public ones): the
 * student's learning plan (started from /es/me), its editor, the sign-off, the progress check
 * and what-if against the program of study and other shipped sets (Texas, UC and CSU a-g); the guardian's /me, plan,
 * sign-off and progress check; the counselor's caseload, a student from it and that student's
 * progress check. Fails on text from the English catalogue and on any raw `{placeholder}`. Text
 * marked `lang="en"` (course titles the school wrote only in English) is left out, and a page
 * that shows such a title says so once.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { TCaseload } from '../src/contracts/caseload.ts';
import { totpCode } from '../src/domain/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/services/accounts/seed-demo.ts';
import { englishIn } from '../test/english-catalogue.ts';
import { skipBrowserTests, useBrowserApp } from './helpers.ts';
import { openSettled, pageText } from './spanish-walk.ts';

const ENGLISH_TITLES_NOTE = 'Algunos nombres de cursos aparecen en inglés';

describe.skipIf(skipBrowserTests())('the signed-in Spanish pages read in Spanish', () => {
  const suite = useBrowserApp();
  const properNames = new Set(['Wayfinder', 'O*NET']);
  const problems: string[] = [];
  let page: Page;

  const check = async (label: string) => {
    await page.waitForFunction(() => !document.querySelector('p.status'));
    const text = await pageText(page);
    const english = englishIn(text, [...properNames]);
    if (english.length > 0) problems.push(`${label}: ${english.join(' | ')}`);
    // Titles the API gives in English (no Spanish one written) must be marked on the page.
    const unmarked = [...(await englishOnlyTitles())].filter((title) =>
      new RegExp(`(?<![\\p{L}])${escape(title)}(?![\\p{L}])`, 'u').test(text),
    );
    if (unmarked.length > 0)
      problems.push(`${label}: not marked lang="en": ${unmarked.join(' | ')}`);
    const raw = text.match(/\{\w+(?:[},]|$)/gm);
    if (raw) problems.push(`${label}: raw ${raw.join(' ')}`);
    // A title shown in English is marked, and then the page says so once.
    const marked = await page.locator('main [lang="en"]').count();
    const notes = await page.getByText(ENGLISH_TITLES_NOTE).count();
    if (marked > 0 && (await page.locator('.pr-list').count()) > 0 && notes !== 1)
      problems.push(`${label}: ${marked} English titles, the note shown ${notes} times`);
  };
  /**
   * The titles the Spanish API gives in English for the student the page is about (progress,
   * plan and plan options): every `title` beside `titleLang: 'en'`, `setTitle` beside
   * `setTitleLang: 'en'` and `programTitle` beside `programTitleLang: 'en'`.
   */
  const englishOnlyTitles = async (): Promise<Set<string>> => {
    const found = new Set<string>();
    const id = /\/students\/([^/?#]+)/.exec(new URL(page.url()).pathname)?.[1];
    if (!id) return found;
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        for (const [key, lang] of [
          ['title', 'titleLang'],
          ['setTitle', 'setTitleLang'],
          ['programTitle', 'programTitleLang'],
        ])
          if (o[lang!] === 'en' && typeof o[key!] === 'string') found.add(o[key!] as string);
        Object.values(o).forEach(walk);
      }
    };
    for (const part of ['progress', 'plan', 'plan/options']) {
      const response = await page.request.get(suite.url(`/api/v1/students/${id}/${part}?lang=es`));
      if (response.ok()) walk(await response.json());
    }
    return found;
  };
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const visit = async (address: string) => {
    await openSettled(page, suite.url(address));
    await check(address);
  };
  const signIn = async (who: string, staff = false) => {
    await suite.browser.clearCookies();
    const response = await suite.browser.request.post(suite.url('/api/v1/auth/sign-in'), {
      data: {
        email: `${who}@demo.wayfinder.test`,
        password: DEMO_PASSWORD,
        ...(staff ? { totpCode: totpCode(DEMO_TOTP_SECRET, new Date()) } : {}),
      },
    });
    expect(response.status(), await response.text()).toBe(200);
    // People's names (the header's, a guardian's child's, a caseload's) are proper names.
    const { user } = (await response.json()) as { user: { name: string } };
    properNames.add(user.name);
  };

  afterAll(() => {
    if (problems.length > 0) console.warn(problems.join('\n'));
  });

  it('has no English on the student’s plan, editor, sign-off, progress and what-if', async () => {
    page = suite.page;
    await suite.app.runtime.seedDemoRegion();
    await signIn('student');
    await visit('/es/me');
    await page.getByRole('link', { name: 'Ver y editar tu plan de aprendizaje' }).click();
    await page.waitForURL(/\/es\/students\/[^/]+\/plan$/);
    const id = decodeURIComponent(/students\/([^/]+)\/plan/.exec(page.url())![1]!);
    const student = `/es/students/${encodeURIComponent(id)}`;
    await page.getByRole('heading', { name: /^Empezar un plan/ }).waitFor();
    await check(`${student}/plan (no plan yet)`);
    await page
      .getByLabel('Programa de estudio', { exact: true })
      .selectOption('riverside-software-development');
    await page.getByRole('button', { name: 'Empezar el plan' }).click();
    await page.locator('.plan-grid').waitFor();
    await check(`${student}/plan (started)`);
    await visit(`${student}/plan/edit`);
    // Python a year early: the live checks name a problem, in Spanish.
    const row = page.getByRole('group', { name: /Python/ });
    await row.getByLabel('Grado', { exact: true }).selectOption({ index: 0 });
    await page
      .getByTestId('live-checks')
      .getByText(/problemas? que corregir/)
      .waitFor();
    await check(`${student}/plan/edit (a problem)`);
    await page.getByRole('button', { name: 'Guardar el plan' }).click();
    await page
      .locator('.plan-status')
      .getByText(/Guardado como versión 1/)
      .waitFor();
    await check(`${student}/plan/edit (saved)`);
    await visit(`${student}/plan`);
    await page.getByRole('button', { name: 'Firmar la versión 1 como Estudiante' }).click();
    await page
      .locator('.plan-signatures')
      .getByText(/Estudiante: firmó/)
      .waitFor();
    await check(`${student}/plan (signed)`);
    await visit(`${student}/progress`);
    await visit(`${student}/what-if`);
    await visit(`${student}/what-if?with=program%3Ariverside-nursing`);
    await visit(`${student}/what-if?with=tx-foundation-endorsement`);
    // California's two a-g sets, UC's and CSU's (and CSU's own requirement titles).
    await visit(`${student}/what-if?with=uc-a-g`);
    await visit(`${student}/what-if?with=csu-a-g`);

    await signIn('guardian');
    await visit('/es/me');
    await page
      .getByRole('link', { name: /^Plan de aprendizaje de / })
      .first()
      .click();
    await page.locator('.plan-grid').waitFor();
    await check(`${student}/plan (guardian)`);
    await page.getByRole('button', { name: /^Firmar la versión 1 como / }).click();
    await page
      .locator('.plan-signatures')
      .getByText(/Padre, madre o tutor: firmó/)
      .waitFor();
    await check(`${student}/plan (guardian signed)`);
    await visit(`${student}/progress`);
    expect(problems).toEqual([]);
  }, 300_000);

  it('has no English on the counselor’s caseload, a student from it and their progress', async () => {
    problems.length = 0;
    await signIn('counselor', true);
    // Students' and schools' names are proper names ("Riverside High School").
    const caseload = await suite.browser.request.get(suite.url('/api/v1/caseload?lang=es'));
    const { items, schools } = (await caseload.json()) as TCaseload;
    for (const name of [...items.map((s) => s.name), ...schools.map((s) => s.name)])
      properNames.add(name);
    await visit('/es/caseload');
    await visit('/es/caseload?signal=failed_core');
    await page.locator('.caseload-list > li').first().getByRole('link').click();
    await page.getByRole('heading', { name: 'Notas del consejero escolar' }).waitFor();
    await check('/es/caseload/students/… (failed core course)');
    await page.getByRole('link', { name: 'Abrir el avance' }).click();
    await page.locator('.pr-list').first().waitFor();
    await check('/es/students/…/progress (counselor)');
    // A failed core course: the section of courses that do not count, and why, in Spanish.
    expect(await page.locator('#pr-not').count()).toBe(1);
    await visit(new URL(page.url()).pathname.replace(/progress$/, 'what-if'));
    expect(problems).toEqual([]);
  }, 300_000);
});
