import type { UsbKeyView } from '@shared/usb/usb-status'
import type { Adb, Clock, DaemonDeviceSource, EventSink, FileDialogs, Storage, Vault } from '../ports'
import { createAppAdbKey } from './credential-store'
import { recordAccountCheckInRun, type RunJournal } from './record-in-run'
import { createDaemonAdb } from './tango-transport'
import { createTransportChoice } from './transport-choice'
import type { UsbSettings } from './adb-path-setting'
import { createUsbService, type UsbService } from './usb-service'

/** The USB service plus the app's own USB debugging key (its fingerprint, and forgetting it). */
export interface HouseholdUsb extends UsbService {
  /** The key's fingerprint, as the phone shows it under "Allow USB debugging?" (made on first use). */
  keyFingerprint(): Promise<UsbKeyView>
  /** Forgets the key, reconnects with a new one (every phone must allow it again) and returns its fingerprint. */
  forgetKey(): Promise<UsbKeyView>
}

/**
 * Builds the USB service for the app: settings in `<dataDir>/usb-settings.json`, checks recorded in the phone's run,
 * the adb server when one answers and else the phones straight over USB with the app's Vault-kept key.
 */
export function createUsbForHousehold(deps: {
  dataDir: string
  adb: Adb
  /** Phones reachable without an adb server; absent or null where direct USB is unavailable. */
  directUsb?: DaemonDeviceSource | null
  storage: Storage
  vault: Vault
  clock: Clock
  dialogs: FileDialogs
  runs: RunJournal
  events: EventSink
  /** The serial in the phone's record ('' when none or unknown), to refuse confirming from another phone. */
  recordSerial: (deviceId: string) => string
  /** The operating system, for the set-up guidance (default: this one). */
  platform?: string
}): HouseholdUsb {
  const key = createAppAdbKey(deps, deps.dataDir)
  const direct = deps.directUsb ? createDaemonAdb({ source: deps.directUsb, credentials: key }) : null
  const adb = createTransportChoice({ server: deps.adb, direct, platform: deps.platform ?? process.platform })
  const service = createUsbService({
    adb,
    clock: deps.clock,
    dialogs: deps.dialogs,
    settings: deps.storage.open<UsbSettings>(deps.dataDir, 'usb-settings'),
    events: deps.events,
    transport: () => adb.transport(),
    onAccountCheck: recordAccountCheckInRun(deps.runs, deps.recordSerial)
  })
  return {
    ...service,
    keyFingerprint: async () => ({ fingerprint: await key.fingerprint() }),
    async forgetKey() {
      await key.forget()
      const fingerprint = await key.fingerprint()
      if (adb.transport().kind === 'direct-usb') {
        service.stop()
        await service.connect()
      }
      return { fingerprint }
    }
  }
}
