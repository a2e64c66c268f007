import { beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_CATEGORIES } from '@shared/offboarding/backup'
import { accountCheck, type AccountCheck } from '@shared/usb/account-check'
import type { AccountCensus } from '@shared/usb/account-census'
import { createRunService, type RunService } from '@main/services/run-service'
import { createConfStorage } from '@harness/ports/conf-storage'
import { recordAccountCheckInRun } from '@main/services/usb/record-in-run'
import { tempDir } from '@test/support/temp-dir'
import { createCurrentLanguage } from '@main/services/language/current-language'

const PHONE = '0b8f5a52-6f1e-4c3a-9d2b-7e4f1a2c3d4e'
const AT = '2026-11-23T10:00:00.000Z'
let runs: RunService
let recordSerial = ''

function check(census: AccountCensus): AccountCheck {
  return accountCheck(AT, census, { marketName: 'Xiaomi Pad 6S Pro 12.4', modelNumber: '24018RPACG', serialTail: 'MO01' })
}
const record = (c: AccountCheck, serial = 'HT7Q00DEMO01') =>
  recordAccountCheckInRun(runs, () => recordSerial)({ deviceId: PHONE, check: c, serial })

beforeEach(async () => {
  let minute = 0
  runs = createRunService({
    dataDir: tempDir('handover-usb-run-'),
    storage: createConfStorage(),
    clock: { now: () => new Date(Date.UTC(2026, 10, 23, 9, minute++)) },
    text: await createCurrentLanguage('en')
  })
  recordSerial = ''
  await runs.start(PHONE, 'sell')
  for (const category of BACKUP_CATEGORIES) await runs.apply(PHONE, { type: 'backup-skip', category, reason: 'not on this phone' })
})

describe('recordAccountCheckInRun', () => {
  it('journals a check that still finds the Xiaomi account and confirms nothing', async () => {
    await record(check({ state: 'read', users: [{ userId: 0, counts: { 'com.xiaomi': 1, 'com.google': 2 } }] }))
    const run = runs.get(PHONE)!
    expect(run.journal.at(-1)).toMatchObject({
      kind: 'usb-check',
      summary: { state: 'read', users: [{ userId: 0, xiaomi: 1, google: 2, other: 0 }] }
    })
    expect(run.steps['xiaomi-sign-out']).toEqual({ status: 'pending' })
  })

  it('confirms the sign-out step over USB once no Xiaomi account is left on any user', async () => {
    await record(
      check({
        state: 'read',
        users: [
          { userId: 0, counts: { 'com.google': 2 } },
          { userId: 10, counts: {} }
        ]
      })
    )
    const run = runs.get(PHONE)!
    expect(run.steps['xiaomi-sign-out']).toMatchObject({
      status: 'done',
      confirmedBy: 'usb',
      evidence: {
        family: 'xiaomi',
        users: [
          { userId: 0, xiaomi: 0, google: 2, other: 0 },
          { userId: 10, xiaomi: 0, google: 0, other: 0 }
        ],
        phone: { name: 'Xiaomi Pad 6S Pro 12.4', serialTail: 'MO01' }
      }
    })
    expect(run.steps['remove-google-accounts']).toEqual({ status: 'pending' })
    // A second clean check does not confirm the same step again.
    const entries = run.journal.length
    await record(check({ state: 'read', users: [{ userId: 0, counts: { 'com.google': 2 } }] }))
    expect(runs.get(PHONE)!.journal.length).toBe(entries + 1)
  })

  it('journals "could not read" and confirms nothing for an unknown census', async () => {
    await record(check({ state: 'unknown', reason: 'disconnected' }))
    const run = runs.get(PHONE)!
    expect(run.journal.at(-1)).toMatchObject({ kind: 'usb-check', summary: { state: 'unknown', reason: 'disconnected' } })
    expect(run.steps['xiaomi-sign-out']).toEqual({ status: 'pending' })
    expect(run.steps['remove-google-accounts']).toEqual({ status: 'pending' })
  })

  it("confirms nothing when the phone on the cable is not the record's phone", async () => {
    recordSerial = 'ANOTHERPHONE9'
    await record(check({ state: 'read', users: [{ userId: 0, counts: {} }] }))
    const run = runs.get(PHONE)!
    expect(run.journal.at(-1)).toMatchObject({ kind: 'usb-check', summary: { state: 'other-phone' } })
    expect(JSON.stringify(run.journal.at(-1))).not.toMatch(/ANOTHERPHONE9|HT7Q00DEMO01/)
    expect(run.steps['xiaomi-sign-out']).toEqual({ status: 'pending' })
  })

  it('does nothing for a phone without a run', async () => {
    const other = recordAccountCheckInRun(runs, () => '')
    await expect(
      other({ deviceId: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', check: check({ state: 'read', users: [] }), serial: '' })
    ).resolves.toBeUndefined()
  })
})
