import { buildApi } from '@preload/build-api'
import type { Result } from '@shared/result'

/** The Playwright bindings the Chromium tier installs in place of Electron's IPC. */
interface TestBindings {
  __handoverInvoke(channel: string, payload: unknown): Promise<Result<unknown>>
  __handoverEmit?: (channel: string, payload: unknown) => void
}

const host = window as unknown as TestBindings & Record<string, unknown>
const listeners = new Map<string, Set<(payload: unknown) => void>>()
host.__handoverEmit = (channel, payload) => listeners.get(channel)?.forEach((listener) => listener(payload))

Object.defineProperty(window, 'api', {
  configurable: false,
  enumerable: true,
  writable: false,
  value: buildApi(
    (channel, payload) => host.__handoverInvoke(channel, payload),
    (channel, listener) => {
      const set = listeners.get(channel) ?? new Set()
      set.add(listener)
      listeners.set(channel, set)
      return () => set.delete(listener)
    }
  )
})
