/** Commands the application menu sends to the window. */
export type MenuCommand = 'new-phone' | 'export' | 'import' | 'settings' | 'verify-certificate' | 'about'

/** Events the main process pushes to the renderer, by name. */
export interface AppEvents {
  menuCommand: MenuCommand
}

/** Every event name, so the preload can expose one named subscriber per event. */
export const EVENT_NAMES = ['menuCommand'] as const satisfies ReadonlyArray<keyof AppEvents>

/** The renderer's subscribe API: `on.menuCommand(cb)` returns an unsubscribe function. */
export type EventApi = { [K in keyof AppEvents]: (listener: (payload: AppEvents[K]) => void) => () => void }

/** The IPC channel an event travels on. */
export function eventChannel(name: keyof AppEvents): string {
  return `event:${name}`
}
