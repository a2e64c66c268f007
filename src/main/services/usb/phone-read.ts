import { tail } from '@shared/device-model'
import { parseDumpsysAccount, type AccountCensus } from '@shared/usb/account-census'
import { accountCheck, type AccountCheck, type CheckedPhone } from '@shared/usb/account-check'
import { readDeviceProperties, type PropertiesOutcome } from '@shared/usb/device-properties'
import { parseGetprop } from '@shared/usb/getprop'
import type { Clock } from '../ports'
import type { CommandReader } from './command-reader'
import type { ReadJob, ReadJobs } from './read-jobs'

/** What the service reports after an account check tied to a phone record (the serial stays in memory). */
export interface AccountCheckReport {
  deviceId: string
  check: AccountCheck
  /** The full serial the phone reported, to compare with the record; never stored. */
  serial: string
}

/**
 * Builds what runs one read to its outcome: getprop, then for an account check `dumpsys account` and the census.
 * A check tied to a record is reported to `onAccountCheck` (which records it in the run), unless it was cancelled;
 * whatever fails is "unknown: adb-error", and the finished read is pushed last.
 */
export function createPhoneRead(deps: {
  readCommand: CommandReader
  jobs: Pick<ReadJobs, 'push' | 'received'>
  clock: Clock
  onAccountCheck?: (report: AccountCheckReport) => void | Promise<void>
}): (job: ReadJob) => Promise<void> {
  const { readCommand, jobs, clock } = deps
  const read = (job: ReadJob, command: string) => readCommand(job, command, (bytes) => jobs.received(job, bytes))

  async function readProperties(job: ReadJob): Promise<PropertiesOutcome> {
    const output = await read(job, 'getprop')
    if ('state' in output) return output
    return readDeviceProperties(parseGetprop(output.text).props)
  }

  async function readCensus(job: ReadJob): Promise<AccountCensus> {
    job.progress = { step: 2, steps: 2, received: 0 }
    jobs.push(job)
    const output = await read(job, 'dumpsys account')
    return 'state' in output ? output : parseDumpsysAccount(output.text)
  }

  async function report(deviceId: string, check: AccountCheck, serial: string): Promise<void> {
    try {
      await deps.onAccountCheck?.({ deviceId, check, serial })
    } catch (error) {
      console.error(`[handover] recording a USB check failed: ${error instanceof Error ? error.name : typeof error}`)
    }
  }

  async function run(job: ReadJob): Promise<void> {
    const properties = await readProperties(job)
    if (job.kind === 'properties') {
      job.outcome = properties
      return
    }
    const phone: CheckedPhone | null =
      properties.state === 'read'
        ? {
            marketName: properties.properties.marketName,
            modelNumber: properties.properties.modelNumber,
            serialTail: tail(properties.properties.serial)
          }
        : null
    const census = properties.state === 'read' ? await readCensus(job) : properties
    const check = accountCheck(clock.now().toISOString(), census, phone)
    job.outcome = check
    const cancelled = census.state === 'unknown' && census.reason === 'cancelled'
    if (job.deviceId && !cancelled) await report(job.deviceId, check, properties.state === 'read' ? properties.properties.serial : '')
  }

  return async (job) => {
    try {
      await run(job)
    } catch {
      job.outcome ??=
        job.kind === 'properties'
          ? { state: 'unknown', reason: 'adb-error' }
          : accountCheck(clock.now().toISOString(), { state: 'unknown', reason: 'adb-error' }, null)
    } finally {
      jobs.push(job)
    }
  }
}
