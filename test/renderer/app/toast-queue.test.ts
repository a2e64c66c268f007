import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { pushToast, startCountdown } from '@renderer/app/toast-queue'

type T = { id: number; action?: string }

describe('pushToast', () => {
  it('drops the oldest plain toasts beyond the limit', () => {
    const shown: T[] = [{ id: 1 }, { id: 2 }, { id: 3 }]
    expect(pushToast(shown, { id: 4 }, 3).map((t) => t.id)).toEqual([2, 3, 4])
  })

  it('never pushes out a toast that offers an action, even when newer toasts keep coming', () => {
    let shown: T[] = [{ id: 1, action: 'undo' }]
    for (let id = 2; id <= 8; id++) shown = pushToast(shown, { id }, 3)
    expect(shown.map((t) => t.id)).toEqual([1, 7, 8])
    shown = pushToast(shown, { id: 9, action: 'undo' }, 3)
    shown = pushToast(shown, { id: 10, action: 'undo' }, 3)
    expect(shown.map((t) => t.id)).toEqual([1, 9, 10])
  })
})

describe('startCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('ends after its time, stands still while paused, and resumes with the time it had left', () => {
    const ended = vi.fn()
    const countdown = startCountdown(1000, ended, () => Date.now())
    vi.advanceTimersByTime(600)
    countdown.pause()
    vi.advanceTimersByTime(60_000)
    expect(ended).not.toHaveBeenCalled()
    countdown.resume()
    vi.advanceTimersByTime(399)
    expect(ended).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(ended).toHaveBeenCalledTimes(1)
  })

  it('never ends once cancelled', () => {
    const ended = vi.fn()
    startCountdown(1000, ended).cancel()
    vi.advanceTimersByTime(5000)
    expect(ended).not.toHaveBeenCalled()
  })
})
