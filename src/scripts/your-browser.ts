/** Shows the "Go to the steps for your browser" link on "Staying safe online". */
import { detectBrowser, type BrowserKey } from '../lib/browser-detect';
import { initModules, part, readWords } from './modules';

function initYourBrowser(hint: HTMLElement) {
  const text = part(hint, 'data-your-browser-text');
  const link = part<HTMLAnchorElement>(hint, 'data-your-browser-link');
  const words = readWords(hint, ['message', 'link']);
  const steps = JSON.parse(hint.dataset.steps ?? '{}') as Partial<Record<BrowserKey, string>>;
  const browser = detectBrowser(navigator.userAgent, navigator.maxTouchPoints);
  const headingId = browser && steps[browser];
  const heading = headingId ? document.getElementById(headingId) : null;
  // A browser with no steps on the page (Opera, UC): better no pointer than a wrong one.
  if (!heading) return;

  const name = heading.textContent?.trim() ?? '';
  text.textContent = words.message.replace('{{browser}}', name);
  link.href = `#${heading.id}`;
  link.textContent = words.link.replace('{{browser}}', name);
  hint.hidden = false;
}

initModules('your-browser', initYourBrowser);
