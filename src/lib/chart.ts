/** Geometry for a horizontal bar chart, computed at build time so no script draws it. */
export interface BarGeometry {
  label: string;
  value: number;
  /** Bar length as a percentage of the longest bar. */
  percent: number;
}

export function barGeometry(data: readonly { label: string; value: number }[]): BarGeometry[] {
  const max = Math.max(...data.map((row) => row.value), 0);
  return data.map((row) => ({ ...row, percent: max === 0 ? 0 : Math.round((row.value / max) * 1000) / 10 }));
}
