import { randomUUID } from 'node:crypto'
import type { AccountCheck } from '@shared/usb/account-check'
import type { PropertiesOutcome } from '@shared/usb/device-properties'
import type { UnknownReason } from '@shared/usb/read-outcome'
import type { ReadJobView, ReadKind, ReadProgress } from '@shared/usb/usb-job'
import { ServiceError } from '@shared/result'
import type { EventSink } from '../ports'

/** One read of one phone: what it reads, how far it got, how to cancel it and, once finished, its outcome. */
export interface ReadJob {
  readonly id: string
  readonly kind: ReadKind
  readonly serial: string
  readonly deviceId: string | undefined
  progress: ReadProgress
  readonly controller: AbortController
  outcome: PropertiesOutcome | AccountCheck | null
}

/** The reads the service still knows (the last 20), at most one of them running, and the pushes of their progress. */
export interface ReadJobs {
  /** Registers a new read; refused while another one runs. */
  add(input: { serial: string; kind: ReadKind; deviceId?: string | undefined }): ReadJob
  /** A known read; refused with "not-found" once it is forgotten. */
  find(jobId: string): ReadJob
  /** What the renderer is shown of a read. */
  view(job: ReadJob): ReadJobView
  /** Ends every running read whose phone is not present with `reason`. */
  abortAbsent(isPresent: (serial: string) => boolean, reason: UnknownReason): void
  /** Pushes the read's state now, dropping any held-back byte count. */
  push(job: ReadJob): void
  /** Records a new byte count and pushes it at most once per interval (the last state always goes out with `push`). */
  received(job: ReadJob, bytes: number): void
}

const KEPT_JOBS = 20

/** Builds the job registry; progress goes to `events` as `readProgress`, at most every `progressEveryMs` between steps. */
export function createReadJobs(events: EventSink | undefined, progressEveryMs: number): ReadJobs {
  const jobs = new Map<string, ReadJob>()
  const pushes = new WeakMap<ReadJob, { timer: ReturnType<typeof setTimeout> | null; lastAt: number }>()

  const view = (job: ReadJob): ReadJobView =>
    ({ id: job.id, kind: job.kind, running: job.outcome === null, progress: { ...job.progress }, outcome: job.outcome }) as ReadJobView

  function push(job: ReadJob): void {
    const state = pushes.get(job)!
    if (state.timer) clearTimeout(state.timer)
    state.timer = null
    state.lastAt = performance.now()
    events?.emit('readProgress', view(job))
  }

  return {
    add({ serial, kind, deviceId }) {
      if ([...jobs.values()].some((j) => j.outcome === null)) {
        throw new ServiceError('conflict', { key: 'usb.readRunning' })
      }
      const job: ReadJob = {
        id: randomUUID(),
        kind,
        serial,
        deviceId,
        progress: { step: 1, steps: kind === 'accounts' ? 2 : 1, received: 0 },
        controller: new AbortController(),
        outcome: null
      }
      pushes.set(job, { timer: null, lastAt: -Infinity })
      jobs.set(job.id, job)
      while (jobs.size > KEPT_JOBS) jobs.delete(jobs.keys().next().value!)
      return job
    },
    find(jobId) {
      const job = jobs.get(jobId)
      if (!job) throw new ServiceError('not-found', { key: 'usb.readGone' })
      return job
    },
    view,
    abortAbsent(isPresent, reason) {
      for (const job of jobs.values()) if (job.outcome === null && !isPresent(job.serial)) job.controller.abort(reason)
    },
    push,
    received(job, bytes) {
      job.progress = { ...job.progress, received: bytes }
      const state = pushes.get(job)!
      if (state.timer) return
      const wait = state.lastAt + progressEveryMs - performance.now()
      if (wait <= 0) push(job)
      else state.timer = setTimeout(() => push(job), wait)
    }
  }
}
