import { describe, expect, it } from 'vitest'
import { subjectRecordFromRun } from '@shared/certificate/from-run'
import { BACKUP_CATEGORIES } from '@shared/offboarding/backup'
import type { RunChange } from '@shared/offboarding/reducer'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { apply, fresh, skipAllBackups } from '../offboarding/run-helpers'

const DEVICE = {
  ...madeUpPhone(),
  id: '0b7d5c1a-2f3e-4a5b-8c6d-7e8f9a0b1c2d',
  status: 'ready' as const,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  schemaVersion: 1 as const
}
const NOTHING = 'Nothing was backed up.'
const backupStep = (run: ReturnType<typeof fresh>) =>
  subjectRecordFromRun(run, DEVICE, (id) => id, NOTHING).steps.find((step) => step.id === 'backup')

describe('the backup step on a certificate', () => {
  it('is skipped, not "done by the owner", when every category was skipped', () => {
    const run = skipAllBackups(fresh('sell'))
    expect(run.steps.backup?.status).toBe('done')
    expect(backupStep(run)).toMatchObject({ status: 'skipped', reason: NOTHING, at: expect.any(String) })
  })

  it('stays done when at least one category was backed up', () => {
    const run = apply(
      fresh('sell'),
      ...BACKUP_CATEGORIES.map((category): RunChange =>
        category === 'contacts'
          ? { type: 'backup-verified', category, method: 'google-backup' }
          : { type: 'backup-skip', category, reason: 'nothing kept there' }
      )
    )
    expect(run.steps.backup?.status).toBe('done')
    expect(backupStep(run)).toMatchObject({ status: 'done', confirmedBy: 'owner', reason: null })
  })
})
