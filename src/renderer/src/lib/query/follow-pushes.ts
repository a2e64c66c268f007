import type { RunProgress } from '@shared/offboarding/progress'
import { household } from '../household-store'
import { invalidate, setQueryData } from './query-cache'
import { queryKeys } from './query-keys'

/** Keeps the queries in step with what the main process pushes (a saved phone or run, a reload, the USB check); returns the function that stops. */
export function followPushes(on: Window['api']['on']): () => void {
  const stops = [
    on.deviceChanged(({ id, device }) => {
      household.apply(id, device)
      void invalidate(queryKeys.revealed(id))
    }),
    on.runChanged(({ deviceId, progress }) => {
      setQueryData<RunProgress[]>(queryKeys.runProgress, (all = []) => [...all.filter((p) => p.deviceId !== deviceId), progress])
      void invalidate(queryKeys.run(deviceId))
    }),
    on.householdReloaded(() => void invalidate([])),
    on.usbStatus((status) => setQueryData(queryKeys.usbStatus, () => status)),
    on.readProgress((job) => setQueryData(queryKeys.usbJob(job.id), () => job))
  ]
  return () => stops.forEach((stop) => stop())
}
