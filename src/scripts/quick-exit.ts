/**
 * Quick exit, progressively enhanced. Without this script the control is a plain link to the
 * neutral destination. With it: the page is hidden in the same frame, the visit is replaced in
 * history, and Shift pressed three times does the same. Elements are found by data attributes.
 */
import { createShiftCounter } from './shift-counter';

const activeAttribute = 'data-quick-exit-active';

function initQuickExit() {
  const root = document.documentElement;
  if (root.hasAttribute('data-quick-exit-ready')) return;
  root.setAttribute('data-quick-exit-ready', '');

  const control = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');
  if (!control) return;
  const destination = control.href;
  const title = document.title;

  const announce = (message: string) => {
    if (status) status.textContent = message;
  };

  const exit = () => {
    // Hide first: nothing of the page is painted again, even if the next site is slow.
    root.setAttribute(activeAttribute, '');
    document.title = '\u00a0';
    announce(status?.dataset.messageExiting ?? '');
    window.location.replace(destination);
  };

  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit], a[data-quick-exit-skip]')) {
    link.addEventListener('click', (event) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      exit();
    });
  }

  const counter = createShiftCounter();
  document.addEventListener('keydown', (event) => {
    if (!event.repeat) counter.keyDown(event.key, event.code, event.timeStamp);
  });
  document.addEventListener('keyup', (event) => {
    const remaining = counter.keyUp(event.key, event.code, event.timeStamp);
    if (remaining === undefined) return;
    if (remaining > 0) {
      announce(status?.getAttribute(`data-message-remaining-${remaining}`) ?? "");
      return;
    }
    // Another component (the practice area) may take over the shortcut.
    const practice = new CustomEvent('quick-exit:shortcut', { cancelable: true });
    if (document.dispatchEvent(practice)) exit();
  });

  // Back/forward cache: the page must not come back hidden or with old messages.
  window.addEventListener('pageshow', () => {
    root.removeAttribute(activeAttribute);
    document.title = title;
    counter.reset();
    announce('');
  });
}

initQuickExit();
