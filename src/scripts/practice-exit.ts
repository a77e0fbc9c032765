/**
 * The practice area on "Staying safe online". While the keyboard focus is inside it, the Shift
 * shortcut is practised here instead of leaving; everywhere else it exits as normal.
 */
function initPracticeExit(area: HTMLElement) {
  if (area.hasAttribute('data-practice-ready')) return;
  area.setAttribute('data-practice-ready', '');

  const screen = area.querySelector<HTMLElement>('[data-practice-screen]');
  const button = area.querySelector<HTMLButtonElement>('[data-practice-button]');
  const result = area.querySelector<HTMLElement>('[data-practice-result]');
  if (!screen || !button || !result) return;

  const practise = () => {
    screen.setAttribute('data-blanked', '');
    result.textContent = result.dataset.messageDone ?? '';
    window.setTimeout(() => screen.removeAttribute('data-blanked'), 1500);
  };

  area.hidden = false;
  button.addEventListener('click', practise);
  document.addEventListener('quick-exit:shortcut', (event) => {
    if (!area.contains(document.activeElement)) return;
    event.preventDefault();
    practise();
  });
}

for (const area of document.querySelectorAll<HTMLElement>('[data-practice-exit]')) initPracticeExit(area);
