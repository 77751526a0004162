/** A table as aligned plain text for the terminal: header, rule, rows; right-aligned columns padded left. */
export function renderTextTable(table: { title: string; columns: Array<{ key: string; label: string; align?: 'left' | 'right' }>; rows: Array<Record<string, string>> }): string {
  const widths = table.columns.map((column) => Math.max(column.label.length, ...table.rows.map((row) => (row[column.key] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((cell, index) => (table.columns[index]?.align === 'right' ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0))).join('  ').trimEnd();
  return [
    table.title,
    line(table.columns.map((column) => column.label)),
    widths.map((width) => '─'.repeat(width)).join('  '),
    ...table.rows.map((row) => line(table.columns.map((column) => row[column.key] ?? ''))),
  ].join('\n');
}
