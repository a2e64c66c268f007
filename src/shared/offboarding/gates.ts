import type { DeviceStatus } from '../device-model'
import { BACKUP_CATEGORIES, type BackupCategory } from './backup'
import { isRequired, stepDefinition, stepsOf, type StepId } from './catalogue'
import type { BackupState, Run, StepState } from './run'
import { FINISHED_STATUS, isGuided } from './scenarios'

/** Something a locked step waits for: another step, or a backup category. */
export type GateItem = { kind: 'step'; stepId: StepId } | { kind: 'backup'; category: BackupCategory }

/** Whether a step can be marked now, and if not, exactly what it waits for. */
export interface Gate {
  locked: boolean
  waitsFor: GateItem[]
}

/** True when a step is no longer pending (done, skipped with a reason, or not applicable). */
export function isSettled(state: StepState | undefined): boolean {
  return state !== undefined && state.status !== 'pending'
}

/**
 * True when a backup category is checked (it opens elsewhere) or skipped with a reason. "Backed up" alone
 * is not settled: an unchecked backup keeps the reset locked and never counts as done on the certificate.
 */
export function isBackupSettled(state: BackupState | undefined): boolean {
  return state?.status === 'verified' || state?.status === 'skipped'
}

/** A prerequisite step is satisfied only when done or not applicable; skipping it never opens a gate. */
function satisfiesPrerequisite(state: StepState | undefined): boolean {
  return state?.status === 'done' || state?.status === 'not-applicable'
}

/** Backup categories still pending in a run. */
export function pendingBackups(run: Run): BackupCategory[] {
  return BACKUP_CATEGORIES.filter((c) => run.backups[c] !== undefined && !isBackupSettled(run.backups[c]))
}

/** The gate of one step of the run: locked while any prerequisite in the run's scenario is unsettled. */
export function stepGate(run: Run, stepId: StepId): Gate {
  if (!isGuided(run.scenario) || !(stepId in run.steps)) return { locked: false, waitsFor: [] }
  const scenario = run.scenario
  const { waitsFor } = stepDefinition(stepId)
  const items: GateItem[] = []
  for (const id of waitsFor.steps) {
    if (id in run.steps && !satisfiesPrerequisite(run.steps[id])) items.push({ kind: 'step', stepId: id })
  }
  if (waitsFor.backups) for (const category of pendingBackups(run)) items.push({ kind: 'backup', category })
  if (waitsFor.allRequired) {
    for (const s of stepsOf(scenario)) {
      if (s.id !== stepId && isRequired(s.id, scenario) && !isSettled(run.steps[s.id])) items.push({ kind: 'step', stepId: s.id })
    }
  }
  return { locked: items.length > 0, waitsFor: items }
}

/**
 * Steps the scenario requires that are still pending, in run order — excluding "hand-over", the step
 * a certificate belongs to. The certificate refuses to be issued while this is not empty.
 */
export function requiredStepsPending(run: Run): StepId[] {
  if (!isGuided(run.scenario)) return []
  const scenario = run.scenario
  return stepsOf(scenario)
    .filter((s) => s.id !== 'hand-over' && isRequired(s.id, scenario) && !isSettled(run.steps[s.id]))
    .map((s) => s.id)
}

/** The last step of a guided scenario, which finishes the run. */
export function finalStepId(run: Run): StepId | null {
  if (!isGuided(run.scenario)) return null
  return stepsOf(run.scenario).at(-1)?.id ?? null
}

/** True when the run's final step is done. */
export function isFinished(run: Run): boolean {
  const last = finalStepId(run)
  return last !== null && run.steps[last]?.status === 'done'
}

/** True when every required step before the final one is settled: the phone is ready to hand over. */
export function isReady(run: Run): boolean {
  if (!isGuided(run.scenario)) return false
  const scenario = run.scenario
  const last = finalStepId(run)
  return stepsOf(scenario).every((s) => s.id === last || !isRequired(s.id, scenario) || isSettled(run.steps[s.id]))
}

/** The first pending step in run order, or null when none is left. */
export function currentStepId(run: Run): StepId | null {
  if (!isGuided(run.scenario)) return null
  return stepsOf(run.scenario).find((s) => !isSettled(run.steps[s.id]))?.id ?? null
}

/** The phone status the run implies: preparing → ready → the scenario's finished status (a locked-out run stays preparing). */
export function runDeviceStatus(run: Run): DeviceStatus {
  const finished = FINISHED_STATUS[run.scenario]
  if (finished === null) return 'preparing'
  if (isFinished(run)) return finished
  return isReady(run) ? 'ready' : 'preparing'
}
