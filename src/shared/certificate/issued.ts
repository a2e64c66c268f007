import { z } from 'zod'
import { DESTINATIONS, IDENTIFIER_DISPLAYS, PAPER_SIZES } from './content'
import { FINGERPRINT_PATTERN } from './signed'

/** What the phone record lists about an issued certificate (nothing sensitive). */
export const issuedCertificateSchema = z.object({
  id: z.uuid(),
  deviceId: z.uuid(),
  issuedAt: z.iso.datetime({ offset: false }),
  timeZone: z.string().min(1).max(64),
  destination: z.enum(DESTINATIONS),
  paperSize: z.enum(PAPER_SIZES),
  identifiers: z.enum(IDENTIFIER_DISPLAYS),
  keyFingerprint: z.string().regex(FINGERPRINT_PATTERN)
})
/** An issued certificate as listed on the phone's record. */
export type IssuedCertificate = z.infer<typeof issuedCertificateSchema>
