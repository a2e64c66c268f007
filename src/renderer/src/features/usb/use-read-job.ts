import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReadJobView, ReadKind } from '../../../../shared/usb/usb-job'
import { api, errorMessage, unwrap } from '../../app/api-client'

/** One read of the phone at a time: start it, follow the progress the main process pushes, cancel it. */
export function useReadJob(kind: ReadKind): {
  job: ReadJobView | null
  error: string | null
  start: (serial: string, deviceId?: string) => void
  cancel: () => void
} {
  const [job, setJob] = useState<ReadJobView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const followed = useRef<string | null>(null)

  useEffect(
    () =>
      api().on.readProgress((next) => {
        if (next.id === followed.current) setJob(next)
      }),
    []
  )

  const start = useCallback(
    (serial: string, deviceId?: string) => {
      setError(null)
      followed.current = null
      void unwrap(api().usb.startRead({ serial, kind, ...(deviceId ? { deviceId } : {}) }))
        .then(({ jobId }) => {
          followed.current = jobId
          // what was pushed before the id was known: the read as it is now (later pushes follow in order)
          return unwrap(api().usb.job({ jobId }))
        })
        .then(
          (current) => setJob((shown) => (shown?.id === current.id && !shown.running ? shown : current)),
          (e: unknown) => setError(errorMessage(e, 'read'))
        )
    },
    [kind]
  )

  const cancel = useCallback(() => {
    if (job?.running) void api().usb.cancel({ jobId: job.id })
  }, [job])

  return { job, error, start, cancel }
}
