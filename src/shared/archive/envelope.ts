import { z } from 'zod'
import { errorKey } from '../i18n/zod-error-map'

/** The `format` field of a passphrase-protected archive. */
export const ENCRYPTED_FORMAT = 'handover-archive-encrypted'

const base64Bytes = (bytes: number) =>
  z
    .string()
    .length(Math.ceil(bytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, errorKey('validation.base64'))

/** scrypt cost bounds: below is too weak to accept, above could exhaust memory when a file asks for it. */
export const SCRYPT_LOG_N = { min: 14, max: 18, default: 17 } as const

/**
 * The clear header of a protected archive: key derivation (scrypt, salt and cost) and cipher (AES-256-GCM, nonce).
 * Its canonical form is authenticated as additional data, so a changed header fails like a wrong passphrase.
 */
export const envelopeHeaderSchema = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  version: z.literal(1),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    logN: z.number().int().min(SCRYPT_LOG_N.min).max(SCRYPT_LOG_N.max),
    r: z.literal(8),
    p: z.number().int().min(1).max(2),
    salt: base64Bytes(16)
  }),
  cipher: z.strictObject({ name: z.literal('aes-256-gcm'), nonce: base64Bytes(12) })
})
/** The header of a protected archive. */
export type EnvelopeHeader = z.infer<typeof envelopeHeaderSchema>

/** A protected archive: header, ciphertext of the plain archive's JSON, and the GCM tag. */
export const envelopeSchema = envelopeHeaderSchema.extend({
  ciphertext: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, errorKey('validation.base64')),
  tag: base64Bytes(16)
})
/** A protected archive file. */
export type Envelope = z.infer<typeof envelopeSchema>
