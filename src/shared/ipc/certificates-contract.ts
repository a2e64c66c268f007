import { z } from 'zod'
import type { Destination } from '../certificate/content'
import type { IssuedCertificate } from '../certificate/issued'
import { issueOptionsSchema } from '../certificate/subject'
import type { VerificationResult } from '../certificate/verification'
import { channel } from './channel'

/** Whether a phone's run allows a certificate now, and what the issue form may offer. */
export interface CertificateReadiness {
  /** The run's scenario, or null when the phone has no run that leads to a handover. */
  scenario: string | null
  /** Destinations the form offers; empty when no certificate can be issued for this run. */
  destinations: Destination[]
  /** Required steps still pending, with their titles; issuing is refused while any remain. */
  pending: Array<{ id: string; title: string }>
}

/** An issued certificate with its printable HTML (a complete, script-free document). */
export interface CertificateView {
  certificate: IssuedCertificate
  html: string
}

const deviceId = z.object({ deviceId: z.string().uuid() })
const certificateId = z.object({ certificateId: z.string().uuid() })
const issueRequest = issueOptionsSchema.extend({ deviceId: z.string().uuid() })

/** Channels for handover certificates: issue, list, print, save as PDF, verify. */
export const certificatesContract = {
  certificates: {
    readiness: channel(deviceId).returns<CertificateReadiness>(),
    preview: channel(issueRequest).returns<{ html: string }>(),
    issue: channel(issueRequest).returns<CertificateView>(),
    view: channel(certificateId).returns<CertificateView>(),
    listForDevice: channel(deviceId).returns<IssuedCertificate[]>(),
    savePdf: channel(certificateId).returns<{ path: string } | null>(),
    print: channel(certificateId).returns<{ printed: boolean }>(),
    verifyFile: channel(z.undefined()).returns<VerificationResult | null>(),
    verifyText: channel(z.object({ text: z.string().max(4000) })).returns<VerificationResult>()
  }
} as const
