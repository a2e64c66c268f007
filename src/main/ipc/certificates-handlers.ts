import type { certificatesContract } from '@shared/ipc/certificates-contract'
import type { CertificateService } from '../services/certificate/certificate-service'
import type { Handlers } from './router'

/** Handlers for handover certificates. */
export function certificatesHandlers({ certificates }: { certificates: CertificateService }): Handlers<typeof certificatesContract> {
  return {
    certificates: {
      readiness: ({ deviceId }) => certificates.readiness(deviceId),
      preview: (request) => certificates.preview(request),
      issue: (request) => certificates.issue(request),
      view: ({ certificateId }) => certificates.view(certificateId),
      listForDevice: ({ deviceId }) => certificates.listForDevice(deviceId),
      savePdf: ({ certificateId }) => certificates.savePdf(certificateId),
      print: ({ certificateId }) => certificates.print(certificateId),
      verifyFile: () => certificates.verifyFile(),
      verifyText: ({ text }) => certificates.verifyText(text)
    }
  }
}
