import { BACKUP_CATEGORIES } from '@shared/offboarding/backup'
import { stepsOf } from '@shared/offboarding/catalogue'
import { applyChange, type RunChange } from '@shared/offboarding/reducer'
import { createRun, type Run } from '@shared/offboarding/run'
import type { GuidedScenario } from '@shared/offboarding/scenarios'

/**
 * The changes an owner makes to bring a run to "hand over": every backup category skipped with a reason,
 * "unpair wearables" skipped with a reason (when the scenario has it), every other step marked done.
 */
export function changesToHandOver(scenario: GuidedScenario): RunChange[] {
  const backups = BACKUP_CATEGORIES.map((category): RunChange => ({
    type: 'backup-skip',
    category,
    reason: 'Nothing to keep on this phone'
  }))
  const steps = stepsOf(scenario)
    .filter((step) => !step.followsBackups && step.id !== 'hand-over')
    .map((step): RunChange =>
      step.id === 'unpair-wearables'
        ? { type: 'step-skip', stepId: step.id, reason: 'The band goes with the phone' }
        : { type: 'step-done', stepId: step.id }
    )
  return [...backups, ...steps]
}

/** A run of `scenario` brought to "hand over" one minute per change after `start`. */
export function runReadyToHandOver(deviceId: string, scenario: GuidedScenario, start: Date): Run {
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000).toISOString()
  return changesToHandOver(scenario).reduce(
    (run, change, index) => applyChange(run, change, at(index + 1)),
    createRun(deviceId, scenario, at(0))
  )
}
