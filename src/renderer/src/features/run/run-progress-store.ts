import { useEffect } from 'react'
import type { RunProgress } from '../../../../shared/offboarding/progress'
import { api, unwrap } from '../../app/api-client'
import { createExternalStore } from '../../app/external-store'

const byDevice = createExternalStore<ReadonlyMap<string, RunProgress>>(new Map())
let loaded = false

/** Progress of every phone's run for the dashboard, loaded once and kept in step by the main process's events. */
export const runProgressStore = {
  /** Loads every run's progress from the main process (once; call again with force after a restart or import). */
  async load(force = false): Promise<void> {
    if (loaded && !force) return
    loaded = true
    const all = await unwrap(api().runs.progress())
    byDevice.set(new Map(all.map((p) => [p.deviceId, p])))
  },
  /** Follows saved runs and reloads after a restore or import; returns the function that stops. */
  follow(): () => void {
    const stops = [
      api().on.runChanged(({ deviceId, progress }) => byDevice.set(new Map(byDevice.get()).set(deviceId, progress))),
      api().on.householdReloaded(() => void runProgressStore.load(true).catch(() => undefined))
    ]
    return () => stops.forEach((stop) => stop())
  }
}

/** The progress of every phone's run by device id, re-rendering on change (loads on first use). */
export function useRunProgress(): ReadonlyMap<string, RunProgress> {
  useEffect(() => {
    void runProgressStore.load().catch(() => undefined)
  }, [])
  return byDevice.use()
}
