import { useCallback, useEffect, useState } from 'react'
import type { Result } from '../../../../shared/result'
import type { UsbStatusView } from '../../../../shared/usb/usb-status'
import { api, errorMessage, unwrap } from '../../app/api-client'

/** The USB connection, kept fresh by the main process's pushes while the component is shown; connects on first show. */
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
    const stop = api().on.usbStatus(setStatus)
    connect()
    return stop
  }, [connect])

  const setAdbPath = useCallback(() => run(api().usb.setAdbPath()), [run])
  return { status, error, connect, setAdbPath }
}
