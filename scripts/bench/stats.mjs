/** Small statistics and units shared by the sections. */
export const KB = 1024;

export function median(values) {
  return quantile(values, 0.5);
}

/** Linear interpolation between closest ranks. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
export const mb = (bytes) => `${(bytes / KB / KB).toFixed(2)} MB`;
export const ms = (value) => `${value.toFixed(1)} ms`;
export const goalMark = (met) => (met ? 'met' : 'MISSED');
