import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceSummary } from '../../../../shared/device-model'
import type { RunChange } from '../../../../shared/offboarding/reducer'
import type { Run } from '../../../../shared/offboarding/run'
import type { Scenario } from '../../../../shared/offboarding/scenarios'
import type { Result } from '../../../../shared/result'
import { api, errorMessage, unwrap } from '../../app/api-client'

/** A phone's run as the run screen sees it: undefined while loading, null when none was started. */
export interface RunState {
  run: Run | null | undefined
  error: string | null
  start(scenario: Scenario, replace: boolean): Promise<Run | null>
  apply(change: RunChange): Promise<Run | null>
  undo(): Promise<Run | null>
  /** Reads the run again after the main process changed it (issuing a certificate completes the hand-over step). */
  reload(): Promise<Run | null>
}

/** Loads a phone's run and sends changes; the dashboard hears of them from the main process. */
export function useRun(device: DeviceSummary): RunState {
  const { t } = useTranslation('offboarding')
  const [run, setRun] = useState<Run | null | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const deviceId = device.id

  useEffect(() => {
    let live = true
    void unwrap(api().runs.get({ deviceId })).then(
      (loaded) => live && setRun(loaded),
      (e: unknown) => live && setError(errorMessage(e, t('ui.failed')))
    )
    return () => {
      live = false
    }
  }, [deviceId, t])

  const send = useCallback(
    async (call: Promise<Result<Run | null>>): Promise<Run | null> => {
      try {
        const next = await unwrap(call)
        setRun(next)
        setError(null)
        return next
      } catch (e) {
        setError(errorMessage(e, t('ui.failed')))
        return null
      }
    },
    [t]
  )

  return {
    run,
    error,
    start: (scenario, replace) => send(api().runs.start({ deviceId, scenario, replace })),
    apply: (change) => send(api().runs.apply({ deviceId, change })),
    undo: () => send(api().runs.undo({ deviceId })),
    reload: () => send(api().runs.get({ deviceId }))
  }
}
