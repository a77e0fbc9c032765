/** Shows the "Go to the steps for your browser" link on "Staying safe online". */
import { detectBrowser, type BrowserKey } from '../lib/browser-detect';

function initYourBrowser(hint: HTMLElement) {
  if (hint.hasAttribute('data-your-browser-ready')) return;
  hint.setAttribute('data-your-browser-ready', '');

  const text = hint.querySelector<HTMLElement>('[data-your-browser-text]');
  const link = hint.querySelector<HTMLAnchorElement>('[data-your-browser-link]');
  const steps = JSON.parse(hint.dataset.steps ?? '{}') as Partial<Record<BrowserKey, string>>;
  const browser = detectBrowser(navigator.userAgent, navigator.maxTouchPoints);
  const headingId = browser && steps[browser];
  const heading = headingId ? document.getElementById(headingId) : null;
  if (!text || !link || !heading) return;

  const name = heading.textContent?.trim() ?? '';
  text.textContent = (hint.dataset.message ?? '').replace('{{browser}}', name);
  link.href = `#${heading.id}`;
  link.textContent = (hint.dataset.linkMessage ?? '').replace('{{browser}}', name);
  hint.hidden = false;
}

for (const hint of document.querySelectorAll<HTMLElement>('[data-your-browser]')) initYourBrowser(hint);
