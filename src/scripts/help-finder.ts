/**
 * Narrows the help-finder's list in place as the visitor chooses. The choices stay in the
 * form: nothing is written to the URL, storage or the network.
 */
import { matchesFilter, type ServiceFilter } from '../lib/services';
import type { Area, Need, ServiceAudience } from '../content/vocabulary';
import { pluralMessage } from './plural-message';

const words = (value: string | undefined) => (value ? value.split(' ') : []);

function initHelpFinder(finder: HTMLElement) {
  if (finder.hasAttribute('data-help-finder-ready')) return;
  finder.setAttribute('data-help-finder-ready', '');

  const form = finder.querySelector<HTMLFormElement>('[data-help-finder-form]');
  const count = finder.querySelector<HTMLElement>('[data-help-finder-count]');
  if (!form || !count) return;
  const items = [...finder.querySelectorAll<HTMLElement>('[data-help-finder-item]')].map((element) => ({
    element,
    data: { areas: words(element.dataset.areas) as Area[], whoFor: words(element.dataset.who) as ServiceAudience[], needs: words(element.dataset.needs) as Need[] },
  }));
  const groups = [...finder.querySelectorAll<HTMLElement>('[data-help-finder-group]')];
  const value = (name: string) => form.querySelector<HTMLSelectElement>(`[data-filter="${name}"]`)?.value ?? '';

  const update = () => {
    const filter: ServiceFilter = { area: value('area') as Area, who: value('who') as ServiceAudience, need: value('need') as Need };
    let shown = 0;
    for (const item of items) {
      const match = matchesFilter(item.data, filter);
      item.element.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-help-finder-item]:not([hidden])');
    count.textContent = pluralMessage(count, shown);
  };

  update();
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  // "reset" fires before the fields change back.
  form.addEventListener('reset', () => window.setTimeout(update));
}

for (const finder of document.querySelectorAll<HTMLElement>('[data-help-finder]')) initHelpFinder(finder);
