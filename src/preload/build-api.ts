import { CHANNEL_NAMES, channelName } from '@shared/ipc/channel-names'
import type { Api } from '@shared/ipc/contract'
import { EVENT_NAMES, eventChannel, type EventApi } from '@shared/ipc/events'
import type { Result } from '@shared/result'

/** Sends one call to the main process. */
export type Invoke = (channel: string, payload: unknown) => Promise<Result<unknown>>
/** Listens to one event channel; returns the function that stops listening. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void

/**
 * Builds `window.api` from the channel names: one named method per channel and one subscriber per event.
 * The preload and the Chromium test bridge both use this, so the page sees exactly the same shape.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): Api {
  const api: Record<string, Record<string, unknown>> = {}
  for (const [namespace, channels] of Object.entries(CHANNEL_NAMES)) {
    const methods: Record<string, unknown> = {}
    for (const method of Object.keys(channels)) {
      const name = channelName(namespace, method)
      methods[method] = (input?: unknown) => invoke(name, input)
    }
    api[namespace] = Object.freeze(methods)
  }
  const on: Record<string, unknown> = {}
  for (const event of EVENT_NAMES) {
    on[event] = (listener: (payload: unknown) => void) => subscribe(eventChannel(event), listener)
  }
  api['on'] = Object.freeze(on as EventApi)
  return Object.freeze(api) as unknown as Api
}
