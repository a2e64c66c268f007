import { join } from 'node:path'
import type { DeviceStatus } from '@shared/device-model'
import { isRequired, stepsOf, stepTitleKey, type StepId } from '@shared/offboarding/catalogue'
import { runDeviceStatus } from '@shared/offboarding/gates'
import { runProgress, type RunProgress } from '@shared/offboarding/progress'
import { applyChange, confirmByUsb, journalUsbCheck, undoLast, type RunChange } from '@shared/offboarding/reducer'
import { createRun, runSchema, type Run, type StepState } from '@shared/offboarding/run'
import { isGuided, type Scenario } from '@shared/offboarding/scenarios'
import type { Stage } from '@shared/offboarding/stages'
import { ServiceError } from '@shared/result'
import type { UsbEvidence, UsbFinding } from '@shared/usb/check-facts'
import type { Clock, EventSink, Storage } from './ports'
import type { CurrentLanguage } from './language/current-language'
import { readRecord } from './record-reader'
import { makePrivateDirAsync } from './private-files'
import { checkPhoneId, recordIdsInAsync } from './record-ids'

/** One step of a run as the certificate shows it. */
export interface CertificateStep {
  id: StepId
  stage: Stage
  /** i18n key of the title, with namespace. */
  titleKey: string
  /** The title in the main process's language. */
  title: string
  required: boolean
  state: StepState
}

/** A run and its steps in catalogue order, for the certificate. */
export interface RunForCertificate {
  run: Run
  steps: CertificateStep[]
}

/** Offboarding runs, one JSON document per phone under `<dataDir>/runs/`. Every change is saved at once. */
export interface RunService {
  /** The phone's run, or null when none exists (or its file was set aside as unreadable). */
  get(deviceId: string): Run | null
  /** Starts a run; "conflict" while an unfinished run exists, unless `replace` is true. */
  start(deviceId: string, scenario: Scenario, replace?: boolean): Promise<Run>
  /** Applies and saves one owner change. */
  apply(deviceId: string, change: RunChange): Promise<Run>
  /** Reverts and saves the last change. */
  undo(deviceId: string): Promise<Run>
  /** Marks a step confirmed by the USB check; the evidence holds account counts and the serial's tail, never names. */
  confirmStepByUsb(deviceId: string, stepId: StepId, evidence: UsbEvidence): Promise<Run>
  /** Journals a USB check's finding ("could not read" and "another phone" included) without changing any step. */
  journalUsbCheck(deviceId: string, finding: UsbFinding): Promise<Run>
  /** Progress of every stored run, for the dashboard. */
  progressAll(): Promise<RunProgress[]>
  /** The run with its steps in catalogue order and their titles; "not-found" without a guided run. */
  forCertificate(deviceId: string): RunForCertificate
  /** Marks the hand-over step done when it is still to do (a certificate was issued); the run as it is then. */
  completeHandOver(deviceId: string): Promise<Run>
  /** Files of the phone's run, relative to the data folder (moved to the trash with the phone). */
  filesOf(deviceId: string): string[]
}

/** What the run service needs. */
export interface RunServiceDeps {
  dataDir: string
  storage: Storage
  clock: Clock
  /** Writes the steps' titles. */
  text: Pick<CurrentLanguage, 't'>
  /** Called when a change moves the phone's status (preparing → ready → handed over, and back on undo). */
  onStatusChange?: (deviceId: string, status: DeviceStatus) => void | Promise<void>
  /** True when the phone exists; a run cannot start for an unknown phone. */
  deviceExists?: (deviceId: string) => boolean
  /** Where each saved run's progress is pushed. */
  events?: EventSink
}

/** Builds the run service. */
export function createRunService(deps: RunServiceDeps): RunService {
  const { dataDir, storage, clock } = deps
  const runsDir = join(dataDir, 'runs')
  const doc = (deviceId: string) => storage.open<Run>(runsDir, deviceId)

  function read(deviceId: string): Run | null {
    checkPhoneId(deviceId)
    return readRecord(doc(deviceId), (raw) => runSchema.parse(raw), { dataDir, clock }) ?? null
  }

  function existing(deviceId: string): Run {
    const run = read(deviceId)
    if (!run) throw new ServiceError('not-found', { key: 'run.none' })
    return run
  }

  async function save(before: Run | null, after: Run): Promise<Run> {
    await makePrivateDirAsync(runsDir)
    doc(after.deviceId).write(after)
    deps.events?.emit('runChanged', { deviceId: after.deviceId, progress: runProgress(after) })
    const status = runDeviceStatus(after)
    if (status && deps.onStatusChange && (before === null || runDeviceStatus(before) !== status)) {
      await deps.onStatusChange(after.deviceId, status)
    }
    return after
  }

  async function change(deviceId: string, fn: (run: Run, at: string) => Run): Promise<Run> {
    const before = existing(deviceId)
    return save(before, fn(before, clock.now().toISOString()))
  }

  return {
    get: read,
    async start(deviceId, scenario, replace = false) {
      checkPhoneId(deviceId)
      if (deps.deviceExists && !deps.deviceExists(deviceId)) throw new ServiceError('not-found', { key: 'device.noSuchPhone' })
      const current = read(deviceId)
      if (current && current.finishedAt === null && !replace) {
        throw new ServiceError('conflict', { key: 'run.alreadyRunning' })
      }
      return save(null, createRun(deviceId, scenario, clock.now().toISOString()))
    },
    apply: (deviceId, c) => change(deviceId, (run, at) => applyChange(run, c, at)),
    undo: (deviceId) => change(deviceId, (run, at) => undoLast(run, at)),
    confirmStepByUsb: (deviceId, stepId, evidence) => change(deviceId, (run, at) => confirmByUsb(run, stepId, evidence, at)),
    journalUsbCheck: (deviceId, finding) => change(deviceId, (run, at) => journalUsbCheck(run, finding, at)),
    async progressAll() {
      return (await recordIdsInAsync(runsDir)).flatMap((id) => {
        const run = read(id)
        return run ? [runProgress(run)] : []
      })
    },
    forCertificate(deviceId) {
      const run = existing(deviceId)
      if (!isGuided(run.scenario)) throw new ServiceError('not-found', { key: 'run.lockedOutHasNoCertificate' })
      const scenario = run.scenario
      const steps = stepsOf(scenario).map((s) => ({
        id: s.id,
        stage: s.stage,
        titleKey: stepTitleKey(s.id),
        title: deps.text.t(stepTitleKey(s.id)),
        required: isRequired(s.id, scenario),
        state: run.steps[s.id] ?? { status: 'pending' as const }
      }))
      return { run, steps }
    },
    async completeHandOver(deviceId) {
      const run = existing(deviceId)
      if (run.steps['hand-over']?.status !== 'pending') return run
      return change(deviceId, (current, at) => applyChange(current, { type: 'step-done', stepId: 'hand-over' }, at))
    },
    filesOf: (deviceId) => [join('runs', `${deviceId}.json`)]
  }
}
