import type { Device } from '../device-model'
import { BACKUP_CATEGORIES } from '../offboarding/backup'
import { isRequired, stepsOf, type StepId } from '../offboarding/catalogue'
import type { Run } from '../offboarding/run'
import type { Scenario } from '../offboarding/scenarios'
import { ServiceError } from '../result'
import type { Destination } from './content'
import type { SubjectRecord, SubjectStep } from './subject'

/** The destinations a certificate can name for each scenario; scenarios without any issue no certificate. */
export const DESTINATIONS_BY_SCENARIO: Readonly<Record<Scenario, readonly Destination[]>> = {
  sell: ['sold', 'given-away'],
  'trade-in': ['traded-in', 'recycled'],
  family: ['passed-to-family'],
  repair: [],
  'delete-account': [],
  'locked-out': []
}

/** The step the certificate itself belongs to; it is not listed on the certificate. */
const HAND_OVER: StepId = 'hand-over'

/** True when the run settled its backup step only by skipping every category: nothing was backed up. */
function everyBackupSkipped(run: Run): boolean {
  return BACKUP_CATEGORIES.every((category) => run.backups[category]?.status === 'skipped')
}

/**
 * What a run and its phone say for a certificate: the identity snapshot and every step of the scenario
 * (except "hand over") with its outcome, time, who confirmed it and the owner's reason for a skip.
 * A backup step whose categories were all skipped is listed as skipped, with `allBackupsSkipped` as its reason.
 * Refuses (`unavailable`) for scenarios in which the phone does not change hands.
 */
export function subjectRecordFromRun(
  run: Run,
  device: Device,
  stepTitle: (id: StepId) => string,
  allBackupsSkipped: string
): SubjectRecord {
  const scenario = run.scenario
  if (scenario === 'locked-out' || DESTINATIONS_BY_SCENARIO[scenario].length === 0) {
    throw new ServiceError('unavailable', { key: 'certificate.notHandedOver' })
  }
  const steps = stepsOf(scenario)
    .filter((definition) => definition.id !== HAND_OVER)
    .map((definition): SubjectStep => {
      const recorded = run.steps[definition.id] ?? { status: 'pending' as const }
      const state =
        definition.followsBackups && recorded.status === 'done' && everyBackupSkipped(run)
          ? { status: 'skipped' as const, at: recorded.at, reason: allBackupsSkipped }
          : recorded
      const base = { id: definition.id, title: stepTitle(definition.id), required: isRequired(definition.id, scenario) }
      switch (state.status) {
        case 'pending':
          return { ...base, status: 'pending', at: null, confirmedBy: null, reason: null }
        case 'done':
          return { ...base, status: 'done', at: state.at, confirmedBy: state.confirmedBy, reason: null }
        case 'skipped':
          return { ...base, status: 'skipped', at: state.at, confirmedBy: null, reason: state.reason }
        case 'not-applicable':
          return { ...base, status: 'not-applicable', at: state.at, confirmedBy: null, reason: null }
      }
    })
  const { brand, marketName, modelNumber, serial, imei1, imei2, osFamily, osVersion } = device
  return { device: { brand, marketName, modelNumber, serial, imei1, imei2, osFamily, osVersion }, scenario, steps }
}
