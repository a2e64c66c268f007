import { useSyncExternalStore } from 'react'

/** A value outside React that components subscribe to. */
export interface ExternalStore<T> {
  /** The current value. */
  get(): T
  /** Replaces the value and re-renders every subscriber. */
  set(next: T): void
  /** The current value, re-rendering the calling component on change. */
  use(): T
}

/** Creates an external store holding `initial`. */
export function createExternalStore<T>(initial: T): ExternalStore<T> {
  let value = initial
  const listeners = new Set<() => void>()
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
  return {
    get: () => value,
    set(next) {
      value = next
      for (const listener of listeners) listener()
    },
    use: () => useSyncExternalStore(subscribe, () => value)
  }
}
