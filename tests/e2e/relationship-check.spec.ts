/**
 * "Is this OK?": by keyboard alone, danger first, nothing remembered or stored, Exit at any
 * point, axe on every screen, and the whole list without a script.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { axeFor } from '../helpers/axe';
import { fakeExitDestination } from '../helpers/exit-destination';
import { checkVersionPath, checkVersions, versionQuestions } from '../../src/tools/relationship-check';

const [self, ...otherVersions] = checkVersions;
const checkQuestions = versionQuestions(self);
const path = `/en${checkVersionPath(self)}`;
const total = checkQuestions.length;

async function expectNoAxeViolations(page: Page) {
  const { violations } = await axeFor(page).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

/** From a question's focused heading, Tab to an answer and press Enter: keyboard only. */
async function answerByKeyboard(page: Page, answer: 'yes' | 'no' | 'skip') {
  const presses = { yes: 1, no: 2, skip: 3 }[answer];
  for (let press = 0; press < presses; press += 1) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.answer)).toBe(answer);
  await page.keyboard.press('Enter');
}

async function startByKeyboard(page: Page) {
  await page.goto(path);
  // Tab from the top of the page to the first answer.
  for (let press = 0; press < 60; press += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.answer === 'yes')) return;
  }
  throw new Error('Tab never reached the first answer');
}

test('completed by keyboard alone: focus on each question, progress read out, a result with no score', async ({ page }) => {
  // Many key presses and several axe runs: slow on a busy machine.
  test.slow();
  await startByKeyboard(page);
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter'); // "Yes" to jealousy
  for (let at = 1; at < total; at += 1) {
    // Focus is on the new question's heading, and its description is the count.
    const heading = page.locator(`#rc-${checkQuestions[at]!.id}`);
    await expect(heading).toBeFocused();
    await expect(heading).toHaveAccessibleDescription(`Question ${at + 1} of ${total}`);
    await expect(page.getByText(`Question ${at + 1} of ${total}`)).toBeVisible();
    await expect(page.locator('[data-rc-question]:visible')).toHaveCount(1);
    if (at % 5 === 0) await expectNoAxeViolations(page);
    const id = checkQuestions[at]!.id;
    await answerByKeyboard(page, id === 'money' ? 'yes' : id === 'sex' ? 'skip' : 'no');
  }
  await expect(page.locator('#rc-result-heading')).toBeFocused();
  await expect(page.locator('[data-rc-danger]')).toBeHidden();
  await expect(page.locator('[data-rc-kind]:visible h3')).toHaveText(['Controlling behaviour', 'Money abuse']);
  await expect(page.getByRole('link', { name: 'Read about Money abuse' })).toHaveAttribute('href', '/en/recognising-abuse/economic-abuse/');
  // A description, never a score or verdict.
  expect(await page.locator('[data-rc-result]').innerText()).not.toMatch(/\d+ ?%|\d+ (out )?of \d+|score/i);
  await expect(page.getByRole('heading', { name: 'Where to get help' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Back returns to the last question, and skipping every question says nothing was found', async ({ page }) => {
  await page.goto(path);
  await expect(page.locator('[data-rc-back]')).toBeHidden();
  await page.getByRole('button', { name: 'Yes' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator(`#rc-${checkQuestions[0]!.id}`)).toBeFocused();
  for (let at = 0; at < total; at += 1) await page.locator('[data-rc-question]:visible [data-answer="skip"]').click();
  await expect(page.locator('[data-rc-none]')).toBeVisible();
  await expect(page.locator('[data-rc-kind]:visible')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Clear my answers and start again' }).click();
  await expect(page.locator(`#rc-${checkQuestions[0]!.id}`)).toBeFocused();
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();
});

for (const danger of checkQuestions.filter((question) => question.danger)) {
  test(`a "yes" to ${danger.id} opens the result with the emergency routes`, async ({ page }) => {
    await page.goto(path);
    for (const question of checkQuestions) await page.locator(`[data-rc-question="${question.id}"] [data-answer="${question.id === danger.id ? 'yes' : 'no'}"]`).click();
    const heading = page.locator('#rc-danger-heading');
    await expect(heading).toBeFocused();
    // Before anything else on the result: the first heading, with 999 and the 24-hour helpline.
    const first = await page.locator('[data-rc-result] h2:visible').first().getAttribute('id');
    expect(first).toBe('rc-danger-heading');
    const block = page.locator('[data-rc-danger]');
    await expect(block.locator('a[href="tel:999"]')).toBeVisible();
    await expect(block).toContainText('24-hour helpline');
    const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
    expect(await top('[data-rc-danger]')).toBeLessThan(await top('#rc-result-heading'));
    if (danger.id === 'neck') await expectNoAxeViolations(page);
  });
}

test('nothing of the answers reaches the URL, title, history or storage, and nothing is remembered', async ({ page }) => {
  await page.goto(path);
  const before = await page.evaluate(() => ({ url: location.href, title: document.title, history: history.length }));
  for (const question of checkQuestions) await page.locator(`[data-rc-question="${question.id}"] [data-answer="yes"]`).click();
  await expect(page.locator('[data-rc-danger]')).toBeVisible();
  const after = await page.evaluate(async () => ({
    url: location.href,
    title: document.title,
    history: history.length,
    state: history.state,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    cookie: document.cookie,
    windowName: window.name,
  }));
  expect(after).toEqual({ ...before, state: null, local: 0, session: 0, databases: 0, cookie: '', windowName: '' });
  expect(await page.context().cookies()).toEqual([]);

  // Leaving wipes the answers; a page brought back from the back/forward cache starts empty.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page.locator('[data-rc-danger]')).toBeHidden();
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();
  for (const question of checkQuestions.slice(0, 3)) await page.locator(`[data-rc-question="${question.id}"] [data-answer="yes"]`).click();
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();

  // Going elsewhere and coming back: a fresh start.
  for (const question of checkQuestions) await page.locator(`[data-rc-question="${question.id}"] [data-answer="yes"]`).click();
  await page.goto('/en/get-help/');
  await page.goBack().catch(() => undefined);
  if (!page.url().endsWith(path)) await page.goto(path);
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible();
  await expect(page.locator('[data-rc-danger]')).toBeHidden();
  await expect(page.locator('.rc')).not.toHaveAttribute('data-done');
});

test('Exit in the middle of the check leaves at once', async ({ page, context }) => {
  const destination = await fakeExitDestination(context);
  await page.goto(path);
  for (const question of checkQuestions.slice(0, 4)) await page.locator(`[data-rc-question="${question.id}"] [data-answer="yes"]`).click();
  await page.locator('a[data-quick-exit]').click();
  await page.waitForURL(destination.url);
  await page.goBack().catch(() => undefined);
  expect(page.url()).not.toContain('relationship-check');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('is the full list of questions, what each behaviour means and where to get help', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('[data-rc-question]:visible')).toHaveCount(total);
    await expect(page.locator('[data-answer]:visible')).toHaveCount(0);
    await expect(page.locator('[data-rc-kind]:visible')).toHaveCount(7);
    await expect(page.getByRole('heading', { name: 'Where to get help' })).toBeVisible();
    await expect(page.locator('[data-rc-danger]')).toBeHidden();
  });
});

test('with its scripts blocked, the plain list passes axe', async ({ page }) => {
  // Axe needs a script of its own, so the site's scripts are blocked instead of all scripts.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(path);
  await expect(page.locator('[data-rc-question]:visible')).toHaveCount(total);
  await expectNoAxeViolations(page);
});

for (const version of otherVersions) {
  const questions = versionQuestions(version);
  test(`the "${version.id}" version asks its own questions, and danger still comes first`, async ({ page }) => {
    await page.goto(`/en${checkVersionPath(version)}`);
    await expect(page.locator('[aria-current="page"]')).toBeVisible();
    await expect(page.locator('[data-rc-progress]')).toHaveText(`Question 1 of ${questions.length}`);
    for (const question of questions) await page.locator(`[data-rc-question="${question.id}"] [data-answer="${question.id === 'kill' ? 'yes' : 'no'}"]`).click();
    await expect(page.locator('#rc-danger-heading')).toBeFocused();
    await expect(page.locator('[data-rc-danger] a[href="tel:999"]')).toBeVisible();
    // The first line to call is the one made for this reader.
    await expect(page.locator('.rc__help li a[href^="tel:"]').first()).toHaveAttribute('href', version.id === 'young' ? 'tel:+448001111' : 'tel:+448082000247');
    await expectNoAxeViolations(page);
  });
}

test('the three versions link to each other, from the page and without a script', async ({ page }) => {
  await page.goto(path);
  for (const version of otherVersions) await expect(page.locator(`.rc__versions a[href="/en${checkVersionPath(version)}"]`)).toBeVisible();
  await expect(page.locator('.rc__versions [aria-current="page"]')).toHaveText('Me, and a partner or family member');
});

for (const locale of locales.filter((candidate) => candidate.code !== 'en')) {
  test(`exists in ${locale.code}, translated, with the count in that language`, async ({ page }) => {
    const words = JSON.parse(readFileSync(`src/i18n/ui/${locale.code}.json`, 'utf8')) as Record<string, string>;
    await page.goto(`/${locale.code}${checkVersionPath(self)}`);
    await expect(page.locator('[data-rc-progress]')).toHaveText(words['tools.check.progress']!.replace('{{current}}', '1').replace('{{total}}', String(total)));
    await expect(page.locator('h1')).toHaveText(words['tools.check.title']!);
    for (const question of checkQuestions) await page.locator(`[data-rc-question="${question.id}"] [data-answer="${question.id === 'neck' ? 'yes' : 'no'}"]`).click();
    await expect(page.locator('#rc-danger-heading')).toBeFocused();
    await expect(page.locator('#rc-danger-heading')).toHaveText(words['tools.check.dangerHeading']!);
    await expectNoAxeViolations(page);
  });
}
