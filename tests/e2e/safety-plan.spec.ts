/**
 * The safety-plan builder: by keyboard alone, only what was chosen in the plan, a warning before
 * printing, a wipe that clears at once, nothing stored or remembered, axe on every screen, a
 * printable checklist without a script, and a printed plan on A4 without the site's navigation.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { axeFor } from '../helpers/axe';
import { fakeExitDestination } from '../helpers/exit-destination';

const path = '/en/tools/safety-plan/';

async function expectNoAxeViolations(page: Page) {
  const { violations } = await axeFor(page).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');

async function tabTo(page: Page, text: string) {
  for (let press = 0; press < 80; press += 1) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.closest('label')?.textContent?.trim() ?? element?.textContent?.trim() ?? '';
    });
    if (here.startsWith(text)) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

test('made by keyboard alone: choose, tick, write, show, and the plan holds only that', async ({ page }) => {
  // Many key presses and several axe runs: slow on a busy machine.
  test.slow();
  await page.goto(path);
  await expect(page.locator('[data-sp-section]:visible')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await tabTo(page, 'I still live with them');
  await page.keyboard.press('Space');
  await tabTo(page, 'I have children');
  await page.keyboard.press('Space');
  await expect(page.locator('[data-sp-section]:visible')).toHaveCount(2);
  await expectNoAxeViolations(page);
  await tabTo(page, 'Agree a code word');
  await page.keyboard.press('Space');
  await tabTo(page, 'Teach your children');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sam at work');
  await expect(page.getByLabel('Someone I trust and can contact')).toHaveValue('Sam at work');
  await tabTo(page, 'Show my plan');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your safety plan' })).toBeFocused();
  const plan = page.locator('main');
  await expect(plan.locator('[data-sp-step]:visible')).toHaveCount(2);
  await expect(plan.getByText('Agree a code word')).toBeVisible();
  await expect(plan.getByText('Keep money, keys')).toBeHidden();
  await expect(plan.locator('[data-sp-field]:visible')).toHaveCount(1);
  // The local and national numbers, from the services collection.
  await expect(plan.locator('.sp__numbers a[href^="tel:"]')).toHaveCount(4);
  // The warning comes before the print button.
  const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
  expect(await top('.sp__warning')).toBeLessThan(await top('[data-sp-print]'));
  await expectNoAxeViolations(page);

  await tabTo(page, 'Clear my plan now');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '1. What applies to you?' })).toBeFocused();
  expect(await focused(page)).toBe('1. What applies to you?');
  await expect(page.locator('[data-sp-section]:visible')).toHaveCount(0);
  expect(await page.locator('input').evaluateAll((inputs) => (inputs as HTMLInputElement[]).filter((input) => input.checked || input.value !== '').length)).toBe(0);
});

test('nothing reaches the URL, title, history or storage, and nothing is remembered', async ({ page }) => {
  await page.goto(path);
  const before = await page.evaluate(() => ({ url: location.href, title: document.title, history: history.length }));
  await page.locator('[data-sp-situation="leaving"]').check();
  await page.locator('[data-sp-section="leaving"] input').first().check();
  await page.locator('#sp-field-place').fill('my sister');
  await page.locator('[data-sp-show]').click();
  const after = await page.evaluate(async () => ({
    url: location.href,
    title: document.title,
    history: history.length,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    cookie: document.cookie,
    windowName: window.name,
  }));
  expect(after).toEqual({ ...before, local: 0, session: 0, databases: 0, cookie: '', windowName: '' });
  expect(await page.context().cookies()).toEqual([]);

  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page.locator('#sp-field-place')).toHaveValue('');
  await expect(page.locator('[data-sp-situation="leaving"]')).not.toBeChecked();

  await page.locator('[data-sp-situation="leaving"]').check();
  await page.locator('#sp-field-place').fill('my sister');
  await page.goto('/en/get-help/');
  await page.goBack().catch(() => undefined);
  if (!page.url().endsWith(path)) await page.goto(path);
  await expect(page.locator('#sp-field-place')).toHaveValue('');
  await expect(page.locator('[data-sp-situation="leaving"]')).not.toBeChecked();
});

test('Exit while making a plan leaves at once', async ({ page, context }) => {
  const destination = await fakeExitDestination(context);
  await page.goto(path);
  await page.locator('[data-sp-situation="living"]').check();
  await page.locator('#sp-field-codeWord').fill('pineapple');
  await page.locator('a[data-quick-exit]').click();
  await page.waitForURL(destination.url);
});

test('the printed plan fits A4 without the site navigation, warning or buttons', async ({ page }) => {
  await page.goto(path);
  await page.locator('[data-sp-situation="living"]').check();
  await page.locator('[data-sp-section="living"] input').nth(1).check();
  await page.locator('[data-sp-show]').click();
  await page.emulateMedia({ media: 'print' });
  // A4 at 96 dpi is 794 px wide.
  await page.setViewportSize({ width: 794, height: 1123 });
  for (const hidden of ['.site-header', '.site-nav', '.site-footer', 'a[data-quick-exit]', '.sp__actions', '.sp__warning']) await expect(page.locator(hidden).first()).toBeHidden();
  await expect(page.getByText('Agree a code word')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(794);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('is a printable checklist of every step', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('[data-sp-section]:visible')).toHaveCount(7);
    await expect(page.locator('[data-sp-situation]:visible')).toHaveCount(0);
    await expect(page.locator('button:visible')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Before you print' })).toBeVisible();
  });
});

test('with its scripts blocked, the checklist passes axe', async ({ page }) => {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(path);
  await expect(page.locator('[data-sp-section]:visible')).toHaveCount(7);
  await expectNoAxeViolations(page);
});

for (const locale of locales.filter((candidate) => candidate.code !== 'en')) {
  test(`exists in ${locale.code}, translated, and passes axe with a plan shown`, async ({ page }) => {
    const words = JSON.parse(readFileSync(`src/i18n/ui/${locale.code}.json`, 'utf8')) as Record<string, string>;
    await page.goto(`/${locale.code}/tools/safety-plan/`);
    await page.locator('[data-sp-situation="tech"]').check();
    await page.locator('[data-sp-section="tech"] input').first().check();
    await page.locator('[data-sp-show]').click();
    await expect(page.locator('#sp-plan-heading')).toHaveText(words['tools.plan.planHeading']!);
    await expectNoAxeViolations(page);
  });
}
