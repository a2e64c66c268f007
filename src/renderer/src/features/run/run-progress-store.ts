import { useEffect } from 'react'
import { runProgress, type RunProgress } from '../../../../shared/offboarding/progress'
import type { Run } from '../../../../shared/offboarding/run'
import { api, unwrap } from '../../app/api-client'
import { createExternalStore } from '../../app/external-store'

const byDevice = createExternalStore<ReadonlyMap<string, RunProgress>>(new Map())
let loaded = false

/** Progress of every phone's run for the dashboard, loaded once and kept in step by the run screen. */
export const runProgressStore = {
  /** Loads every run's progress from the main process (once; call again with force after a restart or import). */
  async load(force = false): Promise<void> {
    if (loaded && !force) return
    loaded = true
    const all = await unwrap(api().runs.progress())
    byDevice.set(new Map(all.map((p) => [p.deviceId, p])))
  },
  /** Records a run the run screen just saved. */
  update(run: Run): void {
    byDevice.set(new Map(byDevice.get()).set(run.deviceId, runProgress(run)))
  }
}

/** The progress of every phone's run by device id, re-rendering on change (loads on first use). */
export function useRunProgress(): ReadonlyMap<string, RunProgress> {
  useEffect(() => {
    void runProgressStore.load().catch(() => undefined)
  }, [])
  return byDevice.use()
}
