import { useState } from 'react'
import type { ReadJobView, ReadKind } from '@shared/usb/usb-job'
import { api, apiErrorText } from '../../lib/api-client'
import { peekQueryData } from '../../lib/query/query-cache'
import { queryKeys } from '../../lib/query/query-keys'
import { useMutation } from '../../lib/query/use-mutation'
import { useQuery } from '../../lib/query/use-query'

/** One read of the phone at a time: start it, follow the progress the main process pushes (`readProgress`), cancel it. */
export function useReadJob(kind: ReadKind): {
  job: ReadJobView | null
  error: string | null
  start: (serial: string, deviceId?: string) => void
  cancel: () => void
} {
  const [jobId, setJobId] = useState<string | null>(null)
  const key = jobId ? queryKeys.usbJob(jobId) : null
  // what was pushed before the id was known: the read as it is now; a finish pushed meanwhile is never undone by it
  const job = useQuery(key, async () => {
    const current = await api().usb.job({ jobId: jobId ?? '' })
    const shown = key ? peekQueryData<ReadJobView>(key) : undefined
    return current.ok && shown && !shown.running ? { ok: true, data: shown } : current
  })
  const starting = useMutation((serial: string, deviceId?: string) =>
    api().usb.startRead({ serial, kind, ...(deviceId ? { deviceId } : {}) })
  )
  const failure = starting.error ?? job.error
  return {
    job: job.data ?? null,
    error: failure ? apiErrorText(failure) : null,
    start: (serial, deviceId) => {
      void starting.run(serial, deviceId).then((started) => started.ok && setJobId(started.data.jobId))
    },
    cancel: () => {
      if (job.data?.running) void api().usb.cancel({ jobId: job.data.id })
    }
  }
}
