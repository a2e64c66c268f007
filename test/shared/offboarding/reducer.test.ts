import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BACKUP_CATALOGUE, BACKUP_CATEGORIES } from '@shared/offboarding/backup'
import { STEP_IDS } from '@shared/offboarding/catalogue'
import { GATHER_ITEMS } from '@shared/offboarding/locked-out'
import { applyChange, confirmByUsb, journalUsbCheck, undoLast, type RunChange } from '@shared/offboarding/reducer'
import { pendingBackups, stepGate } from '@shared/offboarding/gates'
import { lastUndoable } from '@shared/offboarding/undo'
import { runSchema, type Run } from '@shared/offboarding/run'
import { GUIDED_SCENARIOS } from '@shared/offboarding/scenarios'
import type { UsbEvidence } from '@shared/usb/check-facts'
import { apply, done, fresh, nextTime, skipAllBackups } from './run-helpers'

const AT = '2025-02-03T10:00:00.000Z'

describe('applyChange', () => {
  it('journals each change with its time and previous state, and refuses marking a step twice', () => {
    const run = applyChange(fresh('sell'), { type: 'step-done', stepId: 'check-credentials' }, AT)
    expect(run.steps['check-credentials']).toEqual({ status: 'done', at: AT, confirmedBy: 'owner' })
    expect(run.journal.at(-1)).toEqual({
      kind: 'step',
      at: AT,
      stepId: 'check-credentials',
      from: { status: 'pending' },
      to: run.steps['check-credentials']
    })
    expect(() => applyChange(run, { type: 'step-done', stepId: 'check-credentials' }, AT)).toThrow(
      expect.objectContaining({ code: 'conflict' })
    )
  })

  it('refuses steps outside the scenario, marking the backup step by hand, and not-applicable where it cannot apply', () => {
    const repair = fresh('repair')
    expect(() => applyChange(repair, { type: 'step-done', stepId: 'factory-reset' }, AT)).toThrow(
      expect.objectContaining({ code: 'invalid-input' })
    )
    expect(() => applyChange(repair, { type: 'step-done', stepId: 'backup' }, AT)).toThrow(
      expect.objectContaining({ code: 'invalid-input' })
    )
    expect(() => applyChange(repair, { type: 'step-not-applicable', stepId: 'check-credentials' }, AT)).toThrow(
      expect.objectContaining({ code: 'invalid-input' })
    )
  })

  it('takes a backup through backed up → verified, keeping the method; refuses a method the category does not offer', () => {
    let run = apply(fresh('sell'), { type: 'backup-saved', category: 'photos-videos', method: 'copy-to-computer' })
    expect(run.backups['photos-videos']).toMatchObject({ status: 'backed-up', method: 'copy-to-computer' })
    run = apply(run, { type: 'backup-verified', category: 'photos-videos' })
    expect(run.backups['photos-videos']).toMatchObject({ status: 'verified', method: 'copy-to-computer' })
    expect(() => apply(run, { type: 'backup-skip', category: 'photos-videos', reason: 'changed my mind' })).toThrow(
      expect.objectContaining({ code: 'conflict' })
    )
    expect(() => apply(run, { type: 'backup-saved', category: 'authenticator', method: 'xiaomi-cloud' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' })
    )
    expect(() => apply(run, { type: 'backup-verified', category: 'contacts' })).toThrow(expect.objectContaining({ code: 'invalid-input' }))
  })

  it('leaves a category that is backed up but not checked unsettled: the backup step and the reset gate wait for the check', () => {
    let run = fresh('sell')
    const [last, ...others] = [...BACKUP_CATEGORIES].reverse()
    run = apply(run, ...others.map((category): RunChange => ({ type: 'backup-skip', category, reason: 'not used' })))
    run = apply(run, { type: 'backup-saved', category: last, method: BACKUP_CATALOGUE[last].methods[0] })
    expect(run.steps.backup).toEqual({ status: 'pending' })
    expect(pendingBackups(run)).toEqual([last])
    expect(stepGate(run, 'factory-reset').waitsFor).toContainEqual({ kind: 'backup', category: last })
    run = apply(run, { type: 'backup-verified', category: last })
    expect(run.steps.backup?.status).toBe('done')
    expect(pendingBackups(run)).toEqual([])
  })

  it('keeps the backup step in step with the categories', () => {
    let run = fresh('trade-in')
    const [last, ...others] = [...BACKUP_CATEGORIES].reverse()
    run = apply(run, ...others.map((category): RunChange => ({ type: 'backup-skip', category, reason: 'not used' })))
    expect(run.steps.backup).toEqual({ status: 'pending' })
    run = apply(run, { type: 'backup-verified', category: last, method: BACKUP_CATALOGUE[last].methods[0] })
    expect(run.steps.backup?.status).toBe('done')
    run = undoLast(run, AT)
    expect(run.steps.backup).toEqual({ status: 'pending' })
  })

  it('toggles the locked-out checklist and refuses it in a guided run', () => {
    let run = apply(
      fresh('locked-out'),
      { type: 'gather', item: 'proof-of-purchase', have: true },
      { type: 'gather', item: 'box-imei-label', have: true }
    )
    expect(run.gathered).toEqual(['proof-of-purchase', 'box-imei-label'])
    run = undoLast(run, AT)
    expect(run.gathered).toEqual(['proof-of-purchase'])
    expect(() => apply(run, { type: 'step-done', stepId: 'backup' })).toThrow(expect.objectContaining({ code: 'invalid-input' }))
    expect(() => apply(fresh('sell'), { type: 'gather', item: 'photo-id', have: true })).toThrow(
      expect.objectContaining({ code: 'invalid-input' })
    )
  })
})

describe('USB confirmation', () => {
  const EVIDENCE: UsbEvidence = {
    family: 'xiaomi',
    users: [{ userId: 0, xiaomi: 0, google: 1, other: 2 }],
    phone: { name: 'Redmi Note 13 Pro 5G', serialTail: 'AB12' }
  }

  it('confirms a sign-out step with its facts even before its gate opens, and can be undone', () => {
    const run = fresh('sell')
    const confirmed = confirmByUsb(run, 'xiaomi-sign-out', EVIDENCE, AT)
    expect(confirmed.steps['xiaomi-sign-out']).toEqual({ status: 'done', at: AT, confirmedBy: 'usb', evidence: EVIDENCE })
    expect(undoLast(confirmed, AT).steps['xiaomi-sign-out']).toEqual({ status: 'pending' })
  })

  it('replaces an owner confirmation, and refuses steps it cannot read and evidence that is not facts', () => {
    const run = done(skipAllBackups(fresh('family')), 'remove-google-accounts')
    const confirmed = confirmByUsb(run, 'remove-google-accounts', { ...EVIDENCE, family: 'google' }, AT)
    expect(confirmed.steps['remove-google-accounts']).toMatchObject({ confirmedBy: 'usb' })
    expect(() => confirmByUsb(run, 'find-device-off', EVIDENCE, AT)).toThrow(expect.objectContaining({ code: 'invalid-input' }))
    expect(() => confirmByUsb(fresh('repair'), 'xiaomi-sign-out', EVIDENCE, AT)).toThrow(expect.objectContaining({ code: 'invalid-input' }))
    const fullSerial = { ...EVIDENCE, phone: { name: 'Redmi', serialTail: '1234567890AB' } }
    expect(() => confirmByUsb(fresh('sell'), 'xiaomi-sign-out', fullSerial, AT)).toThrow()
  })

  it('journals a check without changing steps, and the undo skips over it', () => {
    let run = done(fresh('sell'), 'check-credentials')
    run = journalUsbCheck(run, { state: 'unknown', reason: 'truncated' }, AT)
    expect(run.journal.at(-1)).toEqual({ kind: 'usb-check', at: AT, summary: { state: 'unknown', reason: 'truncated' } })
    run = journalUsbCheck(run, { state: 'other-phone' }, AT)
    expect(run.journal.at(-1)).toEqual({ kind: 'usb-check', at: AT, summary: { state: 'other-phone' } })
    expect(undoLast(run, AT).steps['check-credentials']).toEqual({ status: 'pending' })
  })
})

describe('undoLast', () => {
  it('reverts the last change, then the one before, and a new change is undone first', () => {
    const start = fresh('sell')
    const a = done(start, 'check-credentials')
    const b = apply(a, { type: 'backup-skip', category: 'contacts', reason: 'on the SIM' })
    const undoneB = undoLast(b, AT)
    expect(undoneB.backups.contacts).toEqual({ status: 'pending' })
    expect(undoneB.steps['check-credentials']?.status).toBe('done')
    expect(undoneB.journal.at(-1)).toEqual({ kind: 'undo', at: AT, undoes: b.journal.length - 1 })
    const c = apply(undoneB, { type: 'backup-saved', category: 'contacts', method: 'google-backup' })
    const undoneC = undoLast(c, AT)
    expect(undoneC.backups.contacts).toEqual({ status: 'pending' })
    const undoneA = undoLast(undoneC, AT)
    expect(undoneA.steps).toEqual(start.steps)
    expect(lastUndoable(undoneA)).toBeNull()
    expect(() => undoLast(undoneA, AT)).toThrow(expect.objectContaining({ code: 'conflict' }))
  })

  it('reopens a finished run and clears its finished time', () => {
    let run = skipAllBackups(fresh('repair'))
    run = done(run, 'check-credentials', 'protect-for-repair', 'hand-over')
    expect(run.finishedAt).not.toBeNull()
    expect(() => done(run, 'find-device-off')).toThrow(expect.objectContaining({ code: 'conflict' }))
    expect(undoLast(run, AT).finishedAt).toBeNull()
  })
})

const changeArb: fc.Arbitrary<RunChange> = fc.oneof(
  fc.constantFrom(...STEP_IDS).map((stepId): RunChange => ({ type: 'step-done', stepId })),
  fc.constantFrom(...STEP_IDS).map((stepId): RunChange => ({ type: 'step-skip', stepId, reason: 'not needed' })),
  fc.constantFrom(...STEP_IDS).map((stepId): RunChange => ({ type: 'step-not-applicable', stepId })),
  fc
    .constantFrom(...BACKUP_CATEGORIES)
    .map((category): RunChange => ({ type: 'backup-saved', category, method: BACKUP_CATALOGUE[category].methods[0] })),
  fc
    .constantFrom(...BACKUP_CATEGORIES)
    .map((category): RunChange => ({ type: 'backup-verified', category, method: BACKUP_CATALOGUE[category].methods.at(-1)! })),
  fc.constantFrom(...BACKUP_CATEGORIES).map((category): RunChange => ({ type: 'backup-skip', category, reason: 'not used' })),
  fc.constantFrom(...GATHER_ITEMS).chain((item) => fc.boolean().map((have): RunChange => ({ type: 'gather', item, have })))
)

function tryApply(run: Run, change: RunChange): Run {
  try {
    return applyChange(run, change, nextTime())
  } catch {
    return run
  }
}

describe('any sequence of changes', () => {
  it('keeps the run valid, never resets before the account steps, and undoes back to the start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GUIDED_SCENARIOS, 'locked-out' as const),
        fc.array(changeArb, { maxLength: 60 }),
        (scenario, changes) => {
          const start = fresh(scenario)
          let run = start
          for (const change of changes) {
            run = tryApply(run, change)
            expect(runSchema.safeParse(JSON.parse(JSON.stringify(run))).success).toBe(true)
            if (run.steps['factory-reset']?.status === 'done') {
              for (const id of ['find-device-off', 'xiaomi-sign-out', 'remove-google-accounts'] as const) {
                expect(['done', 'not-applicable']).toContain(run.steps[id]?.status)
              }
              expect(Object.values(run.backups).every((b) => b.status !== 'pending')).toBe(true)
            }
          }
          while (lastUndoable(run) !== null) run = undoLast(run, nextTime())
          expect(run.steps).toEqual(start.steps)
          expect(run.backups).toEqual(start.backups)
          expect(run.gathered).toEqual([])
          expect(run.finishedAt).toBeNull()
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('runSchema', () => {
  it('refuses a document whose steps do not match its scenario', () => {
    const run = fresh('sell')
    const { 'factory-reset': _dropped, ...steps } = run.steps
    expect(runSchema.safeParse({ ...run, steps }).success).toBe(false)
    expect(runSchema.safeParse({ ...run, scenario: 'repair' }).success).toBe(false)
    expect(runSchema.safeParse({ ...run, backups: { ...run.backups, contacts: { status: 'skipped', at: AT } } }).success).toBe(false)
  })
})
