/**
 * The one classic script in the document head (built to an IIFE by src/lib/early-script.mjs).
 * It runs before the body is read, so the quick exit works from the first paint, and marks the
 * page as able to run the enhancement modules, so script-only controls show only where they
 * can work. Its words arrive as data attributes on its own <script> element.
 */
import { initQuickExit } from './quick-exit';
import { initReplaceHistory } from './replace-history';

const script = document.currentScript;
const data = script instanceof HTMLScriptElement ? script.dataset : undefined;
// Module scripts (the enhancements) run only where this holds; older browsers keep plain HTML.
if ('noModule' in HTMLScriptElement.prototype) document.documentElement.setAttribute('data-scripts-supported', '');
if (data?.exitUrl) {
  initQuickExit({
    destination: data.exitUrl,
    exiting: data.i18nExiting ?? '',
    remaining: [data.i18nOneMore ?? '', data.i18nTwoMore ?? ''],
  });
}
initReplaceHistory();

// Module scripts run before the load event. A component still not started by then had its
// script blocked or broken: mark it failed, so its script-only controls hide (base.css) and
// the plain-HTML way stays the one on screen.
window.addEventListener('load', () => {
  for (const element of document.querySelectorAll('[data-module]:not([data-module-ready])')) element.setAttribute('data-module-failed', '');
});
