/**
 * One way to start every enhancement (after GOV.UK Frontend): a component is an element with
 * data-module="name"; each is started once; a component that cannot start says why in the
 * console and is marked data-module-failed, which hides its script-only controls (base.css).
 * Its words come from data-i18n-* attributes the template wrote in the page's language.
 */

/** Reads data-i18n-<key> words; a missing one is an error, never an empty label. */
export function readWords<Key extends string>(element: HTMLElement, keys: readonly Key[]): Record<Key, string> {
  const words = {} as Record<Key, string>;
  for (const key of keys) {
    const value = element.getAttribute(`data-i18n-${key}`);
    if (value === null) throw new Error(`missing data-i18n-${key}`);
    words[key] = value;
  }
  return words;
}

/** The element a component needs inside itself, found by its data attribute, or an error naming it. */
export function part<T extends Element = HTMLElement>(root: Element, attribute: string): T {
  const found = root.querySelector<T>(`[${attribute}]`);
  if (!found) throw new Error(`missing [${attribute}]`);
  return found;
}

export function initModules(name: string, init: (element: HTMLElement) => void) {
  for (const element of document.querySelectorAll<HTMLElement>(`[data-module="${name}"]`)) {
    if (element.hasAttribute('data-module-ready') || element.hasAttribute('data-module-failed')) continue;
    try {
      init(element);
      element.setAttribute('data-module-ready', '');
    } catch (error) {
      element.setAttribute('data-module-failed', '');
      console.error(`${name}: could not start:`, error);
    }
  }
}
