import { describe, expect, it } from 'vitest'
import { BACKUP_CATEGORIES } from '@shared/offboarding/backup'
import { isRequired, stepsOf } from '@shared/offboarding/catalogue'
import { currentStepId, isReady, requiredStepsPending, runDeviceStatus, stepGate, type GateItem } from '@shared/offboarding/gates'
import { runProgress } from '@shared/offboarding/progress'
import { applyChange } from '@shared/offboarding/reducer'
import { GUIDED_SCENARIOS } from '@shared/offboarding/scenarios'
import { apply, done, fresh, nextTime, skipAllBackups } from './run-helpers'

const ACCOUNT_STEPS = ['find-device-off', 'xiaomi-sign-out', 'remove-google-accounts'] as const
/** The reset also waits for the SIM and eSIM step: Android keeps downloaded eSIMs through a reset. */
const RESET_PREREQUISITES = [...ACCOUNT_STEPS, 'remove-sim-esim'] as const
const stepItem = (stepId: string): GateItem => ({ kind: 'step', stepId }) as GateItem

describe('the factory-reset gate', () => {
  it.each([['sell'], ['trade-in'], ['family']] as const)(
    '%s: locked until Find device, sign-out, Google accounts, SIM/eSIM and every backup are settled',
    (scenario) => {
      let run = fresh(scenario)
      const first = stepGate(run, 'factory-reset')
      expect(first.locked).toBe(true)
      expect(first.waitsFor).toEqual([
        ...RESET_PREREQUISITES.map(stepItem),
        ...BACKUP_CATEGORIES.map((category) => ({ kind: 'backup', category }))
      ])
      expect(() => applyChange(run, { type: 'step-done', stepId: 'factory-reset' }, nextTime())).toThrow(
        expect.objectContaining({ code: 'gate-locked' })
      )

      run = skipAllBackups(run)
      expect(stepGate(run, 'factory-reset').waitsFor).toEqual(RESET_PREREQUISITES.map(stepItem))
      run = done(run, 'find-device-off', 'xiaomi-sign-out')
      expect(stepGate(run, 'factory-reset')).toEqual({
        locked: true,
        waitsFor: [stepItem('remove-google-accounts'), stepItem('remove-sim-esim')]
      })
      run = done(run, 'remove-sim-esim')
      expect(stepGate(run, 'factory-reset')).toEqual({ locked: true, waitsFor: [stepItem('remove-google-accounts')] })
      // not applicable (no Google account on the phone) satisfies the gate
      run = apply(run, { type: 'step-not-applicable', stepId: 'remove-google-accounts' })
      expect(stepGate(run, 'factory-reset')).toEqual({ locked: false, waitsFor: [] })
    }
  )

  it('does not open when only one backup category is left pending', () => {
    let run = skipAllBackups(fresh('sell'))
    run = done(run, ...RESET_PREREQUISITES)
    expect(stepGate(run, 'factory-reset').locked).toBe(false)
    const reopened = { ...run, backups: { ...run.backups, messages: { status: 'pending' as const } } }
    expect(stepGate(reopened, 'factory-reset').waitsFor).toEqual([{ kind: 'backup', category: 'messages' }])
  })
})

describe('other gates', () => {
  it('keeps sign-out and Google removal locked until the backups are settled (back up first)', () => {
    const run = fresh('family')
    expect(stepGate(run, 'xiaomi-sign-out').locked).toBe(true)
    expect(stepGate(run, 'remove-google-accounts').locked).toBe(true)
    expect(stepGate(run, 'find-device-off').locked).toBe(false)
    const backedUp = skipAllBackups(run)
    expect(stepGate(backedUp, 'xiaomi-sign-out').locked).toBe(false)
  })

  it('delete-account: deletion waits for bands, balances, the phone leaving the account and no other device to be left', () => {
    let run = skipAllBackups(fresh('delete-account'))
    expect(stepGate(run, 'delete-xiaomi-account').waitsFor).toEqual(
      [
        'unpair-wearables',
        'cancel-subscriptions',
        'find-device-off',
        'xiaomi-sign-out',
        'remove-from-cloud-list',
        'confirm-no-other-devices'
      ].map(stepItem)
    )
    expect(stepGate(run, 'confirm-no-other-devices').waitsFor).toEqual([stepItem('remove-from-cloud-list'), stepItem('unpair-wearables')])
    run = done(run, 'find-device-off', 'xiaomi-sign-out', 'remove-from-cloud-list', 'unpair-wearables', 'confirm-no-other-devices')
    expect(stepGate(run, 'delete-xiaomi-account')).toEqual({ locked: true, waitsFor: [stepItem('cancel-subscriptions')] })
    run = apply(run, { type: 'step-not-applicable', stepId: 'cancel-subscriptions' })
    expect(stepGate(run, 'delete-xiaomi-account').locked).toBe(false)
    // like every other run, the phone is "preparing" while the account is being deleted
    expect(runDeviceStatus(run)).toBe('preparing')
  })

  it('repair: hand-over waits for the required steps only; optional Find device does not block it', () => {
    let run = fresh('repair')
    expect(isRequired('find-device-off', 'repair')).toBe(false)
    expect(stepGate(run, 'hand-over').waitsFor).toEqual(['check-credentials', 'backup', 'protect-for-repair'].map(stepItem))
    run = done(skipAllBackups(run), 'check-credentials', 'protect-for-repair')
    expect(stepGate(run, 'hand-over').locked).toBe(false)
    expect(currentStepId(run)).toBe('find-device-off')
    expect(runDeviceStatus(run)).toBe('ready')
  })

  it('delete-account: once every step is settled the phone is ready, and when finished it stays ready', () => {
    let run = skipAllBackups(fresh('delete-account'))
    expect(runDeviceStatus(run)).toBe('preparing')
    for (const step of stepsOf('delete-account')) if (step.id !== 'backup') run = done(run, step.id)
    expect(runDeviceStatus(run)).toBe('ready')
  })

  it('locked-out has no steps, no gates and keeps the phone "preparing" while the owner works through recovery', () => {
    const run = fresh('locked-out')
    expect(run.steps).toEqual({})
    expect(requiredStepsPending(run)).toEqual([])
    expect(currentStepId(run)).toBeNull()
    expect(runDeviceStatus(run)).toBe('preparing')
    expect(runProgress(run)).toMatchObject({ stage: null, nextStepId: null, percentage: 0 })
  })
})

describe('skipping', () => {
  it.each(GUIDED_SCENARIOS.map((s) => [s]))('%s: a skip needs a reason and is refused for steps that cannot be skipped', (scenario) => {
    const run = skipAllBackups(fresh(scenario))
    for (const s of stepsOf(scenario)) {
      if (s.followsBackups) continue
      const noReason = () => applyChange(run, { type: 'step-skip', stepId: s.id, reason: '  ' }, nextTime())
      expect(noReason).toThrow()
      const withReason = () => applyChange(run, { type: 'step-skip', stepId: s.id, reason: 'no watch' }, nextTime())
      if (!s.canSkip) expect(withReason).toThrow(expect.objectContaining({ code: 'invalid-input' }))
    }
    expect(() => applyChange(fresh(scenario), { type: 'backup-skip', category: 'contacts', reason: '' }, nextTime())).toThrow()
  })

  it('a skipped optional step counts as settled for hand-over, and its reason is kept', () => {
    let run = done(skipAllBackups(fresh('sell')), 'check-credentials', 'cancel-subscriptions', ...ACCOUNT_STEPS)
    run = apply(run, { type: 'step-skip', stepId: 'unpair-wearables', reason: 'no wearables used' })
    expect(run.steps['unpair-wearables']).toMatchObject({ status: 'skipped', reason: 'no wearables used' })
    expect(requiredStepsPending(run)).toEqual(['remove-from-cloud-list', 'remove-sim-esim', 'factory-reset', 'post-reset-check'])
  })
})

describe('a sell run from start to handed over', () => {
  it('walks preparing → ready → handed-over, and progress and next step follow', () => {
    let run = fresh('sell')
    expect(runDeviceStatus(run)).toBe('preparing')
    expect(runProgress(run)).toMatchObject({
      percentage: 0,
      stage: 'prepare',
      nextStepId: 'check-credentials',
      nextStepTitleKey: 'offboarding:steps.check-credentials.title'
    })
    run = done(run, 'check-credentials')
    run = skipAllBackups(run)
    expect(run.steps.backup).toMatchObject({ status: 'done', confirmedBy: 'owner' })
    expect(runProgress(run)).toMatchObject({ stage: 'disconnect', nextStepId: 'unpair-wearables' })
    const ids = stepsOf('sell')
      .map((s) => s.id)
      .filter((id) => !['check-credentials', 'backup', 'hand-over'].includes(id))
    for (const id of ids) {
      expect(isReady(run)).toBe(false)
      run = done(run, id)
    }
    expect(requiredStepsPending(run)).toEqual([])
    expect(runDeviceStatus(run)).toBe('ready')
    expect(runProgress(run)).toMatchObject({ ready: true, finished: false, nextStepId: 'hand-over', stage: 'hand-over' })
    run = done(run, 'hand-over')
    expect(run.finishedAt).not.toBeNull()
    expect(runDeviceStatus(run)).toBe('handed-over')
    expect(runProgress(run)).toMatchObject({ percentage: 100, finished: true, nextStepId: null, stage: 'hand-over' })
  })
})
