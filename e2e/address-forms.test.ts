/**
 * Filter forms kept in the address, and the back button, in a real browser: the audit log, the
 * student exports, a student's what-if comparison and the interest results' job zones. After
 * Back each form shows what the address applies, not the choice made last: after an ordinary
 * Back, and when Back comes before the submitted address is drawn (React Router renders both
 * navigations as one transition, so the address the page draws never changes).
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TProfilerForm } from '../src/contracts/interests.ts';
import { getJson, open, signInDemoStaff, skipBrowserTests, useBrowserApp } from './helpers.ts';

/**
 * Submits the form and goes Back within the same task, so that React draws both address changes
 * at once (as it may when a person presses Back quickly): the pushed entry is put back to the one
 * before and the browser's popstate is sent, as Back does.
 */
async function submitThenBack(page: Page, form: string): Promise<void> {
  await page.evaluate((selector) => {
    const before = { state: window.history.state as unknown, href: window.location.href };
    document.querySelector<HTMLFormElement>(selector)!.requestSubmit();
    if (window.location.href === before.href) throw new Error('the submit changed no address');
    window.history.replaceState(before.state, '', before.href);
    window.dispatchEvent(new PopStateEvent('popstate', { state: before.state }));
  }, form);
}

/** The page's form: `choose` picks a value, `shown` reads the one it shows, `submit` applies. */
interface FilterForm {
  selector: string;
  choose(value: string): Promise<void>;
  shown(): Promise<string>;
  submit(): Promise<void>;
}

const selectForm = (page: Page, selector: string, select: Locator, button: string) => ({
  selector,
  choose: async (value: string) => {
    await select.selectOption(value);
  },
  shown: () => select.inputValue(),
  submit: () => page.locator(selector).getByRole('button', { name: button }).click(),
});

describe.skipIf(skipBrowserTests())('filter forms in the address, and Back', () => {
  const suite = useBrowserApp();
  const { url } = suite;
  let page: Page;

  beforeAll(async () => {
    page = suite.page;
    await signInDemoStaff(page, suite.app.url, 'state@demo.wayfinder.test');
  });

  /**
   * From `address` (filter `first` applied), applies `second`, goes Back: the form shows `first`.
   * Then chooses `second` again and goes Back as the submit is drawn: the form still shows `first`.
   * `param` is how the address names the second choice.
   */
  async function backShowsApplied(
    address: string,
    form: FilterForm,
    first: string,
    second: string,
    param: RegExp,
  ) {
    await open(page, url(address));
    await page.locator(form.selector).waitFor();
    expect(await form.shown()).toBe(first);
    await form.choose(second);
    await form.submit();
    await page.waitForURL(param);
    await expect.poll(() => form.shown()).toBe(second);
    await page.goBack();
    await page.waitForURL((at) => !param.test(at.href));
    await expect.poll(() => form.shown()).toBe(first);

    await page.locator(form.selector).waitFor();
    await form.choose(second);
    expect(await form.shown()).toBe(second);
    const before = page.url();
    await submitThenBack(page, form.selector);
    expect(page.url()).toBe(before);
    // Until the transition is drawn the form may still show the edit; then what is applied.
    await expect.poll(() => form.shown()).toBe(first);
  }

  it('the audit log shows the filters Back returned to', async () => {
    const select = page.locator('#audit-action');
    await backShowsApplied(
      '/admin/audit?action=auth.sign_in',
      selectForm(page, 'form.admin-filters', select, 'Show entries'),
      'auth.sign_in',
      'user.create',
      /action=user\.create/,
    );
  });

  it('the student exports show the status Back returned to', async () => {
    const select = page.locator('#exports-status');
    await backShowsApplied(
      '/admin/exports?status=pending',
      selectForm(page, 'form.admin-filters', select, 'Show exports'),
      'pending',
      'used',
      /status=used/,
    );
  });

  it('the what-if page shows the comparison Back returned to', async () => {
    const students = await (await page.request.get(url('/api/v1/students'))).json();
    const student = (students as { items: { id: string }[] }).items[0]!.id;
    const nursing = 'program:riverside-nursing';
    const address = `/students/${student}/what-if?with=${encodeURIComponent(nursing)}`;
    await open(page, url(address));
    const select = page.getByLabel('Compare with');
    const values = await select
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const other = values.find((value) => value !== nursing)!;
    expect(other).toBeTruthy();
    await backShowsApplied(
      address,
      selectForm(page, '.wi-page form', select, 'Compare'),
      nursing,
      other,
      new RegExp(`with=${encodeURIComponent(other).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
  });

  it('the interest results show the job zone Back returned to', async () => {
    // Finished answers in this browser, so that the results page lists matches.
    const profiler = await getJson<TProfilerForm>(url('/api/v1/interest-profiler?form=60'));
    const liked: Record<string, number> = { R: 2, I: 4, A: 1, S: 5, E: 3, C: 2 };
    const answers = Object.fromEntries(profiler.items.map((item) => [item.id, liked[item.area]!]));
    await open(page, url('/'));
    await page.evaluate(
      (finished) => {
        localStorage.setItem('wayfinder.interest-profiler.finished.v1', JSON.stringify(finished));
      },
      { form: 60, answers, finishedAt: new Date().toISOString() },
    );
    const zone = (value: string) => page.locator(`form.ip-zones input[value="${value}"]`);
    await backShowsApplied(
      '/interest-profiler/results?zone=3',
      {
        selector: 'form.ip-zones',
        choose: (value) => zone(value).check(),
        shown: () =>
          page
            .locator('form.ip-zones input:checked')
            .evaluate((e) => (e as HTMLInputElement).value),
        submit: () => page.getByRole('button', { name: 'Show matches' }).click(),
      },
      '3',
      '5',
      /zone=5/,
    );
  });
});
