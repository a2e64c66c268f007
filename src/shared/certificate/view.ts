import type { CertificateLanguages, Destination } from './content'
import type { IssuedCertificate } from './issued'
import type { Script } from './scripts'

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

/** The preview of a certificate not issued yet, and the scripts in it that no installed font covers (printed as empty boxes). */
export interface CertificatePreview {
  html: string
  missingScripts: Script[]
}

/** A verified certificate as it was issued: its language(s) and its printable HTML. */
export interface VerifiedCertificate {
  languages: CertificateLanguages
  html: string
}
