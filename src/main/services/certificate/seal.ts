import { canonicalJson } from '@shared/certificate/canonical'
import {
  CERTIFICATE_FORMAT,
  CONTENT_SCHEMAS,
  type AnyCertificateContent,
  type CertificateContent,
  type CertificateFormat
} from '@shared/certificate/content'
import { contentFields } from '@shared/certificate/fields'
import { sealedSchema, signedCertificateSchema, type Seal, type Sealed, type SignedCertificate } from '@shared/certificate/signed'
import type { SealSummary, VerificationResult } from '@shared/certificate/verification'
import { FORBIDDEN_KEYS, findForbiddenKey } from '../safe-json'
import { keyFingerprint, sha256, verifyEd25519 } from './ed25519'
import type { SigningKey } from './signing-key'

const utf8 = (text: string) => new TextEncoder().encode(text)

/**
 * The digest of each field of the content, by path, in an object without a prototype; null when two fields share
 * a path or a path names Object.prototype's machinery (a forged shape). Throws on values JSON cannot carry.
 */
export function fieldDigests(content: unknown): Record<string, string> | null {
  const digests = Object.create(null) as Record<string, string>
  for (const [path, canonical] of contentFields(content)) {
    if (Object.hasOwn(digests, path) || path.split('.').some((part) => FORBIDDEN_KEYS.has(part))) return null
    digests[path] = sha256(canonicalJson([path, canonical]))
  }
  return digests
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** The seal of a format that commits to a content whose field digests are given, signed with the key of that fingerprint. */
function sealFor(format: CertificateFormat, content: Record<string, unknown>, digests: Record<string, string>, fingerprint: string): Seal {
  const device = (typeof content.device === 'object' && content.device !== null ? content.device : {}) as Record<string, unknown>
  return {
    format,
    id: str(content.id),
    issuedAt: str(content.issuedAt),
    device: { marketName: str(device.marketName), modelNumber: str(device.modelNumber), imei1: str(device.imei1) },
    fields: sha256(canonicalJson(digests)),
    key: fingerprint
  }
}

/** Signs a certificate's content: the seal over its field digests, signed with this installation's key. */
export function signCertificate(content: CertificateContent, key: SigningKey): SignedCertificate {
  const digests = fieldDigests(content)
  if (!digests) throw new Error('Certificate content has clashing field paths.')
  const seal = sealFor(CERTIFICATE_FORMAT, content, digests, key.fingerprint)
  return {
    format: CERTIFICATE_FORMAT,
    content,
    fieldDigests: digests,
    seal,
    signature: key.sign(utf8(canonicalJson(seal))),
    publicKey: key.publicKey
  }
}

/** The content of a signed certificate, checked with its format's schema (format 1 or 2); throws when it does not fit. */
export function signedContent(signed: SignedCertificate): AnyCertificateContent {
  return CONTENT_SCHEMAS[signed.seal.format].parse(signed.content)
}

/** The seal, signature and key of a signed certificate (what the QR code carries). */
export function sealedPart(signed: SignedCertificate): Sealed {
  return { seal: signed.seal, signature: signed.signature, publicKey: signed.publicKey }
}

function summaryOf(seal: Seal): SealSummary {
  return { id: seal.id, issuedAt: seal.issuedAt, ...seal.device, keyFingerprint: seal.key }
}

function differingPaths(expected: Record<string, string>, actual: Record<string, string>): string[] {
  const paths = new Set([...Object.keys(expected), ...Object.keys(actual)])
  return [...paths].filter((path) => expected[path] !== actual[path]).sort()
}

function sealDifferences(expected: Seal, actual: Seal): string[] {
  const flat = (seal: Seal) => Object.fromEntries(contentFields(seal, 'seal'))
  return differingPaths(flat(expected), flat(actual))
}

type Check = { ok: true; signedHere: boolean } | { ok: false; problem: 'key-mismatch' | 'signature' }

function checkSignature(sealed: Sealed, ownPublicKey: string): Check {
  if (keyFingerprint(sealed.publicKey) !== sealed.seal.key) return { ok: false, problem: 'key-mismatch' }
  if (!verifyEd25519(sealed.publicKey, utf8(canonicalJson(sealed.seal)), sealed.signature)) return { ok: false, problem: 'signature' }
  return { ok: true, signedHere: sealed.publicKey === ownPublicKey }
}

/** The content field each part of the seal repeats; `seal.fields` stands for the list of field digests. */
function contentPathOfSeal(path: string): string {
  return path === 'seal.fields' ? 'fieldDigests' : path.slice('seal.'.length)
}

function malformed(fields: string[], claimed: SealSummary | null): VerificationResult {
  return { valid: false, source: 'pdf', problem: 'malformed', fields, claimed }
}

/**
 * Verifies a signed certificate document (the PDF attachment): the key matches the seal, the signature
 * matches the seal, and every field of the content matches what was sealed. Names what differs.
 */
export function verifySignedCertificate(document: unknown, ownPublicKey: string): VerificationResult {
  const looksLikeCertificate = typeof document === 'object' && document !== null && 'seal' in document
  if (!looksLikeCertificate) return { valid: false, source: 'pdf', problem: 'not-a-certificate', fields: [], claimed: null }
  const forbidden = findForbiddenKey(document)
  if (forbidden !== null) return malformed([forbidden], null)
  const parsed = signedCertificateSchema.safeParse(document)
  if (!parsed.success) {
    const seal = sealedSchema.shape.seal.safeParse(document.seal)
    return malformed(
      parsed.error.issues.map((issue) => issue.path.join('.')),
      seal.success ? summaryOf(seal.data) : null
    )
  }
  const signed = parsed.data
  const claimed = summaryOf(signed.seal)
  if (signed.format !== signed.seal.format) return malformed(['format'], claimed)
  let digests: Record<string, string> | null
  try {
    digests = fieldDigests(signed.content)
  } catch {
    digests = null
  }
  if (!digests) return malformed(['content'], claimed)
  const contentChanges = differingPaths(signed.fieldDigests, digests)
  const sealChanges = sealDifferences(sealFor(signed.seal.format, signed.content, signed.fieldDigests, signed.seal.key), signed.seal)
  const check = checkSignature(signed, ownPublicKey)
  if (!check.ok) {
    const fields = check.problem === 'key-mismatch' ? ['publicKey'] : [...sealChanges, ...contentChanges]
    return { valid: false, source: 'pdf', problem: check.problem, fields: fields.length > 0 ? fields : ['signature'], claimed }
  }
  if (contentChanges.length > 0 || sealChanges.length > 0) {
    const fields = new Set([...contentChanges, ...sealChanges.map(contentPathOfSeal)])
    return { valid: false, source: 'pdf', problem: 'altered', fields: [...fields].sort(), claimed }
  }
  const content = CONTENT_SCHEMAS[signed.seal.format].safeParse(signed.content)
  if (!content.success)
    return malformed(
      content.error.issues.map((issue) => issue.path.join('.')),
      claimed
    )
  return { valid: true, source: 'pdf', summary: claimed, signedHere: check.signedHere }
}

/** Verifies the sealed statement from a QR code: the key matches the seal and the signature matches. */
export function verifySealed(sealed: Sealed, ownPublicKey: string): VerificationResult {
  const check = checkSignature(sealed, ownPublicKey)
  const summary = summaryOf(sealed.seal)
  if (!check.ok)
    return {
      valid: false,
      source: 'qr',
      problem: check.problem,
      fields: [check.problem === 'key-mismatch' ? 'publicKey' : 'signature'],
      claimed: summary
    }
  return { valid: true, source: 'qr', summary, signedHere: check.signedHere }
}
