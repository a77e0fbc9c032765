/**
 * The practice area on "Staying safe online". While the keyboard focus is inside it, the Shift
 * shortcut is practised here instead of leaving; everywhere else it exits as normal.
 */
import { initModules, part, readWords } from './modules';

function initPracticeExit(area: HTMLElement) {
  const screen = part(area, 'data-practice-screen');
  const button = part<HTMLButtonElement>(area, 'data-practice-button');
  const result = part(area, 'data-practice-result');
  const words = readWords(area, ['done']);

  const practise = () => {
    screen.setAttribute('data-blanked', '');
    result.textContent = words.done;
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

initModules('practice-exit', initPracticeExit);
