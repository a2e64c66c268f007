import { describe, expect, it } from 'vitest'
import { runSubjectRecord } from '@main/services/certificate/subject-source'
import type { Device } from '@shared/device-model'
import { BACKUP_CATEGORIES } from '@shared/offboarding/backup'
import { stepsOf } from '@shared/offboarding/catalogue'
import { createRun } from '@shared/offboarding/run'
import { catalogueText } from '@harness/data/catalogue-text'
import { FACTS, sampleSubject } from '@test/shared/certificate/sample-subject'

const DEVICE_ID = '0b7d5c1a-2f3e-4a5b-8c6d-7e8f9a0b1c2d'

function sources() {
  const run = createRun(DEVICE_ID, 'sell', FACTS.issuedAt.toISOString())
  for (const step of stepsOf('sell')) run.steps[step.id] = { status: 'done', at: FACTS.issuedAt.toISOString(), confirmedBy: 'owner' }
  for (const category of BACKUP_CATEGORIES)
    run.backups[category] = { status: 'skipped', at: FACTS.issuedAt.toISOString(), reason: 'Not needed' }
  const device = { ...sampleSubject().device, id: DEVICE_ID } as unknown as Device
  return { device: () => device, run: () => ({ run, steps: [] }) }
}

describe('the certificate subject of a phone', () => {
  it('titles the steps in the certificate’s language, and words the all-skipped backup in it too', async () => {
    const subject = runSubjectRecord(sources())
    for (const language of ['en', 'zh-CN', 'hi'] as const) {
      const record = await subject(DEVICE_ID, language)
      const findDevice = record.steps.find((step) => step.id === 'find-device-off')!
      expect(findDevice.title, language).toBe(catalogueText(language, 'offboarding', 'steps.find-device-off.title'))
      const backup = record.steps.find((step) => step.id === 'backup')!
      expect(backup.status, language).toBe('skipped')
      expect(backup.reason, language).toBe(catalogueText(language, 'certificate', 'page.allBackupsSkipped'))
    }
  })
})
