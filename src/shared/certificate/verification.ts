import type { VerifiedCertificate } from './view'

/** Where the certificate being checked came from. */
export type VerificationSource = 'pdf' | 'qr'

/**
 * Why a certificate is not valid:
 * - `not-a-certificate`: no Handover certificate found (not a PDF, no attachment, text not recognised);
 * - `malformed`: recognised, but parts are missing or broken (`fields` names them);
 * - `key-mismatch`: the public key is not the key the seal names (the key was replaced);
 * - `signature`: the signature does not match the seal (the seal or the signature was changed);
 * - `altered`: fields of the content differ from what was signed (`fields` names them).
 */
export type VerificationProblem = 'not-a-certificate' | 'malformed' | 'key-mismatch' | 'signature' | 'altered'

/** What the seal says about the certificate (trustworthy only when the result is valid). */
export interface SealSummary {
  id: string
  issuedAt: string
  marketName: string
  modelNumber: string
  imei1: string
  /** Fingerprint of the key the seal names. */
  keyFingerprint: string
}

/** The outcome of checking a certificate. */
export type VerificationResult =
  | {
      valid: true
      source: VerificationSource
      summary: SealSummary
      /** True when this installation's key signed it. */
      signedHere: boolean
      /** A verified PDF's certificate, in the language(s) it was issued in; absent for a QR code, which holds the seal only. */
      certificate?: VerifiedCertificate
    }
  | {
      valid: false
      source: VerificationSource
      problem: VerificationProblem
      /** Paths of the fields that differ or are broken, e.g. "device.marketName", "seal.issuedAt", "signature". */
      fields: string[]
      /** What the certificate claims about itself, when that could be read; not verified. */
      claimed: SealSummary | null
    }
