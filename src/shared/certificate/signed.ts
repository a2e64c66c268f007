import { z } from 'zod'
import { errorKey } from '../i18n/zod-error-map'
import { CERTIFICATE_FORMATS } from './content'

const base64url = (bytes: number) =>
  z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((bytes * 4) / 3)}}$`), errorKey('validation.base64url'))

/** The length of a key fingerprint: 16 hex digits in four groups. */
export const FINGERPRINT_PATTERN = /^[0-9A-F]{4}( [0-9A-F]{4}){3}$/

/**
 * The signed statement. It names the certificate, repeats what a reader checks against the phone, and
 * commits to every field of the content through `fields` (SHA-256 over the list of per-field digests),
 * so one Ed25519 signature over its canonical form covers the whole content.
 */
export const sealSchema = z.strictObject({
  format: z.enum(CERTIFICATE_FORMATS),
  id: z.uuid(),
  issuedAt: z.iso.datetime({ offset: false }),
  device: z.strictObject({ marketName: z.string().max(120), modelNumber: z.string().max(40), imei1: z.string().max(15) }),
  fields: base64url(32),
  key: z.string().regex(FINGERPRINT_PATTERN)
})
/** The signed statement of a certificate. */
export type Seal = z.infer<typeof sealSchema>

/** The seal, its signature and the signer's public key: what the QR code carries. */
export const sealedSchema = z.strictObject({
  seal: sealSchema,
  /** Ed25519 signature over the seal's canonical form, base64url. */
  signature: base64url(64),
  /** The signer's raw Ed25519 public key, base64url. */
  publicKey: base64url(32)
})
/** A seal with its signature and key. */
export type Sealed = z.infer<typeof sealedSchema>

/**
 * The signed certificate as saved and embedded in the PDF. `content` is checked loosely here so that a
 * changed value can be named as a changed field; the content schema is applied after the checks.
 */
export const signedCertificateSchema = sealedSchema.extend({
  format: z.enum(CERTIFICATE_FORMATS),
  content: z.record(z.string(), z.unknown()),
  /** Digest of each field of the content, by path, as issued. */
  fieldDigests: z.record(z.string(), z.string().max(64))
})
/** A signed certificate document. */
export type SignedCertificate = z.infer<typeof signedCertificateSchema>
