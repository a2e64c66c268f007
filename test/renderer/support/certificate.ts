import type { CertificateView } from '@shared/certificate/view'

/** An issued certificate with a made-up key and printable page. */
export const VIEW: CertificateView = {
  certificate: {
    id: '44444444-4444-4444-8444-444444444444',
    deviceId: '11111111-1111-4111-8111-111111111111',
    issuedAt: '2026-03-01T10:00:00.000Z',
    timeZone: 'Europe/London',
    destination: 'sold',
    paperSize: 'A4',
    identifiers: 'full',
    keyFingerprint: 'ABCD 1234 EF56 7890'
  },
  html: '<!doctype html><html><body><h1>Handover certificate</h1></body></html>'
}
