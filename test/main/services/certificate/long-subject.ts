import { subjectRecordFromRun } from '@shared/certificate/from-run'
import type { CertificateSubject } from '@shared/certificate/subject'
import offboarding from '@shared/locales/en/offboarding.json' with { type: 'json' }
import { stepsOf, type StepId } from '@shared/offboarding/catalogue'
import { createRun } from '@shared/offboarding/run'
import { FACTS, sampleSubject } from '@test/shared/certificate/sample-subject'

/** A long "family" certificate: long names, every step done or skipped with a long reason. */
export function longSubject(): CertificateSubject {
  const run = createRun('0b7d5c1a-2f3e-4a5b-8c6d-7e8f9a0b1c2d', 'family', '2025-06-03T08:00:00.000Z')
  for (const step of stepsOf('family')) run.steps[step.id] = { status: 'done', at: '2025-06-03T09:00:00.000Z', confirmedBy: 'owner' }
  const reason = 'My daughter keeps using the same band and the same streaming subscription, so we leave them as they are for now.'
  run.steps['unpair-wearables'] = { status: 'skipped', at: '2025-06-03T09:10:00.000Z', reason }
  run.steps['cancel-subscriptions'] = { status: 'skipped', at: '2025-06-03T09:11:00.000Z', reason }
  const steps = offboarding.steps as Record<StepId, { title: string }>
  const sample = sampleSubject()
  const record = subjectRecordFromRun(
    run,
    {
      ...sample.device,
      id: run.deviceId,
      nickname: 'x',
      romRegion: 'EEA',
      colourStorage: '',
      ownerId: null,
      purchaseDate: '',
      accountHint: '',
      notes: '',
      status: 'ready',
      createdAt: FACTS.issuedAt.toISOString(),
      updatedAt: FACTS.issuedAt.toISOString(),
      schemaVersion: 1
    },
    (id) => steps[id].title,
    'All backups skipped'
  )
  return {
    ...sample,
    ...record,
    destination: 'passed-to-family',
    preparer: { name: 'Maximiliane Wolkenstein-Beispielhausen', contact: 'maximiliane.wolkenstein@example.test' },
    recipient: { name: 'Konstantin Wolkenstein-Beispielhausen' }
  }
}
