import { z } from 'zod'
import type { IssuedCertificate } from '../certificate/issued'
import { issueOptionsSchema } from '../certificate/subject'
import type { VerificationResult } from '../certificate/verification'
import type { CertificatePreview, CertificateReadiness, CertificateView } from '../certificate/view'
import { channel } from './channel'

const deviceId = z.object({ deviceId: z.string().uuid() })
const certificateId = z.object({ certificateId: z.string().uuid() })
const issueRequest = issueOptionsSchema.extend({ deviceId: z.string().uuid() })

/** Channels for handover certificates: issue, list, print, save as PDF, verify. */
export const certificatesContract = {
  certificates: {
    readiness: channel(deviceId).returns<CertificateReadiness>(),
    preview: channel(issueRequest).returns<CertificatePreview>(),
    issue: channel(issueRequest).returns<CertificateView>(),
    view: channel(certificateId).returns<CertificateView>(),
    listForDevice: channel(deviceId).returns<IssuedCertificate[]>(),
    savePdf: channel(certificateId).returns<{ path: string } | null>(),
    print: channel(certificateId).returns<{ printed: boolean }>(),
    verifyFile: channel(z.undefined()).returns<VerificationResult | null>(),
    verifyText: channel(z.object({ text: z.string().max(4000) })).returns<VerificationResult>()
  }
} as const
