import type { Destination } from './content'
import type { IssuedCertificate } from './issued'

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
