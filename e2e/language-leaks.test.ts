/**
 * A reader of one language never meets our words in the other: every kind of page of the demo
 * world (demo-pages.ts, as every-page walks it), signed out and as the state admin, then the
 * student's Interest Profiler, results, /me, plan, editor, progress and what-if, the guardian's
 * and the counselor's caseload, in English and Spanish. On a Spanish page no phrase of the
 * English catalogues, no text the API gave in English without `lang="en"` and no English
 * message of an API refusal; on an English page no phrase of the Spanish catalogues (see
 * language-walk.ts). Refusals come from forms filled wrong (sign-in, a user who exists) and from
 * answers made to fail (a note, saving results, a student's progress). Last, the check is shown
 * to fail on planted text.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseload } from '../src/contracts/caseload.ts';
import type { TProfilerForm } from '../src/contracts/interests.ts';
import { totpCode } from '../src/domain/auth/totp.ts';
import { DEMO_ORGS } from '../src/data/demo/people.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoPeople } from '../src/services/accounts/seed-demo.ts';
import { caseloadMessages } from '../src/web/caseload/i18n-caseload.ts';
import { messages } from '../src/web/i18n.ts';
import { demoPublicPages, staffPages } from './demo-pages.ts';
import { getJson, open, skipBrowserTests, useBrowserApp } from './helpers.ts';
import { leaks, watchApi, type ApiWatch, type Lang } from './language-walk.ts';

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;
const langOf = (address: string): Lang => (/^\/es(?:\/|$|\?)/.test(address) ? 'es' : 'en');
const both = (addresses: string[]) => addresses.flatMap((a) => [a, `/es${a}`]);

describe.skipIf(skipBrowserTests())('a page in one language shows none of the other', () => {
  const suite = useBrowserApp();
  // Besides the brands and marks english-catalogue.ts knows (PROPER_NAMES), people's names.
  const properNames = new Set<string>();
  const problems: string[] = [];
  let publicPages: string[];
  let page: Page;
  let api: ApiWatch;

  beforeAll(async () => {
    page = suite.page;
    api = watchApi(page);
    await suite.app.runtime.seedDemoRegion();
    const demo = await demoPublicPages(suite.url);
    publicPages = demo.publicPages;
    // Institutions, issuers and exams are proper names ("Riverside Valley Community College").
    for (const p of demo.details) {
      const { catalog } = p.document;
      for (const i of catalog.institutions) properNames.add(i.name);
      for (const c of catalog.credentials) if (c.issuer) properNames.add(c.issuer);
      for (const a of catalog.creditAgreements) if (a.exam) properNames.add(a.exam.name);
    }
  });

  afterAll(() => {
    if (problems.length > 0) console.warn(problems.join('\n'));
  });

  const check = async (label: string, lang: Lang = langOf(new URL(page.url()).pathname)) => {
    await page.waitForFunction(() => !document.querySelector('p.status'), null, {
      timeout: 15_000,
    });
    problems.push(...(await leaks(page, lang, label, api, [...properNames])));
  };
  const visit = async (address: string) => {
    api.reset();
    await open(page, suite.url(address));
    await check(address, langOf(address));
  };
  const sessions = new Map<
    string,
    { cookies: Cookies; user: { id: string; name: string }; csrfToken?: string | undefined }
  >();
  /** Signs in once per person (a second factor's code is taken once), then reuses the session. */
  const signIn = async (who: string, staff = false) => {
    await suite.browser.clearCookies();
    const known = sessions.get(who);
    if (known) {
      await suite.browser.addCookies(known.cookies);
      return { ...known.user, csrfToken: known.csrfToken };
    }
    const response = await suite.browser.request.post(suite.url('/api/v1/auth/sign-in'), {
      data: {
        email: `${who}@demo.wayfinder.test`,
        password: DEMO_PASSWORD,
        ...(staff ? { totpCode: totpCode(DEMO_TOTP_SECRET, new Date()) } : {}),
      },
    });
    expect(response.status(), await response.text()).toBe(200);
    // People's names (the header's, a guardian's child's) are proper names.
    const { user, csrfToken } = (await response.json()) as {
      user: { id: string; name: string; csrfToken?: string };
      csrfToken?: string;
    };
    properNames.add(user.name);
    sessions.set(who, { cookies: await suite.browser.cookies(), user, csrfToken });
    return { ...user, csrfToken };
  };
  /** The names and addresses of the people and organizations an admin's pages list. */
  const namesAdminsSee = () => {
    for (const person of demoPeople()) properNames.add(person.name).add(person.email);
    for (const org of DEMO_ORGS) properNames.add(org.name);
  };
  /** Finished Interest Profiler answers in this browser, as the survey leaves them. */
  const finishProfiler = async () => {
    const form = await getJson<TProfilerForm>(suite.url('/api/v1/interest-profiler?form=60'));
    const liked: Record<string, number> = { R: 2, I: 4, A: 1, S: 5, E: 3, C: 2 };
    const answers = Object.fromEntries(form.items.map((item) => [item.id, liked[item.area]!]));
    await page.goto(suite.url('/'));
    await page.evaluate(
      (finished) => {
        localStorage.setItem('wayfinder.interest-profiler.finished.v1', JSON.stringify(finished));
      },
      { form: 60, answers, finishedAt: new Date().toISOString() },
    );
  };

  it('on the public pages, signed out', { timeout: 900_000 }, async () => {
    problems.length = 0;
    expect(publicPages.length).toBeGreaterThan(40);
    for (const address of both(publicPages)) await visit(address);
    expect(problems).toEqual([]);
  });

  it('on the state admin’s pages', { timeout: 600_000 }, async () => {
    problems.length = 0;
    await signIn('state', true);
    namesAdminsSee();
    const students = await (await suite.browser.request.get(suite.url('/api/v1/students'))).json();
    const { items } = students as { items: { id: string; name: string }[] };
    for (const s of items) properNames.add(s.name);
    for (const address of both(staffPages(encodeURIComponent(items[0]!.id)))) await visit(address);
    expect(problems).toEqual([]);
  });

  it('on the student’s, guardian’s and counselor’s pages', { timeout: 600_000 }, async () => {
    problems.length = 0;
    const student = await signIn('student');
    const id = encodeURIComponent(student.id);
    const started = await suite.browser.request.post(suite.url(`/api/v1/students/${id}/plan`), {
      data: { programId: 'riverside-software-development' },
      headers: { 'x-csrf-token': student.csrfToken ?? '' },
    });
    expect(started.status(), await started.text()).toBe(201);
    await finishProfiler();
    const studentPages = [
      '/me',
      '/interest-profiler',
      '/interest-profiler/results',
      '/interest-profiler/results?zone=3',
      `/students/${id}/plan`,
      `/students/${id}/plan/edit`,
      `/students/${id}/progress`,
      `/students/${id}/what-if?with=tx-foundation-endorsement`,
    ];
    for (const address of both(studentPages)) await visit(address);
    await signIn('guardian');
    for (const address of both(['/me', `/students/${id}/plan`, `/students/${id}/progress`]))
      await visit(address);
    await signIn('counselor', true);
    const caseload = await suite.browser.request.get(suite.url('/api/v1/caseload'));
    const { items, schools } = (await caseload.json()) as TCaseload;
    for (const name of [...items.map((s) => s.name), ...schools.map((s) => s.name)])
      properNames.add(name);
    const first = encodeURIComponent(items[0]!.id);
    for (const address of both([
      '/caseload',
      '/caseload?signal=failed_core',
      `/caseload/students/${first}`,
      `/students/${first}/progress`,
    ]))
      await visit(address);
    expect(problems).toEqual([]);
  });

  /** Fills a page's form and waits for its alert; the refusal is then checked like any text. */
  const refused = async (address: string, fill: () => Promise<void>) => {
    api.reset();
    await open(page, suite.url(address));
    await fill();
    await page.getByRole('alert').first().waitFor();
    await check(`${address} (refused)`, langOf(address));
  };
  /** Answers an API address with a refusal in the API's English words, for the next page. */
  const refuse = async (pattern: string, method: string, status: number, message: string) => {
    await page.route(pattern, (route) =>
      route.request().method() === method
        ? route.fulfill({ status, json: { error: { code: 'invalid', message } } })
        : route.fallback(),
    );
  };

  it('in the API’s refusals of a form, in the page’s language', { timeout: 300_000 }, async () => {
    problems.length = 0;
    try {
      for (const lang of ['en', 'es'] as const) {
        const t = messages[lang];
        const at = (address: string) => (lang === 'es' ? `/es${address}` : address);
        await suite.browser.clearCookies();
        await refused(at('/sign-in'), async () => {
          await page.getByLabel(t.signInEmail, { exact: true }).fill('student@demo.wayfinder.test');
          await page.getByLabel(t.signInPassword, { exact: true }).fill('not the password');
          await page.getByRole('button', { name: t.signInSubmit, exact: true }).click();
        });
        await signIn('state', true);
        namesAdminsSee();
        await refused(at('/admin/users'), async () => {
          await page.getByLabel(t.createUserName, { exact: true }).fill('Ana Pérez');
          await page
            .getByLabel(t.createUserEmail, { exact: true })
            .fill('student@demo.wayfinder.test');
          const role = page.getByLabel(t.createUserRole, { exact: true });
          await role.selectOption({ index: 1 });
          await page.getByLabel(t.createUserOrg, { exact: true }).selectOption({ index: 1 });
          await page.getByRole('button', { name: t.createUserSubmit, exact: true }).click();
        });
        // The server's own refusal, naming the email, in the page's language (not the general
        // wording for a conflict).
        const taken =
          lang === 'es'
            ? 'Ya existe un usuario con el correo electrónico student@demo.wayfinder.test.'
            : 'A user with the email student@demo.wayfinder.test already exists.';
        await page.getByText(taken).first().waitFor();
        expect(await page.getByText(t.errorApiConflict).count()).toBe(0);
        await signIn('counselor', true);
        const caseload = await suite.browser.request.get(suite.url('/api/v1/caseload'));
        const first = encodeURIComponent(((await caseload.json()) as TCaseload).items[0]!.id);
        await refuse('**/api/v1/students/*/notes', 'POST', 400, 'body: must not be empty');
        await refused(at(`/caseload/students/${first}`), async () => {
          const c = caseloadMessages[lang];
          await page.getByLabel(c.addNote, { exact: true }).fill('Called home.');
          await page.getByRole('button', { name: c.saveNote, exact: true }).click();
        });
        await refuse(
          '**/api/v1/students/*/progress*',
          'GET',
          500,
          'The transcript could not be read.',
        );
        await refused(at(`/caseload/students/${first}`), async () => {});
        await page.unrouteAll();
        const student = await signIn('student');
        await finishProfiler();
        await refuse('**/api/v1/students/*/interest-results', 'POST', 400, 'answers: 60 expected');
        await refused(at('/interest-profiler/results'), async () => {
          await page.getByRole('button', { name: t.resSave, exact: true }).click();
        });
        await page.unrouteAll();
        expect(student.id).toBeTruthy();
      }
    } finally {
      await page.unrouteAll();
      await suite.browser.clearCookies();
    }
    expect(problems).toEqual([]);
  });

  it('fails on planted text: either catalogue, an unmarked English title, an API message', async () => {
    const plant = async (address: string, html: string) => {
      api.reset();
      await open(page, suite.url(address));
      await page.locator('main h1').evaluate((h1, text) => {
        h1.insertAdjacentHTML('afterend', text);
      }, html);
      return leaks(page, langOf(address), address, api, [...properNames]);
    };
    const t = messages;
    expect(await plant('/es/programs', `<p>${t.en.homeTitle}</p>`)).toEqual([
      expect.stringContaining(`«${t.en.homeTitle}»`),
    ]);
    expect(await plant('/es/programs', `<p lang="en">${t.en.homeTitle}</p>`)).toEqual([]);
    expect(await plant('/programs', `<p>${t.es.homeTitle}</p>`)).toHaveLength(1);
    expect(await plant('/programs', `<p lang="es">${t.es.homeTitle}</p>`)).toEqual([]);
    // A title the API gave in English, shown unmarked; an API refusal shown in its words.
    await plant('/es/programs', '<p>Registered Nurses</p><p>The transcript could not be read.</p>');
    api.english.add('Registered Nurses');
    api.refusals.add('The transcript could not be read.');
    const found = (await leaks(page, 'es', 'x', api, [])).join('\n');
    expect(found).toMatch(/not marked lang="en": Registered Nurses/);
    expect(found).toMatch(/the API's English message: The transcript could not be read/);
    // Marked as English, the title is no leak; the refusal still is (a family cannot read it).
    await page.locator('main h1 + p, main h1 + p + p').evaluateAll((ps) => {
      for (const p of ps) p.setAttribute('lang', 'en');
    });
    const marked = (await leaks(page, 'es', 'x', api, [])).join('\n');
    expect(marked).not.toMatch(/Registered Nurses/);
    expect(marked).toMatch(/the API's English message/);
  });
});
