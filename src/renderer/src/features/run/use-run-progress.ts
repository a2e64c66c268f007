import { useMemo } from 'react'
import type { RunProgress } from '@shared/offboarding/progress'
import { api } from '../../lib/api-client'
import { queryKeys } from '../../lib/query/query-keys'
import { useQuery } from '../../lib/query/use-query'

const loadProgress = () => api().runs.progress()

/** The progress of every phone's run by device id, loaded on first use and kept in step by `runChanged` pushes. */
export function useRunProgress(): ReadonlyMap<string, RunProgress> {
  const { data } = useQuery(queryKeys.runProgress, loadProgress)
  return useMemo(() => new Map((data ?? []).map((p) => [p.deviceId, p])), [data])
}
