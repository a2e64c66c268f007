import { describe, expect, it } from 'vitest'
import { createRun, runSchema } from '@shared/offboarding/run'
import { runWithEnglishUsbText, STORED_USB_EVIDENCE, STORED_USB_LINE } from '@harness/data/run-with-english-usb-text'

const DEVICE = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f'
const AT = '2026-11-30T09:00:00.000Z'

/** A delete-account run as stored before the wearables and subscriptions steps joined that scenario. */
function storedBeforeTheNewSteps(): Record<string, unknown> {
  const run = createRun(DEVICE, 'delete-account', AT)
  const steps: Record<string, unknown> = { ...run.steps }
  delete steps['unpair-wearables']
  delete steps['cancel-subscriptions']
  steps['find-device-off'] = { status: 'done', at: AT, confirmedBy: 'owner' }
  return JSON.parse(JSON.stringify({ ...run, steps })) as Record<string, unknown>
}

describe('runSchema', () => {
  it('opens a delete-account run stored before the new steps, keeping what was done and asking for the new steps', () => {
    const run = runSchema.parse(storedBeforeTheNewSteps())
    expect(run.steps['unpair-wearables']).toEqual({ status: 'pending' })
    expect(run.steps['cancel-subscriptions']).toEqual({ status: 'pending' })
    expect(run.steps['find-device-off']).toEqual({ status: 'done', at: AT, confirmedBy: 'owner' })
  })

  it('still refuses a run that lacks any other step of its scenario', () => {
    const doc = storedBeforeTheNewSteps()
    delete (doc['steps'] as Record<string, unknown>)['xiaomi-sign-out']
    expect(runSchema.safeParse(doc).success).toBe(false)
  })

  it('refuses hostile scenario names and step lists without throwing', () => {
    for (const scenario of ['constructor', '__proto__', 'toString']) {
      expect(runSchema.safeParse({ ...storedBeforeTheNewSteps(), scenario }).success).toBe(false)
    }
    expect(runSchema.safeParse({ ...storedBeforeTheNewSteps(), steps: [] }).success).toBe(false)
    expect(runSchema.safeParse(null).success).toBe(false)
  })

  it('still reads a run whose USB check kept English text, keeping that text as it was written', () => {
    const run = runSchema.parse(runWithEnglishUsbText(DEVICE, AT, AT))
    expect(run.steps['xiaomi-sign-out']).toEqual({ status: 'done', at: AT, confirmedBy: 'usb', evidence: STORED_USB_EVIDENCE })
    expect(run.journal.find((entry) => entry.kind === 'usb-check')).toEqual({ kind: 'usb-check', at: AT, summary: STORED_USB_LINE })
  })

  it('refuses USB facts that would keep a full serial or an empty check', () => {
    const doc = runWithEnglishUsbText(DEVICE, AT, AT)
    const journal = doc['journal'] as unknown[]
    const withSummary = (summary: unknown) => ({ ...doc, journal: [...journal, { kind: 'usb-check', at: AT, summary }] })
    expect(runSchema.safeParse(withSummary({ state: 'read', users: [{ userId: 0, xiaomi: 0, google: 1, other: 0 }] })).success).toBe(true)
    expect(runSchema.safeParse(withSummary({ state: 'read', users: [] })).success).toBe(false)
    expect(runSchema.safeParse(withSummary({ state: 'unknown', reason: 'because' })).success).toBe(false)
    const evidence = {
      family: 'xiaomi',
      users: [{ userId: 0, xiaomi: 0, google: 0, other: 0 }],
      phone: { name: 'Redmi', serialTail: 'HT7Q00DEMO01' }
    }
    const steps = { ...(doc['steps'] as object), 'xiaomi-sign-out': { status: 'done', at: AT, confirmedBy: 'usb', evidence } }
    expect(runSchema.safeParse({ ...doc, steps }).success).toBe(false)
  })
})
