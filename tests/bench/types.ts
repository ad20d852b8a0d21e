/**
 * What every benchmark section returns, and the one table `npm run bench` prints. A row is a
 * figure, not an assertion: `ok` says whether its target is met, and nothing fails on it.
 */

export interface BenchRow {
  /** The section's file name without `.ts`: "pipeline", "bundle-size"… */
  section: string;
  name: string;
  value: number;
  /** "ms", "KiB gz", "sentences/s", "%", "×"… */
  unit: string;
  /** The target in words ("< 5 ms", "≤ 1.5"); absent when the figure has none. */
  target?: string;
  /** Whether the target is met; absent when there is no target. */
  ok?: boolean;
  /** How it was measured, or what else to know (p95, sample count, sizes). */
  note?: string;
}

/** A benchmark section: one file under `tests/bench/`, registered in `run.ts`. */
export interface BenchSection {
  run(): Promise<BenchRow[]>;
}

/** Numbers as a reader wants them: thousands grouped, three significant digits below 100. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

export function verdict(row: BenchRow): string {
  if (row.target === undefined) return '';
  if (row.ok === undefined) return '?';
  return row.ok ? 'met' : 'MISSED';
}

/** One plain-text table: section, name, figure, unit, target, verdict, note. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['section', 'name', 'figure', 'unit', 'target', 'verdict', 'note'];
  const cells = rows.map((row) => [row.section, row.name, formatValue(row.value), row.unit, row.target ?? '', verdict(row), row.note ?? '']);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  // The note is last and left ragged, so a long note does not widen every other line.
  const line = (values: string[]) =>
    values
      .map((value, column) => {
        if (column === values.length - 1) return value;
        return column === 2 ? value.padStart(widths[column]!) : value.padEnd(widths[column]!);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width, column) => '-'.repeat(column === widths.length - 1 ? Math.min(width, 40) : width)).join('  ');
  return [line(header), rule, ...cells.map(line)].join('\n');
}
