import { z } from 'zod'
import { errorDetail, ServiceError } from '../result'
import { BACKUP_CATALOGUE, BACKUP_CATEGORIES, BACKUP_METHODS, type BackupCategory } from './backup'
import { STEP_IDS, stepDefinition, type StepId } from './catalogue'
import { isFinished, pendingBackups, stepGate } from './gates'
import { GATHER_ITEMS } from './locked-out'
import { usbEvidenceSchema, usbFindingSchema, type UsbEvidence, type UsbFinding } from '../usb/check-facts'
import { reasonSchema, type BackupState, type JournalEntry, type Run, type StepState } from './run'
import { isGuided } from './scenarios'
import { lastUndoable } from './undo'

const stepId = z.enum(STEP_IDS)
const category = z.enum(BACKUP_CATEGORIES)

/** One change the owner makes to a run; every change is journalled and can be undone. */
export const runChangeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('step-done'), stepId }),
  z.object({ type: z.literal('step-skip'), stepId, reason: reasonSchema }),
  z.object({ type: z.literal('step-not-applicable'), stepId }),
  z.object({ type: z.literal('step-reopen'), stepId }),
  z.object({ type: z.literal('backup-saved'), category, method: z.enum(BACKUP_METHODS) }),
  z.object({ type: z.literal('backup-verified'), category, method: z.enum(BACKUP_METHODS).optional() }),
  z.object({ type: z.literal('backup-skip'), category, reason: reasonSchema }),
  z.object({ type: z.literal('gather'), item: z.enum(GATHER_ITEMS), have: z.boolean() })
])
/** A change to a run. */
export type RunChange = z.infer<typeof runChangeSchema>

/** Keeps derived fields true: the "backup" step follows the categories, finishedAt follows the final step. */
function settle(run: Run, at: string): Run {
  const steps = { ...run.steps }
  const backupStep = steps.backup
  if (backupStep) {
    const allSettled = pendingBackups(run).length === 0
    if (allSettled && backupStep.status === 'pending') steps.backup = { status: 'done', at, confirmedBy: 'owner' }
    if (!allSettled && backupStep.status !== 'pending') steps.backup = { status: 'pending' }
  }
  const next = { ...run, steps }
  return { ...next, finishedAt: isFinished(next) ? (run.finishedAt ?? at) : null }
}

function setStep(run: Run, id: StepId, to: StepState, at: string): Run {
  const from = run.steps[id] ?? { status: 'pending' }
  const journal: JournalEntry[] = [...run.journal, { kind: 'step', at, stepId: id, from, to }]
  return settle({ ...run, steps: { ...run.steps, [id]: to }, journal }, at)
}

function setBackup(run: Run, c: BackupCategory, to: BackupState, at: string): Run {
  const from = run.backups[c] ?? { status: 'pending' }
  const journal: JournalEntry[] = [...run.journal, { kind: 'backup', at, category: c, from, to }]
  return settle({ ...run, backups: { ...run.backups, [c]: to }, journal }, at)
}

function requireGuided(run: Run): void {
  if (!isGuided(run.scenario)) throw new ServiceError('invalid-input', { key: 'run.lockedOutHasNoSteps' })
  if (run.finishedAt !== null) throw new ServiceError('conflict', { key: 'run.finished' })
}

function pendingStep(run: Run, id: StepId): void {
  requireGuided(run)
  const state = run.steps[id]
  if (!state) throw new ServiceError('invalid-input', { key: 'run.stepNotInScenario', params: { step: id } })
  if (stepDefinition(id).followsBackups) throw new ServiceError('invalid-input', { key: 'run.stepFollowsBackups' })
  if (state.status !== 'pending') throw new ServiceError('conflict', { key: 'run.stepAlreadyMarked' })
}

/** A step marked done, skipped or not applicable, which the owner may set back to "to do" (even on a finished run). */
function settledStep(run: Run, id: StepId): void {
  if (!isGuided(run.scenario)) throw new ServiceError('invalid-input', { key: 'run.lockedOutHasNoSteps' })
  const state = run.steps[id]
  if (!state) throw new ServiceError('invalid-input', { key: 'run.stepNotInScenario', params: { step: id } })
  if (stepDefinition(id).followsBackups) throw new ServiceError('invalid-input', { key: 'run.stepFollowsBackups' })
  if (state.status === 'pending') throw new ServiceError('conflict', { key: 'run.stepStillToDo' })
}

function openGate(run: Run, id: StepId): void {
  const gate = stepGate(run, id)
  if (!gate.locked) return
  const details = gate.waitsFor.map((item) =>
    item.kind === 'step'
      ? errorDetail(`steps.${item.stepId}`, 'run.gateStepPending')
      : errorDetail(`backups.${item.category}`, 'run.gateBackupPending')
  )
  throw new ServiceError('gate-locked', { key: 'run.stepWaits' }, details)
}

function pendingBackup(run: Run, c: BackupCategory, allowed: ReadonlyArray<BackupState['status']>): BackupState {
  requireGuided(run)
  const state = run.backups[c] ?? { status: 'pending' }
  if (!allowed.includes(state.status)) throw new ServiceError('conflict', { key: 'run.categoryAlreadyMarked' })
  return state
}

function checkMethod(c: BackupCategory, method: BackupState['method']): void {
  if (method && !BACKUP_CATALOGUE[c].methods.includes(method)) {
    throw new ServiceError('invalid-input', { key: 'run.methodNotOffered', params: { category: c } }, [
      errorDetail('method', 'run.methodNotOfferedField')
    ])
  }
}

/** Applies one owner change to a run and journals it; throws a ServiceError when the change is not allowed now. */
export function applyChange(run: Run, change: RunChange, at: string): Run {
  switch (change.type) {
    case 'step-done':
      pendingStep(run, change.stepId)
      openGate(run, change.stepId)
      return setStep(run, change.stepId, { status: 'done', at, confirmedBy: 'owner' }, at)
    case 'step-skip':
      pendingStep(run, change.stepId)
      if (!stepDefinition(change.stepId).canSkip) throw new ServiceError('invalid-input', { key: 'run.cannotSkip' })
      openGate(run, change.stepId)
      return setStep(run, change.stepId, { status: 'skipped', at, reason: reasonSchema.parse(change.reason) }, at)
    case 'step-not-applicable':
      pendingStep(run, change.stepId)
      if (!stepDefinition(change.stepId).canBeNotApplicable) throw new ServiceError('invalid-input', { key: 'run.appliesToEveryPhone' })
      openGate(run, change.stepId)
      return setStep(run, change.stepId, { status: 'not-applicable', at }, at)
    case 'step-reopen':
      settledStep(run, change.stepId)
      return setStep(run, change.stepId, { status: 'pending' }, at)
    case 'backup-saved':
      pendingBackup(run, change.category, ['pending'])
      checkMethod(change.category, change.method)
      return setBackup(run, change.category, { status: 'backed-up', method: change.method, at }, at)
    case 'backup-verified': {
      const state = pendingBackup(run, change.category, ['pending', 'backed-up'])
      const method = change.method ?? state.method
      if (!method)
        throw new ServiceError('invalid-input', { key: 'validation.backupMethodMissing' }, [errorDetail('method', 'validation.required')])
      checkMethod(change.category, method)
      return setBackup(run, change.category, { status: 'verified', method, at }, at)
    }
    case 'backup-skip':
      pendingBackup(run, change.category, ['pending'])
      return setBackup(run, change.category, { status: 'skipped', reason: reasonSchema.parse(change.reason), at }, at)
    case 'gather': {
      if (run.scenario !== 'locked-out') throw new ServiceError('invalid-input', { key: 'run.checklistIsLockedOutOnly' })
      if (run.gathered.includes(change.item) === change.have) return run
      const gathered = change.have ? [...run.gathered, change.item] : run.gathered.filter((i) => i !== change.item)
      return { ...run, gathered, journal: [...run.journal, { kind: 'gather', at, item: change.item, have: change.have }] }
    }
  }
}

/**
 * Marks a step as confirmed by the USB check. It records a fact read from the phone, so it does not
 * wait for the step's gate, and it replaces an owner's confirmation (journalled, undoable).
 */
export function confirmByUsb(run: Run, id: StepId, evidence: UsbEvidence, at: string): Run {
  requireGuided(run)
  if (!(id in run.steps)) throw new ServiceError('invalid-input', { key: 'run.stepNotInScenario', params: { step: id } })
  if (!stepDefinition(id).usbConfirmable) throw new ServiceError('invalid-input', { key: 'run.usbCannotConfirm' })
  return setStep(run, id, { status: 'done', at, confirmedBy: 'usb', evidence: usbEvidenceSchema.parse(evidence) }, at)
}

/** Journals what a USB check found (Xiaomi, Google and other counts only) without changing any step. */
export function journalUsbCheck(run: Run, finding: UsbFinding, at: string): Run {
  return { ...run, journal: [...run.journal, { kind: 'usb-check', at, summary: usbFindingSchema.parse(finding) }] }
}

/** Reverts the last change not yet undone and journals the undo; throws "conflict" when there is nothing to undo. */
export function undoLast(run: Run, at: string): Run {
  const index = lastUndoable(run)
  if (index === null) throw new ServiceError('conflict', { key: 'run.nothingToUndo' })
  const entry = run.journal[index]
  const journal: JournalEntry[] = [...run.journal, { kind: 'undo', at, undoes: index }]
  switch (entry.kind) {
    case 'step':
      return settle({ ...run, steps: { ...run.steps, [entry.stepId]: entry.from }, journal }, at)
    case 'backup':
      return settle({ ...run, backups: { ...run.backups, [entry.category]: entry.from }, journal }, at)
    case 'gather': {
      const gathered = entry.have ? run.gathered.filter((i) => i !== entry.item) : [...run.gathered, entry.item]
      return { ...run, gathered, journal }
    }
    default:
      throw new Error(`Journal entry ${entry.kind} cannot be undone`)
  }
}
