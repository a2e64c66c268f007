import type { Adb, Clock, FileDialogs, Storage } from '../ports'
import { recordAccountCheckInRun, type RunJournal } from './record-in-run'
import { createUsbService, type UsbService, type UsbSettings } from './usb-service'

/** Builds the USB service for the app: settings in `<dataDir>/usb-settings.json`, checks recorded in the phone's run. */
export function createUsbForHousehold(deps: {
  dataDir: string
  adb: Adb
  storage: Storage
  clock: Clock
  dialogs: FileDialogs
  runs: RunJournal
  /** The serial in the phone's record ('' when none or unknown), to refuse confirming from another phone. */
  recordSerial: (deviceId: string) => string
}): UsbService {
  return createUsbService({
    adb: deps.adb,
    clock: deps.clock,
    dialogs: deps.dialogs,
    settings: deps.storage.open<UsbSettings>(deps.dataDir, 'usb-settings'),
    onAccountCheck: recordAccountCheckInRun(deps.runs, deps.recordSerial)
  })
}
