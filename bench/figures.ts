/** One measured figure: the value, what it is compared with, their ratio and the ratio's ceiling (null: reported only). */
export interface Figure {
  value: number
  baseline: number
  ratio: number
  budget: number | null
  unit: string
  /** How many runs the median was taken over. */
  runs: number
  note?: string
}

/** The median of some samples. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('No samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** A figure compared with a measured baseline; within budget when ratio ≤ budget. */
export function relative(value: number, baseline: number, budget: number | null, unit: string, runs: number, note?: string): Figure {
  return {
    value: round(value),
    baseline: round(baseline),
    ratio: round(value / baseline, 3),
    budget,
    unit,
    runs,
    ...(note ? { note } : {})
  }
}

/** A figure against an absolute limit: the baseline is the limit and the budget 1. */
export function limited(value: number, limit: number, unit: string, runs: number, note?: string): Figure {
  return relative(value, limit, 1, unit, runs, note)
}

/** A figure that misses its budget. */
export function missed(figure: Figure): boolean {
  return figure.budget !== null && figure.ratio > figure.budget
}

/** Times an async action in milliseconds. */
export async function timed(action: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now()
  await action()
  return performance.now() - start
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

/** The figures as an aligned text table. */
export function formatTable(figures: Record<string, Figure>): string {
  const rows = [['figure', 'value', 'baseline', 'ratio', 'budget', 'runs', '']]
  for (const [name, f] of Object.entries(figures)) {
    const verdict = f.budget === null ? 'reported' : missed(f) ? 'MISSED' : 'ok'
    rows.push([
      name,
      `${f.value} ${f.unit}`,
      `${f.baseline} ${f.unit}`,
      `${f.ratio}×`,
      f.budget === null ? '—' : `≤ ${f.budget}×`,
      String(f.runs),
      verdict
    ])
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n')
}
