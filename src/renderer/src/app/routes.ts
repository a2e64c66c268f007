import { createContext, useContext } from 'react'

/** The screens of the app. */
export type Route =
  | { name: 'dashboard' }
  | { name: 'phone'; deviceId: string }
  | { name: 'run'; deviceId: string }
  | { name: 'verify' }
  | { name: 'settings' }
  /** The USB check: for a recorded phone, or without one to prefill a new record. */
  | { name: 'usb'; deviceId?: string }

/** Moves to another screen. */
export type Navigate = (route: Route) => void

/** The current route and the navigate function. */
export const RouteContext = createContext<{ route: Route; navigate: Navigate }>({ route: { name: 'dashboard' }, navigate: () => {} })

/** The current route and navigate, from any component. */
export function useRoute(): { route: Route; navigate: Navigate } {
  return useContext(RouteContext)
}
