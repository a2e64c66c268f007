import { describe, expect, it } from 'vitest'
import { stepsOf } from '@shared/offboarding/catalogue'
import { isFinished } from '@shared/offboarding/gates'
import { applyChange, undoLast } from '@shared/offboarding/reducer'
import { apply, done, fresh, nextTime, skipAllBackups } from './run-helpers'

describe('reopening a settled step', () => {
  it('sets a done step back to "to do", journals it, and undo restores it', () => {
    const before = done(fresh('sell'), 'check-credentials')
    const reopened = apply(before, { type: 'step-reopen', stepId: 'check-credentials' })
    expect(reopened.steps['check-credentials']).toEqual({ status: 'pending' })
    expect(reopened.journal.at(-1)).toMatchObject({
      kind: 'step',
      stepId: 'check-credentials',
      from: { status: 'done' },
      to: { status: 'pending' }
    })
    expect(undoLast(reopened, nextTime()).steps['check-credentials']).toMatchObject({ status: 'done' })
  })

  it('reopens a skipped step, and the final step of a finished run, which is then no longer finished', () => {
    let run = skipAllBackups(fresh('sell'))
    for (const step of stepsOf('sell')) if (step.id !== 'backup') run = done(run, step.id)
    expect(isFinished(run)).toBe(true)
    const reopened = apply(run, { type: 'step-reopen', stepId: 'hand-over' })
    expect(isFinished(reopened)).toBe(false)
    expect(reopened.finishedAt).toBeNull()
    const skipped = apply(fresh('sell'), { type: 'step-skip', stepId: 'unpair-wearables', reason: 'no watch was ever paired' })
    expect(apply(skipped, { type: 'step-reopen', stepId: 'unpair-wearables' }).steps['unpair-wearables']).toEqual({ status: 'pending' })
  })

  it('refuses a step still to do, and the backup step, which follows its categories', () => {
    const run = fresh('sell')
    expect(() => applyChange(run, { type: 'step-reopen', stepId: 'check-credentials' }, nextTime())).toThrow(
      expect.objectContaining({ code: 'conflict' })
    )
    const backedUp = skipAllBackups(run)
    expect(backedUp.steps.backup?.status).toBe('done')
    expect(() => applyChange(backedUp, { type: 'step-reopen', stepId: 'backup' }, nextTime())).toThrow(
      expect.objectContaining({ code: 'invalid-input' })
    )
  })
})
