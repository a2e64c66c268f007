import { describe, expect, it } from 'vitest'
import { canonicalJson } from '@shared/certificate/canonical'
import { decodeQrPayload, encodeQrPayload } from '@shared/certificate/qr-payload'
import type { Sealed } from '@shared/certificate/signed'

const SEALED: Sealed = {
  seal: {
    format: 'handover-certificate/1',
    id: '3f1c2b9e-4d5a-4e6f-8a7b-9c0d1e2f3a4b',
    issuedAt: '2025-06-03T12:05:00.000Z',
    device: { marketName: 'Redmi Note 13 Pro', modelNumber: '23117RA68G', imei1: '***********9015' },
    fields: 'A'.repeat(43),
    key: '3F2A 91C0 7B44 E1D2'
  },
  signature: 'B'.repeat(86),
  publicKey: 'C'.repeat(43)
}

describe('QR payload', () => {
  it('encodes as canonical JSON and decodes back, ignoring surrounding whitespace', () => {
    const text = encodeQrPayload(SEALED)
    expect(text.startsWith('{"publicKey":')).toBe(true)
    expect(canonicalJson(JSON.parse(text))).toBe(text)
    expect(decodeQrPayload(`  ${text}\n`)).toEqual({ ok: true, sealed: SEALED })
    expect(text.length).toBeLessThan(500)
  })

  it('tells text that is not a certificate from a certificate payload with broken parts', () => {
    expect(decodeQrPayload('https://example.test')).toEqual({ ok: false, problem: 'not-a-certificate', fields: [] })
    expect(decodeQrPayload('[1,2]')).toEqual({ ok: false, problem: 'not-a-certificate', fields: [] })
    const broken = JSON.parse(encodeQrPayload(SEALED))
    broken.signature = 'short'
    delete broken.seal.issuedAt
    expect(decodeQrPayload(JSON.stringify(broken))).toEqual({ ok: false, problem: 'malformed', fields: ['seal.issuedAt', 'signature'] })
  })
})
