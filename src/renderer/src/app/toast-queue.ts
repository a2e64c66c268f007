/** How long a toast stays, in milliseconds: a plain one, and one that offers an action such as Undo. */
export const TOAST_MS = 10_000
export const ACTION_TOAST_MS = 30_000

/** The most toasts shown at once, unless more of them offer an action (those are never pushed out). */
export const MAX_TOASTS = 3

/** Adds a toast; when there are too many, the oldest ones without an action make room. A toast with an action is never dropped. */
export function pushToast<T extends { action?: unknown }>(shown: readonly T[], toast: T, max = MAX_TOASTS): T[] {
  const next = [...shown, toast]
  let excess = next.length - max
  return next.filter((item) => {
    if (excess <= 0 || item.action !== undefined || item === toast) return true
    excess--
    return false
  })
}

/** A countdown that can be paused (while a toast is hovered or focused) and resumed with the time it had left. */
export interface Countdown {
  pause(): void
  resume(): void
  cancel(): void
}

/** Starts a countdown of `ms` that calls `onEnd` once, unless cancelled. `now` is injectable for tests. */
export function startCountdown(ms: number, onEnd: () => void, now: () => number = () => Date.now()): Countdown {
  let remaining = ms
  let startedAt = now()
  let timer: ReturnType<typeof setTimeout> | null = setTimeout(onEnd, remaining)
  const stop = (): void => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  return {
    pause() {
      if (timer === null) return
      stop()
      remaining = Math.max(0, remaining - (now() - startedAt))
    },
    resume() {
      if (timer !== null) return
      startedAt = now()
      timer = setTimeout(onEnd, remaining)
    },
    cancel: stop
  }
}
