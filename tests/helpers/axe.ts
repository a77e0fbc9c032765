import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The one axe configuration for every accessibility test. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with its reason. Keep this empty unless a rule is wrong for a
 * reason you can write down.
 */
export const disabledRules: { id: string; reason: string }[] = [];

export function axeFor(page: Page) {
  return new AxeBuilder({ page }).withTags(axeTags).disableRules(disabledRules.map((rule) => rule.id));
}
