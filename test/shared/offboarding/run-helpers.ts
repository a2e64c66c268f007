import { BACKUP_CATEGORIES } from '@shared/offboarding/backup'
import type { StepId } from '@shared/offboarding/catalogue'
import { applyChange, type RunChange } from '@shared/offboarding/reducer'
import { createRun, type Run } from '@shared/offboarding/run'
import type { Scenario } from '@shared/offboarding/scenarios'

/** A made-up device id. */
export const DEVICE = '7d3c1e0a-4b7f-4a8e-9c61-2f5d8a9b0c11'

let tick = 0
/** Increasing ISO times, one minute apart. */
export function nextTime(): string {
  tick += 1
  return new Date(Date.UTC(2025, 0, 1, 9, tick)).toISOString()
}

/** A fresh run of a scenario. */
export function fresh(scenario: Scenario): Run {
  return createRun(DEVICE, scenario, nextTime())
}

/** Applies changes in order. */
export function apply(run: Run, ...changes: RunChange[]): Run {
  return changes.reduce((r, c) => applyChange(r, c, nextTime()), run)
}

/** Marks every backup category as skipped with a reason. */
export function skipAllBackups(run: Run): Run {
  return apply(run, ...BACKUP_CATEGORIES.map((category): RunChange => ({ type: 'backup-skip', category, reason: 'nothing on it' })))
}

/** Marks steps done in order. */
export function done(run: Run, ...ids: StepId[]): Run {
  return apply(run, ...ids.map((stepId): RunChange => ({ type: 'step-done', stepId })))
}
