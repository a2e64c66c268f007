import type { CertificateSubject, SubjectStep } from '@shared/certificate/subject'
import { luhnCheckDigit } from '@shared/imei'

/** A made-up IMEI with a valid check digit. */
export const imei = (body14: string) => body14 + luhnCheckDigit(body14)

export const IMEI_1 = imei('86123405678901')
export const IMEI_2 = imei('86123405678919')
export const SERIAL = 'TESTSERIAL0042'

const done = (id: string, title: string, at: string, confirmedBy: 'owner' | 'usb' = 'owner'): SubjectStep => ({
  id,
  title,
  status: 'done',
  required: true,
  at,
  confirmedBy,
  reason: null
})

/** A finished "sell" run of a made-up Redmi: one optional step skipped with a reason, one not applicable. */
export function sampleSubject(overrides: Partial<CertificateSubject> = {}): CertificateSubject {
  return {
    device: {
      brand: 'Redmi',
      marketName: 'Redmi Note 13 Pro',
      modelNumber: '23117RA68G',
      serial: SERIAL,
      imei1: IMEI_1,
      imei2: IMEI_2,
      osFamily: 'HyperOS',
      osVersion: '1.0.5'
    },
    scenario: 'sell',
    steps: [
      done('check-credentials', 'Check that your account password and recovery work', '2025-06-03T09:00:00.000Z'),
      done('backup', 'Back up your data', '2025-06-03T09:30:00.000Z'),
      {
        id: 'unpair-wearables',
        title: 'Unpair wearables',
        status: 'skipped',
        required: false,
        at: '2025-06-03T09:40:00.000Z',
        confirmedBy: null,
        reason: 'The band goes with the phone'
      },
      {
        id: 'cancel-subscriptions',
        title: 'Cancel subscriptions',
        status: 'not-applicable',
        required: true,
        at: '2025-06-03T09:41:00.000Z',
        confirmedBy: null,
        reason: null
      },
      done('find-device-off', 'Turn off Find device', '2025-06-03T10:00:00.000Z'),
      done('xiaomi-sign-out', 'Sign out of the Xiaomi account', '2025-06-03T10:05:00.000Z', 'usb'),
      done('remove-from-cloud-list', 'Remove the phone from the Xiaomi Cloud device list', '2025-06-03T10:10:00.000Z'),
      done('remove-google-accounts', 'Remove every Google account', '2025-06-03T10:12:00.000Z', 'usb'),
      done('remove-sim-esim', 'Take out SIM and memory cards', '2025-06-03T10:15:00.000Z'),
      done('factory-reset', 'Factory reset from Settings', '2025-06-03T10:20:00.000Z'),
      done('post-reset-check', 'Check the welcome screen', '2025-06-03T10:40:00.000Z')
    ],
    destination: 'sold',
    preparer: { name: 'Alex Example', contact: 'alex@example.test' },
    recipient: { name: 'Sam Buyer' },
    identifiers: 'full',
    paperSize: 'A4',
    languages: ['en'],
    ...overrides
  }
}

/** Issue facts with a fixed id, time and zone. */
export const FACTS = {
  id: '3f1c2b9e-4d5a-4e6f-8a7b-9c0d1e2f3a4b',
  issuedAt: new Date('2025-06-03T12:05:00.000Z'),
  timeZone: 'Europe/Berlin',
  toolVersion: '0.1.0'
}
