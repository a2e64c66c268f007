import { describe, expect, it } from 'vitest'
import { subjectRecordFromRun } from '@shared/certificate/from-run'
import { pendingRequiredSteps } from '@shared/certificate/build'
import type { Device } from '@shared/device-model'
import { requiredStepsPending } from '@shared/offboarding/gates'
import { createRun, type Run } from '@shared/offboarding/run'
import { ServiceError } from '@shared/result'
import { IMEI_1, SERIAL } from './sample-subject'

const DEVICE: Device = {
  id: '0b7d5c1a-2f3e-4a5b-8c6d-7e8f9a0b1c2d',
  nickname: 'Old phone',
  brand: 'Xiaomi',
  marketName: 'Xiaomi 13T',
  modelNumber: '2306EPN60G',
  osFamily: 'HyperOS',
  osVersion: '1.0',
  romRegion: 'EEA',
  serial: SERIAL,
  imei1: IMEI_1,
  imei2: '',
  colourStorage: '',
  ownerId: null,
  purchaseDate: '',
  accountHint: '',
  notes: '',
  status: 'ready',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  schemaVersion: 1
}
const AT = '2025-06-03T10:00:00.000Z'
const title = (id: string) => `Title of ${id}`

function run(scenario: Run['scenario'] = 'sell'): Run {
  return createRun(DEVICE.id, scenario, AT)
}

describe('subjectRecordFromRun', () => {
  it('snapshots the phone identity and every step but "hand over", with titles', () => {
    const record = subjectRecordFromRun(run(), DEVICE, title, 'All backups skipped')
    expect(record.device).toEqual({
      brand: 'Xiaomi',
      marketName: 'Xiaomi 13T',
      modelNumber: '2306EPN60G',
      serial: SERIAL,
      imei1: IMEI_1,
      imei2: '',
      osFamily: 'HyperOS',
      osVersion: '1.0'
    })
    expect(record.scenario).toBe('sell')
    expect(record.steps.map((step) => step.id)).not.toContain('hand-over')
    expect(record.steps[0]).toEqual({
      id: 'check-credentials',
      title: 'Title of check-credentials',
      status: 'pending',
      required: true,
      at: null,
      confirmedBy: null,
      reason: null
    })
  })

  it('blocks exactly the steps the run model says are required and pending', () => {
    const partly = run()
    partly.steps['check-credentials'] = { status: 'done', at: AT, confirmedBy: 'owner' }
    partly.steps['unpair-wearables'] = { status: 'skipped', at: AT, reason: 'Band goes along' }
    partly.steps['remove-google-accounts'] = { status: 'done', at: AT, confirmedBy: 'usb' }
    partly.steps['cancel-subscriptions'] = { status: 'not-applicable', at: AT }
    for (const scenario of ['sell', 'trade-in', 'family'] as const) {
      const r = scenario === 'sell' ? partly : run(scenario)
      expect(pendingRequiredSteps(subjectRecordFromRun(r, DEVICE, title, 'All backups skipped')).map((step) => step.id)).toEqual(
        requiredStepsPending(r)
      )
    }
  })

  it('carries over times, confirmers and skip reasons', () => {
    const r = run()
    r.steps['unpair-wearables'] = { status: 'skipped', at: AT, reason: 'Band goes along' }
    r.steps['remove-google-accounts'] = { status: 'done', at: AT, confirmedBy: 'usb' }
    const steps = Object.fromEntries(subjectRecordFromRun(r, DEVICE, title, 'All backups skipped').steps.map((step) => [step.id, step]))
    expect(steps['unpair-wearables']).toMatchObject({ status: 'skipped', at: AT, reason: 'Band goes along', required: true })
    expect(steps['remove-google-accounts']).toMatchObject({ status: 'done', at: AT, confirmedBy: 'usb' })
  })

  it('refuses scenarios in which the phone does not change hands', () => {
    for (const scenario of ['repair', 'delete-account', 'locked-out'] as const) {
      expect(() => subjectRecordFromRun(run(scenario), DEVICE, title, 'All backups skipped')).toThrow(ServiceError)
    }
  })
})
