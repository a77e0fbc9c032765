/**
 * Printed outreach: every locale has every printed item; each carries the numbers from the
 * services collection and a QR code to that locale's home page; each prints on its own paper
 * size and page count without overflow; the cards' fronts carry no alarming word; and every
 * ordinary page prints without its navigation and quick exit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { paperName, pdfPageSizes } from '../../scripts/lib/pdf.mjs';
import { locales } from '../../src/i18n/locales';
import { alarmingWordsIn, homeUrl, pdfPath, printItems, qrCode } from '../../src/lib/print';
import { axeFor } from '../helpers/axe';
import { distDir } from '../helpers/built-site';
import { parse } from 'yaml';

const mainNumber = (id: string) => {
  const service = parse(readFileSync(`content/services/${id}.yaml`, 'utf8')) as { contacts: { kind: string; value: string }[] };
  return service.contacts.find((contact) => contact.kind === 'phone')!.value;
};
const keyNumbers = ['national-domestic-abuse-helpline', 'freeva', 'emergency-999'].map(mainNumber);

for (const locale of locales) {
  test.describe(`${locale.code}: printed items`, () => {
    for (const item of printItems) {
      test(`${item.id} has the key numbers and a QR code to the home page, and prints on ${item.sides} ${item.paper} page(s)`, async ({ page }) => {
        const response = await page.goto(`/${locale.code}/print/${item.id}/`);
        expect(response?.status()).toBe(200);
        const sheet = page.locator(`[data-sheet="${item.id}"]`);
        const tels = await sheet.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(4)));
        for (const number of keyNumbers) expect(tels, number).toContain(number);
        // The QR code encodes the home page, and its drawing is the encoder's for that address.
        const qr = sheet.locator('svg.qr-code').first();
        expect(await qr.getAttribute('data-qr-text')).toBe(homeUrl(locale.code));
        expect(await qr.locator('path').getAttribute('d')).toBe(qrCode(homeUrl(locale.code)).path);

        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('[data-quick-exit]')).toBeHidden();
        await expect(page.locator('[data-print-button]')).toBeHidden();
        // Nothing cut off inside a card or a leaflet side.
        const clipped = await sheet.locator('.card, .leaflet__side').evaluateAll((parts) => parts.filter((part) => part.scrollHeight > part.clientHeight + 1).length);
        expect(clipped).toBe(0);
        const { violations } = await axeFor(page).analyze();
        expect(violations.map((violation) => violation.id)).toEqual([]);
        const sizes = pdfPageSizes(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        expect(sizes.map(paperName)).toEqual(Array(item.sides).fill(item.paper));
      });
    }

    test('the cards carry no alarming word on the front', async ({ page }) => {
      await page.goto(`/${locale.code}/print/cards/`);
      const fronts = await page.locator('[data-card-front]').allTextContents();
      expect(fronts).toHaveLength(10);
      for (const front of fronts) expect(alarmingWordsIn(front, locale.code)).toEqual([]);
    });

    test('the index lists every item, and a PDF only when it exists', async ({ page }) => {
      await page.goto(`/${locale.code}/print/`);
      for (const material of locales) {
        for (const item of printItems) {
          await expect(page.locator(`main a[href="/${material.code}/print/${item.id}/"]`)).toHaveCount(1);
          const pdf = pdfPath(material.code, item.id);
          await expect(page.locator(`main a[href="${pdf}"]`)).toHaveCount(existsSync(join(distDir, pdf)) ? 1 : 0);
        }
      }
    });
  });
}

test('the Print button opens the browser print dialogue', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  await page.goto('/en/print/poster/');
  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', '');
});

test('an ordinary page prints without navigation or quick exit, with link addresses and whole numbers', async ({ page }) => {
  await page.goto('/en/get-help/helplines/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['[data-quick-exit]', '.site-menu', '.language-links', '.skip-link']) await expect(page.locator(selector).first()).toBeHidden();
  await expect(page.locator('.help-strip')).toBeVisible();
  const external = page.locator('main a[href^="https:"]').first();
  const after = await external.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain(await external.getAttribute('href'));
  expect(await page.locator('a[href^="tel:"]').first().evaluate((link) => getComputedStyle(link).whiteSpace)).toBe('nowrap');
});
