import { subjectRecordFromRun } from '@shared/certificate/from-run'
import type { SubjectRecord } from '@shared/certificate/subject'
import type { Device } from '@shared/device-model'
import type { LanguageCode } from '@shared/i18n/languages'
import { stepTitleKey } from '@shared/offboarding/catalogue'
import type { RunForCertificate } from '../run-service'
import { certificateText } from './certificate-text'

/**
 * The certificate subject of a phone, read from the household (identity) and the run service (steps), with the
 * step titles in the certificate's language. Throws `not-found` when the phone or its run is missing.
 */
export function runSubjectRecord(sources: {
  device(deviceId: string): Device
  run(deviceId: string): RunForCertificate
}): (deviceId: string, language: LanguageCode) => Promise<SubjectRecord> {
  return async (deviceId, language) => {
    const { run } = sources.run(deviceId)
    const t = await certificateText(language)
    return subjectRecordFromRun(run, sources.device(deviceId), (id) => t(stepTitleKey(id)), t('page.allBackupsSkipped'))
  }
}
