import type { AppEvents } from '../app-events'

/** One entry per event: a name missing here, or one too many, fails to compile. */
const EVENTS: Record<keyof AppEvents, true> = {
  menuCommand: true,
  deviceChanged: true,
  runChanged: true,
  householdReloaded: true,
  usbStatus: true,
  readProgress: true
}

/** Every event name, so the preload can expose one named subscriber per event. */
export const EVENT_NAMES = Object.keys(EVENTS) as ReadonlyArray<keyof AppEvents>

/** The renderer's subscribe API: `on.menuCommand(cb)` returns an unsubscribe function. */
export type EventApi = { [K in keyof AppEvents]: (listener: (payload: AppEvents[K]) => void) => () => void }

/** The IPC channel an event travels on. */
export function eventChannel(name: keyof AppEvents): string {
  return `event:${name}`
}
