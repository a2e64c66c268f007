import type { UnknownReason } from '@shared/usb/read-outcome'
import type { ReadJobView, ReadKind } from '@shared/usb/usb-job'
import type { UsbStatusView, UsbTransportView } from '@shared/usb/usb-status'
import type { Adb, Clock, DocumentStore, EventSink, FileDialogs } from '../ports'
import { createAdbPathSetting, type UsbSettings } from './adb-path-setting'
import { createCommandReader } from './command-reader'
import { createConnectionTracker } from './connection-tracker'
import { createPhoneRead, type AccountCheckReport } from './phone-read'
import { createReadJobs } from './read-jobs'

/** What the USB service is built from. */
export interface UsbServiceOptions {
  adb: Adb
  clock: Clock
  settings: DocumentStore<UsbSettings>
  /** Where status changes and read progress are pushed. */
  events?: EventSink
  /** The transport in use, reported with every status (absent where there is no choice of transport). */
  transport?: () => UsbTransportView
  /** The open dialog adb is picked in. */
  dialogs: FileDialogs
  /** Whether a program answers `adb version` like adb (default: runs it). */
  verifyAdb?: (path: string) => Promise<boolean>
  /** Called after every account check tied to a record (not for cancelled reads); records it in the run. */
  onAccountCheck?: (report: AccountCheckReport) => void | Promise<void>
  /** Longest wait for one command (default 30 s). */
  commandTimeoutMs?: number
  /** How long to wait for the device list to show an unplug after a cut read (default 500 ms). */
  unplugGraceMs?: number
  /** Shortest gap between two pushes of a read's byte count (default 100 ms); start and finish always go out. */
  progressEveryMs?: number
}

/** Reads phones over USB: connection tracking, property reads and account checks with progress and cancel. */
export interface UsbService {
  /** Starts following the adb server (finding and starting it where allowed); idempotent. */
  connect(): Promise<UsbStatusView>
  /** The current status. */
  status(): UsbStatusView
  /**
   * Asks for adb in an open dialog, keeps it if it is named adb / adb.exe and answers `adb version` like adb,
   * and reconnects if adb was missing. Cancel leaves the setting as it was.
   */
  setAdbPath(): Promise<UsbStatusView>
  /** Starts a read of one phone; at most one read runs at a time. */
  startRead(input: { serial: string; kind: ReadKind; deviceId?: string }): { jobId: string }
  /** A read's progress and, once finished, its outcome. */
  job(jobId: string): ReadJobView
  /** Cancels a running read; its outcome becomes "unknown: cancelled". */
  cancel(jobId: string): void
  /** Stops following the server and cancels any read (app quit). */
  stop(): void
}

/**
 * Builds the USB service over an `Adb` port from its parts: the adb path setting, connection tracking, the job
 * registry, command reading and the read itself (which reports account checks, recorded into the run by the caller).
 */
export function createUsbService(options: UsbServiceOptions): UsbService {
  const adbPath = createAdbPathSetting(options)
  const jobs = createReadJobs(options.events, options.progressEveryMs ?? 100)
  const status = (): UsbStatusView => ({
    connection: phones.connection(),
    configuredAdbPath: adbPath.current(),
    ...(options.transport ? { transport: options.transport() } : {})
  })
  const pushStatus = () => options.events?.emit('usbStatus', status())
  const phones = createConnectionTracker(options.adb, {
    changed: pushStatus,
    lost: (isPresent, reason) => jobs.abortAbsent(isPresent, reason)
  })
  const readCommand = createCommandReader({
    adb: options.adb,
    phones,
    commandTimeoutMs: options.commandTimeoutMs ?? 30_000,
    unplugGraceMs: options.unplugGraceMs ?? 500
  })
  const readPhone = createPhoneRead({ readCommand, jobs, clock: options.clock, onAccountCheck: options.onAccountCheck })
  const connect = async (): Promise<UsbStatusView> => {
    await phones.connect(adbPath.current())
    return status()
  }

  return {
    connect,
    status,
    async setAdbPath() {
      if (!(await adbPath.choose())) return status()
      pushStatus()
      // Reconnects when the server was not followed (adb was missing); while it is, connect() just answers the status.
      return connect()
    },
    startRead({ serial, kind, deviceId }) {
      const job = jobs.add({ serial, kind, deviceId })
      const entry = phones.entry(serial)
      if (!entry || entry.state !== 'device') {
        const reason: UnknownReason =
          entry?.state === 'unauthorized' ? 'unauthorized' : entry?.state === 'offline' ? 'offline' : 'disconnected'
        job.controller.abort(reason)
      }
      void readPhone(job)
      return { jobId: job.id }
    },
    job: (jobId) => jobs.view(jobs.find(jobId)),
    cancel(jobId) {
      const job = jobs.find(jobId)
      if (job.outcome === null) job.controller.abort('cancelled' satisfies UnknownReason)
    },
    stop: () => phones.stop()
  }
}
