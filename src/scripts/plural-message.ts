/** Picks the message for a count from data-message-<category> attributes written by the template. */
export function pluralMessage(element: HTMLElement, count: number): string {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'en';
  const category = count === 0 && element.dataset.messageZero ? 'zero' : new Intl.PluralRules(lang).select(count);
  const key = `message${category[0]!.toUpperCase()}${category.slice(1)}`;
  const template = element.dataset[key] ?? element.dataset.messageOther ?? '';
  return template.replace('{{count}}', String(count));
}
