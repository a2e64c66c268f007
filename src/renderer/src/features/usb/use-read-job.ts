import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReadJobView, ReadKind } from '../../../../shared/usb/usb-job'
import { api, errorMessage, unwrap } from '../../app/api-client'

const POLL_MS = 150

/** One read of the phone at a time: start it, follow its progress, cancel it. */
export function useReadJob(kind: ReadKind): {
  job: ReadJobView | null
  error: string | null
  start: (serial: string, deviceId?: string) => void
  cancel: () => void
} {
  const [job, setJob] = useState<ReadJobView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const timer = useRef<number | null>(null)

  const stopPolling = () => {
    if (timer.current !== null) window.clearInterval(timer.current)
    timer.current = null
  }
  useEffect(() => stopPolling, [])

  const start = useCallback(
    (serial: string, deviceId?: string) => {
      setError(null)
      stopPolling()
      void unwrap(api().usb.startRead({ serial, kind, ...(deviceId ? { deviceId } : {}) })).then(
        ({ jobId }) => {
          const poll = () =>
            void unwrap(api().usb.job({ jobId })).then(
              (next) => {
                setJob(next)
                if (!next.running) stopPolling()
              },
              (e: unknown) => {
                stopPolling()
                setError(errorMessage(e, 'read'))
              }
            )
          poll()
          timer.current = window.setInterval(poll, POLL_MS)
        },
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
