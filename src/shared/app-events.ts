import type { DeviceSummary } from './device-model'
import type { RunProgress } from './offboarding/progress'
import type { ReadJobView } from './usb/usb-job'
import type { UsbStatusView } from './usb/usb-status'

/** Commands the application menu sends to the window. */
export type MenuCommand = 'new-phone' | 'export' | 'import' | 'settings' | 'verify-certificate' | 'about'

/** Events the main process pushes to the renderer, by name. */
export interface AppEvents {
  /** The application menu asks for a screen or dialog. */
  menuCommand: MenuCommand
  /** A phone was saved (`device`) or removed (`device: null`). */
  deviceChanged: { id: string; device: DeviceSummary | null }
  /** A phone's run was saved; `progress` is what the dashboard shows for it. */
  runChanged: { deviceId: string; progress: RunProgress }
  /** Every record may have changed (an import, a backup restore, a quarantined file put back): load them again. */
  householdReloaded: null
  /** The USB connection or the configured adb path changed. */
  usbStatus: UsbStatusView
  /** A USB read moved on or finished. */
  readProgress: ReadJobView
}
