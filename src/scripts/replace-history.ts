/**
 * Moving between pages of this site replaces the current history entry instead of adding one,
 * so after a quick exit the Back button cannot walk back through what was read here.
 * Without JavaScript links behave normally; the "Staying safe online" page says so.
 */
function isInternalPageLink(link: HTMLAnchorElement): boolean {
  if (link.target && link.target !== '_self') return false;
  if (link.hasAttribute('download') || link.hasAttribute('data-quick-exit') || link.hasAttribute('data-quick-exit-skip')) return false;
  // A jump within the page is included: its history entry would let Back return to this page after an exit.
  return link.origin === window.location.origin;
}

export function initReplaceHistory() {
  const root = document.documentElement;
  if (root.hasAttribute('data-replace-history-ready')) return;
  root.setAttribute('data-replace-history-ready', '');

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || !isInternalPageLink(link)) return;
    event.preventDefault();
    window.location.replace(link.href);
  });
}
