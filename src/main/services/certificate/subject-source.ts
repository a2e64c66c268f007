import { subjectRecordFromRun } from '../../../shared/certificate/from-run'
import type { SubjectRecord } from '../../../shared/certificate/subject'
import type { Device } from '../../../shared/device-model'
import type { StepId } from '../../../shared/offboarding/catalogue'
import type { RunForCertificate } from '../run-service'
import { certificateText } from './certificate-text'

/**
 * The certificate subject of a phone, read from the household (identity) and the run service (steps
 * with their titles). Throws `not-found` when the phone or its run is missing.
 */
export function runSubjectRecord(sources: {
  device(deviceId: string): Device
  run(deviceId: string): RunForCertificate
}): (deviceId: string) => SubjectRecord {
  const allBackupsSkipped = certificateText()('page.allBackupsSkipped')
  return (deviceId) => {
    const { run, steps } = sources.run(deviceId)
    const titles = new Map<StepId, string>(steps.map((step) => [step.id, step.title]))
    return subjectRecordFromRun(run, sources.device(deviceId), (id) => titles.get(id) ?? id, allBackupsSkipped)
  }
}
