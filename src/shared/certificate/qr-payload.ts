import { canonicalJson } from './canonical'
import { sealedSchema, type Sealed } from './signed'

/** The text the certificate's QR code carries: the seal, its signature and the public key, as canonical JSON. */
export function encodeQrPayload(sealed: Sealed): string {
  return canonicalJson({ publicKey: sealed.publicKey, seal: sealed.seal, signature: sealed.signature })
}

/** What decoding a QR text gives: the sealed statement, or the paths that are missing or malformed. */
export type QrDecodeResult = { ok: true; sealed: Sealed } | { ok: false; problem: 'not-a-certificate' | 'malformed'; fields: string[] }

/** Reads the text of a certificate's QR code (as pasted or scanned; surrounding whitespace is ignored). */
export function decodeQrPayload(text: string): QrDecodeResult {
  let parsed: unknown
  try {
    parsed = JSON.parse(text.trim())
  } catch {
    return { ok: false, problem: 'not-a-certificate', fields: [] }
  }
  const isSealLike = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && 'seal' in parsed
  if (!isSealLike) return { ok: false, problem: 'not-a-certificate', fields: [] }
  const result = sealedSchema.safeParse(parsed)
  if (!result.success) return { ok: false, problem: 'malformed', fields: result.error.issues.map((issue) => issue.path.join('.')) }
  return { ok: true, sealed: result.data }
}
