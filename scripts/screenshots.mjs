// Screenshots of built pages for people to look at: node scripts/screenshots.mjs /en/ /en/get-help/
// Writes screenshots/<name>-<width>[-rtl].png at 320 and 1280 px; --rtl also renders each page
// right-to-left to check the logical-property layout before an RTL language lands.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './lib/system-tools.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const rtl = process.argv.includes('--rtl');
const fullPage = process.argv.includes('--full');
const paths = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const outDir = 'screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const width of [320, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  for (const path of paths) {
    await page.goto(new URL(path, base).href);
    const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root';
    await page.screenshot({ path: `${outDir}/${name}-${width}.png`, fullPage });
    if (rtl) {
      await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      await page.screenshot({ path: `${outDir}/${name}-${width}-rtl.png`, fullPage });
    }
  }
  await page.close();
}
await browser.close();
console.log(`screenshots written to ${outDir}/`);
