/**
 * Narrows the help-finder's list in place as the visitor chooses. The choices stay in the
 * form: nothing is written to the URL, storage or the network. A service is listed under every
 * need it meets; choosing a need shows that need's group only.
 */
import { matchesFilter, type ServiceFilter } from '../lib/services';
import type { Area, Need, ServiceAudience } from '../content/vocabulary';
import { pluralMessage } from './plural-message';
import { initModules, part } from './modules';

const words = (value: string | undefined) => (value ? value.split(' ') : []);

function initHelpFinder(finder: HTMLElement) {

  const form = part<HTMLFormElement>(finder, 'data-help-finder-form');
  const count = part(finder, 'data-help-finder-count');
  const items = [...finder.querySelectorAll<HTMLElement>('[data-help-finder-item]')].map((element) => ({
    element,
    id: element.dataset.serviceEntry ?? '',
    data: { areas: words(element.dataset.areas) as Area[], whoFor: words(element.dataset.who) as ServiceAudience[], needs: words(element.dataset.needs) as Need[] },
  }));
  const groups = [...finder.querySelectorAll<HTMLElement>('[data-help-finder-group]')];
  // The checked one of each group of radio buttons.
  const value = (name: string) => form.querySelector<HTMLInputElement>(`[data-filter="${name}"]:checked`)?.value ?? '';

  const update = () => {
    const need = value('need') as Need;
    const filter: ServiceFilter = { area: value('area') as Area, who: value('who') as ServiceAudience, need };
    const shown = new Set<string>();
    for (const group of groups) {
      const inNeed = !need || group.dataset.need === need;
      let any = false;
      for (const item of items) {
        if (!group.contains(item.element)) continue;
        const match = inNeed && matchesFilter(item.data, filter);
        item.element.hidden = !match;
        if (match) {
          any = true;
          shown.add(item.id);
        }
      }
      group.hidden = !any;
    }
    count.textContent = pluralMessage(count, shown.size);
  };

  update();
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  // "reset" fires before the fields change back.
  form.addEventListener('reset', () => window.setTimeout(update));
}

initModules('help-finder', initHelpFinder);
