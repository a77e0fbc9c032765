import type { Area } from '../content/vocabulary';
import { districts } from '../content/vocabulary';

/**
 * A short list of area keys for display: "national" alone, or the whole county collapsed
 * into one "county" key, followed by any neighbours.
 */
export function summariseAreas(areas: readonly Area[]): string[] {
  if (areas.includes('national')) return ['national'];
  const wholeCounty = districts.every((district) => areas.includes(district));
  const rest = areas.filter((area) => !(wholeCounty && (districts as readonly string[]).includes(area)));
  return wholeCounty ? ['county', ...rest] : [...rest];
}
