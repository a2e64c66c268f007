import { randomUUID } from 'node:crypto'
import { tail } from '../../../shared/device-model'
import { parseDumpsysAccount, type AccountCensus } from '../../../shared/usb/account-census'
import { accountCheck, type AccountCheck, type CheckedPhone } from '../../../shared/usb/account-check'
import { connectionFor, type AdbDeviceEntry, type UsbConnection } from '../../../shared/usb/device-list'
import { readDeviceProperties, type PropertiesOutcome } from '../../../shared/usb/device-properties'
import { parseGetprop } from '../../../shared/usb/getprop'
import type { UnknownOutcome, UnknownReason } from '../../../shared/usb/read-outcome'
import type { ReadJobView, ReadKind, ReadProgress } from '../../../shared/usb/usb-job'
import type { UsbStatusView, UsbTransportView } from '../../../shared/usb/usb-status'
import { ServiceError } from '../../../shared/result'
import type { Adb, Clock, DocumentStore, EventSink, FileDialogs } from '../ports'
import { answersLikeAdb, isAdbFileName } from './adb-launcher'
import { beforeEndMarker, failureReason, withEndMarker } from './marked-read'

/** Saved USB settings. */
export interface UsbSettings {
  adbPath: string
}

/** What the service reports after an account check tied to a phone record (the serial stays in memory). */
export interface AccountCheckReport {
  deviceId: string
  check: AccountCheck
  /** The full serial the phone reported, to compare with the record; never stored. */
  serial: string
}

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
  /** Waits for a read to finish (tests and handlers that need the outcome). */
  settled(jobId: string): Promise<ReadJobView>
  /** Cancels a running read; its outcome becomes "unknown: cancelled". */
  cancel(jobId: string): void
  /** Stops following the server and cancels any read (app quit). */
  stop(): void
}

interface Job {
  id: string
  kind: ReadKind
  serial: string
  deviceId: string | undefined
  progress: ReadProgress
  controller: AbortController
  outcome: PropertiesOutcome | AccountCheck | null
  done: Promise<void>
  /** The pending push of a byte count, while pushes are held back. */
  pushTimer: ReturnType<typeof setTimeout> | null
  lastPushAt: number
}

const KEPT_JOBS = 20

/** Builds the USB service over an `Adb` port. */
export function createUsbService(options: UsbServiceOptions): UsbService {
  const { adb, clock } = options
  const commandTimeoutMs = options.commandTimeoutMs ?? 30_000
  const unplugGraceMs = options.unplugGraceMs ?? 500
  const progressEveryMs = options.progressEveryMs ?? 100
  let connection: UsbConnection = { kind: 'idle' }
  let devices: AdbDeviceEntry[] = []
  let tracker: { stop(): void } | null = null
  let connecting: Promise<UsbStatusView> | null = null
  const listWaiters = new Set<() => void>()
  const jobs = new Map<string, Job>()

  const readSavedPath = (): string => {
    try {
      const saved = options.settings.read() as Partial<UsbSettings> | undefined
      return typeof saved?.adbPath === 'string' && isAdbFileName(saved.adbPath) ? saved.adbPath : ''
    } catch {
      return ''
    }
  }
  let adbPath = readSavedPath()

  const status = (): UsbStatusView => ({ connection, configuredAdbPath: adbPath, ...(options.transport ? { transport: options.transport() } : {}) })
  const pushStatus = () => options.events?.emit('usbStatus', status())

  const setConnection = (next: UsbConnection) => {
    connection = next
    pushStatus()
    for (const wake of listWaiters) wake()
  }

  const abortJobsFor = (present: (serial: string) => boolean, reason: UnknownReason) => {
    for (const job of jobs.values()) if (job.outcome === null && !present(job.serial)) job.controller.abort(reason)
  }

  const onList = (list: AdbDeviceEntry[]) => {
    devices = list
    setConnection(connectionFor(list))
    abortJobsFor((serial) => list.some((d) => d.serial === serial && d.state === 'device'), 'disconnected')
  }

  const onEnd = (message: string) => {
    tracker = null
    devices = []
    setConnection({ kind: 'server-down', message })
    abortJobsFor(() => false, 'disconnected')
  }

  const waitForChange = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer)
        listWaiters.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, ms)
      listWaiters.add(wake)
    })

  async function connectNow(): Promise<UsbStatusView> {
    const server = await adb.ensureServer(adbPath)
    if (!server.ok) {
      setConnection(server.problem === 'adb-missing' ? { kind: 'adb-missing', searched: server.searched } : { kind: 'server-down', message: server.message })
      return status()
    }
    const first = waitForChange(3000)
    tracker = adb.trackDevices(onList, onEnd)
    await first
    return status()
  }

  /** Runs one command with the end marker; the text before the marker, or "unknown" with why. */
  async function readCommand(job: Job, command: string): Promise<{ text: string } | UnknownOutcome> {
    if (job.controller.signal.aborted) return { state: 'unknown', reason: job.controller.signal.reason as UnknownReason }
    const timer = setTimeout(() => job.controller.abort('timeout' satisfies UnknownReason), commandTimeoutMs)
    try {
      const output = await adb.shell(job.serial, withEndMarker(command), {
        signal: job.controller.signal,
        onData: (received) => {
          job.progress = { ...job.progress, received }
          pushProgress(job)
        }
      })
      const text = beforeEndMarker(output)
      if (text !== null) return { text }
      const stillThere = () => devices.some((d) => d.serial === job.serial && d.state === 'device')
      if (stillThere()) await waitForChange(unplugGraceMs)
      return { state: 'unknown', reason: stillThere() ? 'truncated' : 'disconnected' }
    } catch (error) {
      const aborted = job.controller.signal.aborted ? (job.controller.signal.reason as UnknownReason) : undefined
      return { state: 'unknown', reason: failureReason(error, aborted) }
    } finally {
      clearTimeout(timer)
    }
  }

  async function readProperties(job: Job): Promise<PropertiesOutcome> {
    const read = await readCommand(job, 'getprop')
    if ('state' in read) return read
    return readDeviceProperties(parseGetprop(read.text).props)
  }

  async function readCensus(job: Job): Promise<AccountCensus> {
    job.progress = { step: 2, steps: 2, received: 0 }
    pushJob(job)
    const read = await readCommand(job, 'dumpsys account')
    return 'state' in read ? read : parseDumpsysAccount(read.text)
  }

  async function run(job: Job): Promise<void> {
    const properties = await readProperties(job)
    if (job.kind === 'properties') {
      job.outcome = properties
      return
    }
    const phone: CheckedPhone | null =
      properties.state === 'read'
        ? { marketName: properties.properties.marketName, modelNumber: properties.properties.modelNumber, serialTail: tail(properties.properties.serial) }
        : null
    const census = properties.state === 'read' ? await readCensus(job) : properties
    const check = accountCheck(clock.now().toISOString(), census, phone)
    job.outcome = check
    const cancelled = census.state === 'unknown' && census.reason === 'cancelled'
    if (job.deviceId && !cancelled && options.onAccountCheck) {
      const serial = properties.state === 'read' ? properties.properties.serial : ''
      try {
        await options.onAccountCheck({ deviceId: job.deviceId, check, serial })
      } catch (error) {
        console.error(`[handover] recording a USB check failed: ${error instanceof Error ? error.name : typeof error}`)
      }
    }
  }

  function view(job: Job): ReadJobView {
    return { id: job.id, kind: job.kind, running: job.outcome === null, progress: { ...job.progress }, outcome: job.outcome } as ReadJobView
  }

  /** Pushes the read's state now, dropping any held-back byte count. */
  function pushJob(job: Job): void {
    if (job.pushTimer) clearTimeout(job.pushTimer)
    job.pushTimer = null
    job.lastPushAt = performance.now()
    options.events?.emit('readProgress', view(job))
  }

  /** Pushes a new byte count at most once per `progressEveryMs`, the last one always. */
  function pushProgress(job: Job): void {
    if (job.pushTimer) return
    const wait = job.lastPushAt + progressEveryMs - performance.now()
    if (wait <= 0) pushJob(job)
    else job.pushTimer = setTimeout(() => pushJob(job), wait)
  }

  const find = (jobId: string): Job => {
    const job = jobs.get(jobId)
    if (!job) throw new ServiceError('not-found', { key: 'usb.readGone' })
    return job
  }

  function connect(): Promise<UsbStatusView> {
    if (tracker) return Promise.resolve(status())
    connecting ??= connectNow().finally(() => {
      connecting = null
    })
    return connecting
  }

  return {
    connect,
    status,
    async setAdbPath() {
      const [path] = await options.dialogs.chooseOpenPaths({
        title: 'main:dialog.chooseAdbTitle',
        multiple: false,
        filters: process.platform === 'win32' ? [{ name: 'main:dialog.adbFilter', extensions: ['exe'] }] : []
      })
      if (!path) return status()
      if (!isAdbFileName(path)) throw new ServiceError('invalid-input', { key: 'usb.notAdbName' })
      if (!(await (options.verifyAdb ?? answersLikeAdb)(path))) {
        throw new ServiceError('invalid-input', { key: 'usb.notAdb' })
      }
      adbPath = path
      options.settings.write({ adbPath })
      pushStatus()
      if (!tracker) return connect()
      return status()
    },
    startRead({ serial, kind, deviceId }) {
      if ([...jobs.values()].some((j) => j.outcome === null)) {
        throw new ServiceError('conflict', { key: 'usb.readRunning' })
      }
      const job: Job = {
        id: randomUUID(),
        kind,
        serial,
        deviceId,
        progress: { step: 1, steps: kind === 'accounts' ? 2 : 1, received: 0 },
        controller: new AbortController(),
        outcome: null,
        done: Promise.resolve(),
        pushTimer: null,
        lastPushAt: -Infinity
      }
      const entry = devices.find((d) => d.serial === serial)
      if (!entry || entry.state !== 'device') {
        const reason: UnknownReason = entry?.state === 'unauthorized' ? 'unauthorized' : entry?.state === 'offline' ? 'offline' : 'disconnected'
        job.controller.abort(reason)
      }
      job.done = run(job)
        .catch(() => {
          job.outcome ??= job.kind === 'properties' ? { state: 'unknown', reason: 'adb-error' } : accountCheck(clock.now().toISOString(), { state: 'unknown', reason: 'adb-error' }, null)
        })
        .finally(() => pushJob(job))
      jobs.set(job.id, job)
      while (jobs.size > KEPT_JOBS) jobs.delete(jobs.keys().next().value!)
      return { jobId: job.id }
    },
    job: (jobId) => view(find(jobId)),
    async settled(jobId) {
      const job = find(jobId)
      await job.done
      return view(job)
    },
    cancel(jobId) {
      const job = find(jobId)
      if (job.outcome === null) job.controller.abort('cancelled' satisfies UnknownReason)
    },
    stop() {
      tracker?.stop()
      tracker = null
      abortJobsFor(() => false, 'cancelled')
      setConnection({ kind: 'idle' })
    }
  }
}
