/**
 * The safety-plan builder: steps follow the situations chosen, and "Show my plan" leaves only
 * what was ticked or written. Everything lives in the page's inputs only: "Clear my plan now",
 * leaving the page and a return from the back/forward cache all wipe it.
 */
import { initModules, part } from './modules';

function initSafetyPlan(root: HTMLElement) {
  const inputs = () => [...root.querySelectorAll<HTMLInputElement>('input')];
  const sections = [...root.querySelectorAll<HTMLElement>('[data-sp-section]')];
  const steps = [...root.querySelectorAll<HTMLElement>('[data-sp-step]')];
  const fields = [...root.querySelectorAll<HTMLElement>('[data-sp-field]')];
  const planHeading = part(root, 'data-sp-plan-heading');
  const chooseHeading = part(root, 'data-sp-choose-heading');

  const chosen = () => new Set([...root.querySelectorAll<HTMLInputElement>('[data-sp-situation]:checked')].map((input) => input.dataset.spSituation));

  const update = () => {
    const situations = chosen();
    for (const section of sections) section.toggleAttribute('data-chosen', situations.has(section.dataset.spSection));
    let anyTicked = false;
    for (const step of steps) {
      const ticked = step.closest<HTMLElement>('[data-sp-section]')!.hasAttribute('data-chosen') && step.querySelector('input')!.checked;
      step.toggleAttribute('data-ticked', ticked);
      anyTicked ||= ticked;
    }
    for (const section of sections) section.toggleAttribute('data-ticked', section.querySelector('[data-ticked]') !== null);
    let anyFilled = false;
    for (const field of fields) {
      const filled = field.querySelector('input')!.value.trim() !== '';
      field.toggleAttribute('data-filled', filled);
      anyFilled ||= filled;
    }
    root.toggleAttribute('data-empty', !anyTicked);
    root.toggleAttribute('data-no-fields', !anyFilled);
  };

  const wipe = () => {
    for (const input of inputs()) {
      input.checked = false;
      input.value = '';
    }
    root.removeAttribute('data-plan');
    update();
  };

  root.addEventListener('change', update);
  root.addEventListener('input', update);
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.hasAttribute('data-sp-show')) {
      update();
      root.setAttribute('data-plan', '');
      planHeading.focus();
    } else if (button.hasAttribute('data-sp-change')) {
      root.removeAttribute('data-plan');
      chooseHeading.focus();
    } else if (button.hasAttribute('data-sp-print')) {
      window.print();
    } else if (button.hasAttribute('data-sp-wipe')) {
      wipe();
      chooseHeading.focus();
    }
  });

  window.addEventListener('pagehide', wipe);
  // A page restored from the back/forward cache, or refilled by the browser, starts empty.
  window.addEventListener('pageshow', wipe);
  wipe();
}

initModules('safety-plan', initSafetyPlan);
