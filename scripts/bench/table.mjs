/** A compact, aligned text table: text columns left, figures right. */
export function formatTable({ columns, rows }) {
  const cells = [columns, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = columns.map((_, index) => Math.max(...cells.map((row) => row[index].length)));
  const numeric = columns.map((_, index) => rows.length > 0 && rows.every((row) => /^[\d.,\s]+(KB|MB|ms|s|%)?$|^$/.test(String(row[index] ?? ''))));
  const line = (row) =>
    row
      .map((cell, index) => (numeric[index] ? cell.padStart(widths[index]) : cell.padEnd(widths[index])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
