import type { DeviceSummary } from '@shared/device-model'
import type { RunChange } from '@shared/offboarding/reducer'
import type { Run } from '@shared/offboarding/run'
import type { Scenario } from '@shared/offboarding/scenarios'
import type { Result } from '@shared/result'
import { api, apiErrorText } from '../../lib/api-client'
import { queryKeys } from '../../lib/query/query-keys'
import { useMutation } from '../../lib/query/use-mutation'
import { useQuery } from '../../lib/query/use-query'

/** A phone's run as the run screen sees it: undefined while loading, null when none was started. */
export interface RunState {
  run: Run | null | undefined
  error: string | null
  start(scenario: Scenario, replace: boolean): Promise<Run | null>
  apply(change: RunChange): Promise<Run | null>
  undo(): Promise<Run | null>
}

/** A phone's run, loaded when shown and again whenever the main process saves it (`runChanged`); sends changes. */
export function useRun(device: DeviceSummary): RunState {
  const deviceId = device.id
  const query = useQuery(queryKeys.run(deviceId), () => api().runs.get({ deviceId }))
  const change = useMutation((call: Promise<Result<Run | null>>) => call, { updates: queryKeys.run(deviceId) })
  const send = async (call: Promise<Result<Run | null>>): Promise<Run | null> => {
    const result = await change.run(call)
    return result.ok ? result.data : null
  }
  const failure = change.error ?? (query.data === undefined ? query.error : null)
  return {
    run: query.data,
    error: failure ? apiErrorText(failure) : null,
    start: (scenario, replace) => send(api().runs.start({ deviceId, scenario, replace })),
    apply: (runChange) => send(api().runs.apply({ deviceId, change: runChange })),
    undo: () => send(api().runs.undo({ deviceId }))
  }
}
