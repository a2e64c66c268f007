import { useCallback, useEffect, useState } from 'react'
import type { UsbStatusView } from '../../../../shared/ipc/usb-contract'
import type { Result } from '../../../../shared/result'
import { api, errorMessage, unwrap } from '../../app/api-client'

const POLL_MS = 700

/** The USB connection, kept fresh while the component is shown; connects on first show. */
export function useUsbStatus(): {
  status: UsbStatusView | null
  error: string | null
  connect: () => void
  setAdbPath: () => Promise<void>
} {
  const [status, setStatus] = useState<UsbStatusView | null>(null)
  const [error, setError] = useState<string | null>(null)

  const run = useCallback((call: Promise<Result<UsbStatusView>>) => {
    return unwrap(call).then(
      (next) => {
        setStatus(next)
        setError(null)
      },
      (e: unknown) => setError(errorMessage(e, 'adb'))
    )
  }, [])

  const connect = useCallback(() => void run(api().usb.connect()), [run])

  useEffect(() => {
    connect()
    const timer = window.setInterval(() => {
      void unwrap(api().usb.status()).then(
        (next) => setStatus((prev) => (prev?.revision === next.revision ? prev : next)),
        () => {}
      )
    }, POLL_MS)
    return () => window.clearInterval(timer)
  }, [connect])

  const setAdbPath = useCallback(() => run(api().usb.setAdbPath()), [run])
  return { status, error, connect, setAdbPath }
}
