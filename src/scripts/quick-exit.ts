/**
 * Quick exit. Runs from the document head as a classic script (see early.ts), so it works from
 * the first paint, before the rest of the page has loaded. Listens at the document level, so the
 * control works as soon as it is on screen. Without scripts the control is a plain link.
 *
 * Exiting hides the page in the same frame, shows only an "Exiting this page" alert (heard by
 * screen readers because it is the one thing left on screen), blanks the tab title and goes to
 * the destination with location.replace, so Back does not return here.
 */
import { createShiftCounter } from './shift-counter';

export interface QuickExitWords {
  /** Where the control leads: a neutral page. */
  destination: string;
  exiting: string;
  /** Spoken after each Shift press: [1 more press, 2 more presses]. */
  remaining: readonly [string, string];
}

const activeAttribute = 'data-quick-exit-active';
const controlSelector = 'a[data-quick-exit], a[data-quick-exit-skip]';

export function initQuickExit(words: QuickExitWords) {
  const root = document.documentElement;
  if (root.hasAttribute('data-quick-exit-ready')) return;
  root.setAttribute('data-quick-exit-ready', '');
  // The head script runs after <title>, so the title is known here.
  const title = document.title;

  const announce = (message: string) => {
    const status = document.querySelector('[data-quick-exit-status]');
    if (status) status.textContent = message;
  };

  const exit = () => {
    // Hide first: nothing of the page is painted again, even if the next site is slow.
    root.setAttribute(activeAttribute, '');
    document.title = '\u00a0';
    if (document.body && !document.querySelector('[data-quick-exit-overlay]')) {
      const overlay = document.createElement('div');
      overlay.setAttribute('data-quick-exit-overlay', '');
      overlay.setAttribute('role', 'alert');
      overlay.textContent = words.exiting;
      document.body.append(overlay);
    }
    window.location.replace(words.destination);
  };

  const onControl = (event: Event) => {
    const control = (event.target as Element | null)?.closest?.(controlSelector);
    if (!control) return false;
    event.preventDefault();
    exit();
    return true;
  };

  // Every way of following the link leaves this tab: a click or Enter, Ctrl/Cmd/Shift-click,
  // a middle click (which would open a new tab) and a long press (which would open a menu).
  document.addEventListener('click', onControl, true);
  document.addEventListener('auxclick', onControl, true);
  document.addEventListener('contextmenu', onControl, true);

  const counter = createShiftCounter();
  document.addEventListener('keydown', (event) => {
    if (!event.repeat) counter.keyDown(event.key, event.code, event.timeStamp);
  });
  document.addEventListener('keyup', (event) => {
    const remaining = counter.keyUp(event.key, event.code, event.timeStamp);
    if (remaining === undefined) return;
    if (remaining > 0) {
      announce(words.remaining[remaining - 1] ?? '');
      return;
    }
    // Another component (the practice area) may take over the shortcut.
    const practice = new CustomEvent('quick-exit:shortcut', { cancelable: true });
    if (document.dispatchEvent(practice)) exit();
  });

  // Back/forward cache: the page must not come back hidden or with old messages.
  window.addEventListener('pageshow', () => {
    root.removeAttribute(activeAttribute);
    document.querySelector('[data-quick-exit-overlay]')?.remove();
    document.title = title;
    counter.reset();
    announce('');
  });
}
