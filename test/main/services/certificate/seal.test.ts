import { beforeAll, describe, expect, it } from 'vitest'
import { fieldDigests, sealedPart, signCertificate, verifySealed, verifySignedCertificate } from '@main/services/certificate/seal'
import type { SigningKey } from '@main/services/certificate/signing-key'
import { buildCertificateContent } from '@shared/certificate/build'
import { contentFields } from '@shared/certificate/fields'
import type { CertificateContent } from '@shared/certificate/content'
import type { SignedCertificate } from '@shared/certificate/signed'
import { FACTS, sampleSubject } from '@test/shared/certificate/sample-subject'
import { freshKey } from './key-fixture'

let key: SigningKey
let other: SigningKey
let signed: SignedCertificate
let content: CertificateContent

beforeAll(async () => {
  key = await freshKey()
  other = await freshKey()
  content = buildCertificateContent(sampleSubject(), FACTS)
  signed = signCertificate(content, key)
})

/** A deep copy that can be tampered with. */
type Tampered = Omit<SignedCertificate, 'content' | 'seal'> & {
  content: Record<string, unknown> & { device: Record<string, unknown>; steps: unknown[] }
  seal: Record<string, unknown>
}
const copy = (): Tampered => JSON.parse(JSON.stringify(signed))

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.')
  const last = parts.pop()!
  const parent = parts.reduce<Record<string, unknown>>((node, part) => node[part] as Record<string, unknown>, target)
  parent[last] = value
}

/** A different value of the same JSON type, so only the signature can tell. */
function changed(canonical: string): unknown {
  const value = JSON.parse(canonical)
  if (typeof value === 'string') return value === '' ? 'x' : value.slice(0, -1) + (value.endsWith('9') ? '8' : '9')
  if (typeof value === 'number') return value + 1
  if (typeof value === 'boolean') return !value
  if (value === null) return 'x'
  return Array.isArray(value) ? ['x'] : { x: 1 }
}

describe('signing and verifying', () => {
  it('round-trips: a freshly signed certificate verifies, signed here or elsewhere', () => {
    expect(verifySignedCertificate(signed, key.publicKey)).toEqual({
      valid: true,
      source: 'pdf',
      signedHere: true,
      summary: {
        id: FACTS.id,
        issuedAt: '2025-06-03T12:05:00.000Z',
        marketName: 'Redmi Note 13 Pro',
        modelNumber: '23117RA68G',
        imei1: content.device.imei1,
        keyFingerprint: key.fingerprint
      }
    })
    expect(verifySignedCertificate(JSON.parse(JSON.stringify(signed)), other.publicKey)).toMatchObject({ valid: true, signedHere: false })
  })

  it('survives re-serialisation with other key order, whitespace and NFD text', () => {
    const reordered = JSON.parse(JSON.stringify(signed, null, 2).normalize('NFD'))
    const reversed = Object.fromEntries(Object.entries(reordered).reverse())
    expect(verifySignedCertificate(reversed, key.publicKey)).toMatchObject({ valid: true })
  })

  it('names the field when any single field of the content is altered', () => {
    const paths = contentFields(signed.content)
    expect(paths.length).toBeGreaterThan(60)
    for (const [path, canonical] of paths) {
      const tampered = copy()
      setPath(tampered.content, path, changed(canonical))
      const result = verifySignedCertificate(tampered, key.publicKey)
      expect(result, path).toMatchObject({ valid: false, problem: 'altered' })
      expect(result.valid === false && result.fields, path).toEqual([path])
    }
  })

  it('names added or removed fields, such as a removed step', () => {
    const tampered = copy()
    tampered.content.steps.splice(2, 1)
    const result = verifySignedCertificate(tampered, key.publicKey)
    expect(result).toMatchObject({ valid: false, problem: 'altered' })
    expect(result.valid === false && result.fields).toContain('steps.10.title')
  })

  it('still names the field when the list of field digests was forged to match', () => {
    const tampered = copy()
    tampered.content.device.marketName = 'Redmi Note 14 Pro'
    tampered.fieldDigests = fieldDigests(tampered.content)!
    expect(verifySignedCertificate(tampered, key.publicKey)).toMatchObject({
      valid: false,
      problem: 'altered',
      fields: ['device.marketName', 'fieldDigests']
    })
  })

  it('refuses a signature that was altered', () => {
    const tampered = copy()
    const bytes = Buffer.from(tampered.signature, 'base64url')
    bytes[10] ^= 1
    tampered.signature = bytes.toString('base64url')
    expect(verifySignedCertificate(tampered, key.publicKey)).toMatchObject({ valid: false, problem: 'signature', fields: ['signature'] })
  })

  it('names the part of the seal that was altered', () => {
    const tampered = copy()
    tampered.seal.issuedAt = '2024-06-03T12:05:00.000Z'
    expect(verifySignedCertificate(tampered, key.publicKey)).toMatchObject({
      valid: false,
      problem: 'signature',
      fields: ['seal.issuedAt']
    })
  })

  it('refuses a replaced key, with or without the fingerprint in the seal changed to match', () => {
    const swapped = copy()
    swapped.publicKey = other.publicKey
    expect(verifySignedCertificate(swapped, key.publicKey)).toMatchObject({ valid: false, problem: 'key-mismatch', fields: ['publicKey'] })
    const resealed = copy()
    resealed.publicKey = other.publicKey
    resealed.seal.key = other.fingerprint
    expect(verifySignedCertificate(resealed, key.publicKey)).toMatchObject({ valid: false, problem: 'signature', fields: ['signature'] })
  })

  it('accepts a re-signature by another key only as "signed elsewhere"', () => {
    const resigned = signCertificate(content, other)
    expect(verifySignedCertificate(resigned, key.publicKey)).toMatchObject({ valid: true, signedHere: false })
  })

  it('refuses content with unknown fields or with a field path forged twice', () => {
    const extra = copy()
    extra.content.note = 'added'
    extra.fieldDigests = fieldDigests(extra.content)!
    expect(verifySignedCertificate(extra, key.publicKey)).toMatchObject({ valid: false, problem: 'altered' })
    const clash = copy()
    clash.content.device.marketName = 'Forged'
    clash.content['device.marketName'] = content.device.marketName
    expect(verifySignedCertificate(clash, key.publicKey)).toMatchObject({ valid: false, problem: 'malformed', fields: ['content'] })
  })

  it('answers "malformed" rather than failing on content nested too deep to walk', () => {
    const deep = copy()
    let nested: unknown[] = []
    for (let i = 0; i < 200_000; i++) nested = [nested]
    deep.content.note = nested
    expect(verifySignedCertificate(deep, key.publicKey)).toMatchObject({ valid: false, problem: 'malformed', fields: ['content'] })
  })

  it('says what is missing from a damaged document, and recognises a non-certificate', () => {
    const broken = copy() as Record<string, unknown>
    delete broken.signature
    expect(verifySignedCertificate(broken, key.publicKey)).toMatchObject({ valid: false, problem: 'malformed', fields: ['signature'] })
    expect(verifySignedCertificate({ hello: 'world' }, key.publicKey)).toMatchObject({ valid: false, problem: 'not-a-certificate' })
    expect(verifySignedCertificate('text', key.publicKey)).toMatchObject({ valid: false, problem: 'not-a-certificate' })
  })
})

describe('the QR seal alone', () => {
  it('verifies, and tells whether this installation signed it', () => {
    expect(verifySealed(sealedPart(signed), key.publicKey)).toMatchObject({ valid: true, source: 'qr', signedHere: true })
    expect(verifySealed(sealedPart(signed), other.publicKey)).toMatchObject({ valid: true, signedHere: false })
  })

  it('fails when the seal, the signature or the key changes', () => {
    const part = sealedPart(signed)
    expect(
      verifySealed({ ...part, seal: { ...part.seal, device: { ...part.seal.device, imei1: '000000000000000' } } }, key.publicKey)
    ).toMatchObject({ valid: false, problem: 'signature' })
    expect(verifySealed({ ...part, publicKey: other.publicKey }, key.publicKey)).toMatchObject({ valid: false, problem: 'key-mismatch' })
    expect(
      verifySealed(
        { ...part, signature: sealedPart(signCertificate(content, key)).signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) },
        key.publicKey
      )
    ).toMatchObject({ valid: false, problem: 'signature' })
  })
})

describe('fields named like Object.prototype', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('a genuine certificate with an unsigned “%s” field added does not verify', (name) => {
    const text = JSON.stringify(signed).replace('"content":{', `"content":{"${name}":{"injected":true},`)
    const tampered = JSON.parse(text) as unknown
    expect(Object.hasOwn((tampered as { content: object }).content, name)).toBe(true)
    expect(verifySignedCertificate(tampered, key.publicKey)).toMatchObject({ valid: false })
  })

  it('a “__proto__” field among the field digests does not verify either', () => {
    const text = JSON.stringify(signed).replace('"fieldDigests":{', '"fieldDigests":{"__proto__":"x",')
    expect(verifySignedCertificate(JSON.parse(text), key.publicKey)).toMatchObject({ valid: false })
  })

  it('field digests refuse a content with a “__proto__” field rather than drop it', () => {
    expect(fieldDigests(JSON.parse('{"a":1,"__proto__":{"b":2}}'))).toBeNull()
    expect(fieldDigests({ a: 1, toString: 2 })).toEqual({ a: expect.any(String), toString: expect.any(String) })
  })
})
