import { describe, expect, it } from 'vitest'
import { buildCertificateContent, pendingRequiredSteps } from '@shared/certificate/build'
import { canonicalJson } from '@shared/certificate/canonical'
import { certificateContentSchema } from '@shared/certificate/content'
import { maskIdentifier } from '@shared/certificate/mask'
import { ServiceError } from '@shared/result'
import { FACTS, IMEI_1, IMEI_2, SERIAL, sampleSubject } from './sample-subject'

describe('buildCertificateContent', () => {
  it('builds a content that passes the strict schema, with the issue time, zone and offset', () => {
    const content = buildCertificateContent(sampleSubject(), FACTS)
    expect(certificateContentSchema.parse(content)).toEqual(content)
    expect(content).toMatchObject({
      id: FACTS.id,
      issuedAt: '2025-06-03T12:05:00.000Z',
      timeZone: 'Europe/Berlin',
      utcOffset: '+02:00',
      tool: { name: 'Handover', version: '0.1.0' },
      destination: 'sold',
      method: 'clear'
    })
    const winter = buildCertificateContent(sampleSubject(), {
      ...FACTS,
      issuedAt: new Date('2025-01-10T12:00:00Z'),
      timeZone: 'America/New_York'
    })
    expect(winter.utcOffset).toBe('-05:00')
  })

  it('refuses with gate-locked while a required step is pending, naming the steps', () => {
    const subject = sampleSubject()
    subject.steps[4] = { ...subject.steps[4], status: 'pending', at: null, confirmedBy: null }
    expect(pendingRequiredSteps(subject).map((step) => step.id)).toEqual(['find-device-off'])
    let error: unknown
    try {
      buildCertificateContent(subject, FACTS)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as ServiceError).code).toBe('gate-locked')
    expect((error as ServiceError).details).toMatchObject([{ path: 'steps.find-device-off', key: 'run.gateStepPending' }])
    expect((error as ServiceError).params).toEqual({ count: 1 })
  })

  it('issues when only optional steps are pending, and lists them honestly as not done', () => {
    const subject = sampleSubject()
    subject.steps[2] = { ...subject.steps[2], status: 'pending', at: null, reason: null }
    const content = buildCertificateContent(subject, FACTS)
    expect(content.steps[2]).toEqual({
      id: 'unpair-wearables',
      title: 'Unpair wearables',
      outcome: 'not-done',
      at: null,
      confirmedBy: null,
      reason: null
    })
  })

  it('keeps skipped steps with their reasons and says who confirmed each done step', () => {
    const content = buildCertificateContent(sampleSubject(), FACTS)
    expect(content.steps.find((step) => step.id === 'unpair-wearables')).toMatchObject({
      outcome: 'skipped',
      reason: 'The band goes with the phone',
      confirmedBy: null
    })
    expect(content.steps.find((step) => step.id === 'xiaomi-sign-out')).toMatchObject({ outcome: 'done', confirmedBy: 'usb' })
    expect(content.steps.find((step) => step.id === 'find-device-off')).toMatchObject({ outcome: 'done', confirmedBy: 'owner' })
    expect(content.steps.find((step) => step.id === 'cancel-subscriptions')).toMatchObject({ outcome: 'not-applicable' })
  })

  it('derives statements from the steps: usb only when every backing step was read over USB', () => {
    const statements = Object.fromEntries(buildCertificateContent(sampleSubject(), FACTS).statements.map((s) => [s.id, s]))
    expect(statements['google-accounts-removed']).toEqual({
      id: 'google-accounts-removed',
      outcome: 'confirmed',
      confirmedBy: 'usb',
      stepIds: ['remove-google-accounts']
    })
    expect(statements['xiaomi-account-removed']).toMatchObject({
      outcome: 'confirmed',
      confirmedBy: 'owner',
      stepIds: ['xiaomi-sign-out', 'remove-from-cloud-list']
    })
    expect(statements['find-device-off']).toMatchObject({ outcome: 'confirmed', confirmedBy: 'owner' })
    expect(statements['factory-reset']).toMatchObject({ outcome: 'confirmed' })
  })

  it('never claims a statement whose steps were skipped, not applicable or absent', () => {
    const subject = sampleSubject()
    const reset = subject.steps.findIndex((step) => step.id === 'factory-reset')
    subject.steps[reset] = { ...subject.steps[reset], status: 'skipped', required: false, reason: 'Buyer resets it', confirmedBy: null }
    const google = subject.steps.findIndex((step) => step.id === 'remove-google-accounts')
    subject.steps[google] = { ...subject.steps[google], status: 'not-applicable', confirmedBy: null }
    subject.steps = subject.steps.filter((step) => step.id !== 'find-device-off')
    const content = buildCertificateContent(subject, FACTS)
    const outcome = (id: string) => content.statements.find((s) => s.id === id)?.outcome
    expect(outcome('factory-reset')).toBe('skipped')
    expect(outcome('google-accounts-removed')).toBe('not-applicable')
    expect(outcome('find-device-off')).toBe('not-recorded')
    expect(content.method).toBe('none')
  })

  it('prints identifiers in full or masked as the owner chose, and masked ones never hold the full number', () => {
    const full = buildCertificateContent(sampleSubject(), FACTS)
    expect(full.device).toMatchObject({ imei1: IMEI_1, imei2: IMEI_2, serial: SERIAL, identifiers: 'full' })
    const masked = buildCertificateContent(sampleSubject({ identifiers: 'masked' }), FACTS)
    expect(masked.device).toMatchObject({
      imei1: `***********${IMEI_1.slice(-4)}`,
      imei2: `***********${IMEI_2.slice(-4)}`,
      identifiers: 'masked'
    })
    const text = canonicalJson(masked)
    for (const secret of [IMEI_1, IMEI_2, SERIAL]) expect(text).not.toContain(secret)
  })

  it('normalises every text to NFC, so what is shown and what is signed agree', () => {
    const content = buildCertificateContent(sampleSubject({ preparer: { name: 'Zoe\u0308 Exa\u0301mple', contact: '' } }), FACTS)
    expect(content.preparer.name).toBe('Zo\u00eb Ex\u00e1mple')
  })
})

describe('maskIdentifier', () => {
  it('shows the last four characters, at most half of a short value, and keeps empty values empty', () => {
    expect(maskIdentifier('861234056789015')).toBe('***********9015')
    expect(maskIdentifier('ABC123')).toBe('***123')
    expect(maskIdentifier('')).toBe('')
  })
})
