import type { UsbStatusView } from '@shared/usb/usb-status'
import { api, apiErrorText } from '../../lib/api-client'
import { queryKeys } from '../../lib/query/query-keys'
import { useMutation } from '../../lib/query/use-mutation'
import { useQuery } from '../../lib/query/use-query'

const connect = () => api().usb.connect()

/** The USB connection: loading it connects (on first show, and on Try again); `usbStatus` pushes keep it fresh. */
export function useUsbStatus(): {
  status: UsbStatusView | null
  error: string | null
  connect: () => void
  setAdbPath: () => Promise<void>
} {
  const query = useQuery(queryKeys.usbStatus, connect)
  const adbPath = useMutation(() => api().usb.setAdbPath(), { updates: queryKeys.usbStatus })
  const failure = adbPath.error ?? query.error
  return {
    status: query.data ?? null,
    error: failure ? apiErrorText(failure) : null,
    connect: () => void query.refetch(),
    setAdbPath: async () => void (await adbPath.run())
  }
}
