import type { Area } from '../content/vocabulary';
import { districts } from '../content/vocabulary';

/**
 * A short list of area keys for display: "national" (or "england-and-wales") alone, or the whole county collapsed
 * into one "county" key, followed by any neighbours.
 */
export function summariseAreas(areas: readonly Area[]): (Area | 'county')[] {
  if (areas.includes('national')) return ['national'];
  if (areas.includes('england-and-wales')) return ['england-and-wales'];
  const wholeCounty = districts.every((district) => areas.includes(district));
  const rest = areas.filter((area) => !(wholeCounty && (districts as readonly string[]).includes(area)));
  return wholeCounty ? ['county', ...rest] : [...rest];
}
