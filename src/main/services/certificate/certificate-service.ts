import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { buildCertificateContent, pendingRequiredSteps } from '@shared/certificate/build'
import { canonicalJson } from '@shared/certificate/canonical'
import { languagesOf, type CertificateContent } from '@shared/certificate/content'
import { SOURCE_LANGUAGE, type LanguageCode } from '@shared/i18n/languages'
import { DESTINATIONS_BY_SCENARIO } from '@shared/certificate/from-run'
import type { IssuedCertificate } from '@shared/certificate/issued'
import type { CertificatePreview, CertificateReadiness, CertificateView } from '@shared/certificate/view'
import { decodeQrPayload, encodeQrPayload } from '@shared/certificate/qr-payload'
import type { SignedCertificate } from '@shared/certificate/signed'
import type { IssueOptions, SubjectRecord } from '@shared/certificate/subject'
import type { VerificationResult } from '@shared/certificate/verification'
import { errorDetail, ServiceError } from '@shared/result'
import { writeFileAtomic } from '../atomic-file'
import type { Clock, FileDialogs, PdfPrinter, Storage, SystemPrinter, Vault } from '../ports'
import { renderCertificateHtml } from './certificate-html'
import { certificateText } from './certificate-text'
import { CERTIFICATES_DIR, certificateStore } from './certificate-store'
import { attachCertificateJson } from './pdf-attachment'
import { parseJsonStrictly } from '../safe-json'
import type { UntrustedFileParser } from '../parsing/worker-parser'
import { qrSvg } from './qr-code'
import { sealedPart, signCertificate, signedContent, verifySealed, verifySignedCertificate } from './seal'
import { systemFontCoverage, type FontCoverage } from './font-coverage'
import { scriptsIn } from '@shared/certificate/scripts'
import { loadSigningKey, type SigningKey } from './signing-key'

/** A request to preview or issue a certificate for one phone. */
export type IssueRequest = IssueOptions & { deviceId: string }

/** Issues, stores, prints and verifies handover certificates. */
export interface CertificateService {
  /** What the issue form needs to know about a phone's run. */
  readiness(deviceId: string): Promise<CertificateReadiness>
  /** The HTML preview of the certificate the request would issue (not signed, no QR), and the scripts in it no font covers. */
  preview(request: IssueRequest): Promise<CertificatePreview>
  /** Issues, signs and stores a certificate; refuses with `gate-locked` while a required step is pending. */
  issue(request: IssueRequest): Promise<CertificateView>
  /** An issued certificate with its HTML, for viewing and reprinting. */
  view(certificateId: string): Promise<CertificateView>
  /** Certificates issued for a phone, newest first. */
  listForDevice(deviceId: string): IssuedCertificate[]
  /** Asks where to save and writes the certificate as PDF with its signed content attached; null when cancelled. */
  savePdf(certificateId: string): Promise<{ path: string } | null>
  /** Opens the system print dialog for the certificate. */
  print(certificateId: string): Promise<{ printed: boolean }>
  /** Asks for a PDF and verifies it; null when cancelled. */
  verifyFile(): Promise<VerificationResult | null>
  /** Verifies the text of a certificate's QR code. */
  verifyText(text: string): Promise<VerificationResult>
  /** The phone's certificate folder, relative to the data folder (moved to the trash with the phone). */
  filesOf(deviceId: string): string[]
}

/** What the certificate service is built from. */
export interface CertificateServiceDeps {
  dataDir: string
  appVersion: string
  /** IANA zone certificates are issued in; the system's zone when absent. */
  timeZone?: string
  storage: Storage
  vault: Vault
  clock: Clock
  /** File dialogs that show message keys ("certificate:dialogs.saveTitle") in the app's language (translated-dialogs.ts). */
  dialogs: FileDialogs
  pdf: PdfPrinter
  printer: SystemPrinter
  /** Reads the certificate PDFs handed in for verification, off the main thread. */
  parser: Pick<UntrustedFileParser, 'certificateJson'>
  /** The phone's identity and run as a certificate subject, step titles in `language`; `not-found` / `unavailable` when there is none. */
  subjectRecord(deviceId: string, language: LanguageCode): Promise<SubjectRecord> | SubjectRecord
  /** Which scripts no installed font covers; the system's fonts when absent. */
  fonts?: FontCoverage
  /** The language of the app, which the save and open dialogs speak; English when absent. */
  language?: { readonly language: LanguageCode }
  /** Told once a certificate is saved: issuing it is what hands the phone over. */
  onIssued?(deviceId: string): Promise<void>
}

/** Largest PDF the verifier reads. */
const MAX_PDF_BYTES = 20 * 1024 * 1024

const notACertificate = (source: 'pdf' | 'qr'): VerificationResult => ({
  valid: false,
  source,
  problem: 'not-a-certificate',
  fields: [],
  claimed: null
})

/** Builds the certificate service. */
export function createCertificateService(deps: CertificateServiceDeps): CertificateService {
  const store = certificateStore(deps.storage, deps.vault, deps.dataDir, { dataDir: deps.dataDir, clock: deps.clock })
  const timeZone = deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const fonts = deps.fonts ?? systemFontCoverage()
  let key: Promise<SigningKey> | null = null
  const signingKey = () => {
    key ??= loadSigningKey(deps, deps.dataDir).catch((error: unknown) => {
      key = null
      throw error
    })
    return key
  }

  async function contentFor(request: IssueRequest, id: string): Promise<CertificateContent> {
    const { deviceId, ...options } = request
    const record = await deps.subjectRecord(deviceId, options.languages[0])
    if (!DESTINATIONS_BY_SCENARIO[record.scenario].includes(options.destination)) {
      throw new ServiceError('invalid-input', { key: 'certificate.destinationMismatch' }, [
        errorDetail('destination', 'certificate.chooseDestination')
      ])
    }
    return buildCertificateContent({ ...record, ...options }, { id, issuedAt: deps.clock.now(), timeZone, toolVersion: deps.appVersion })
  }

  async function htmlOf(signed: SignedCertificate, paperSize: IssuedCertificate['paperSize']): Promise<string> {
    return renderCertificateHtml(signedContent(signed), {
      paperSize,
      fingerprint: signed.seal.key,
      qrSvg: await qrSvg(encodeQrPayload(sealedPart(signed)))
    })
  }

  async function view(certificateId: string): Promise<CertificateView> {
    const { summary, signed } = await store.load(certificateId)
    return { certificate: summary, html: await htmlOf(signed, summary.paperSize) }
  }

  /** The certificate as PDF bytes with the signed content attached. */
  async function pdfBytes(certificateId: string): Promise<Uint8Array> {
    const { summary, signed } = await store.load(certificateId)
    const printed = await deps.pdf.htmlToPdf(await htmlOf(signed, summary.paperSize), { pageSize: summary.paperSize })
    const t = await certificateText(languagesOf(signedContent(signed))[0])
    return attachCertificateJson(printed, canonicalJson(signed), {
      title: `${t('page.title')} ${summary.id}`,
      when: new Date(summary.issuedAt)
    })
  }

  /** Verifies the bytes of a certificate PDF. */
  async function verifyPdf(bytes: Uint8Array): Promise<VerificationResult> {
    // A stranger's PDF is parsed in the parse worker, with the attachment's inflated size capped.
    const found = await deps.parser.certificateJson(bytes)
    if ('tooLarge' in found) return { valid: false, source: 'pdf', problem: 'malformed', fields: [], claimed: null }
    if ('notAPdf' in found || found.json === null) return notACertificate('pdf')
    let document: unknown
    try {
      document = parseJsonStrictly(found.json)
    } catch {
      return { valid: false, source: 'pdf', problem: 'malformed', fields: [], claimed: null }
    }
    const result = verifySignedCertificate(document, (await signingKey()).publicKey)
    if (!result.valid) return result
    // Valid, so the document is a signed certificate whose content fits its format: shown as it was issued.
    const signed = document as SignedCertificate
    return { ...result, certificate: { languages: languagesOf(signedContent(signed)), html: await htmlOf(signed, 'A4') } }
  }

  return {
    async readiness(deviceId) {
      let record: SubjectRecord
      try {
        record = await deps.subjectRecord(deviceId, deps.language?.language ?? SOURCE_LANGUAGE)
      } catch (error) {
        if (error instanceof ServiceError && (error.code === 'unavailable' || error.code === 'not-found')) {
          return { scenario: null, destinations: [], pending: [] }
        }
        throw error
      }
      return {
        scenario: record.scenario,
        destinations: [...DESTINATIONS_BY_SCENARIO[record.scenario]],
        pending: pendingRequiredSteps(record).map(({ id, title }) => ({ id, title }))
      }
    },
    async preview(request) {
      const content = await contentFor(request, randomUUID())
      const html = await renderCertificateHtml(content, {
        paperSize: request.paperSize,
        fingerprint: (await signingKey()).fingerprint,
        qrSvg: null
      })
      return { html, missingScripts: await fonts.missing(scriptsIn(html)) }
    },
    async issue(request) {
      const content = await contentFor(request, randomUUID())
      const signed = signCertificate(content, await signingKey())
      const summary: IssuedCertificate = {
        id: content.id,
        deviceId: request.deviceId,
        issuedAt: content.issuedAt,
        timeZone: content.timeZone,
        destination: content.destination,
        paperSize: request.paperSize,
        identifiers: content.device.identifiers,
        keyFingerprint: signed.seal.key
      }
      await store.save(summary, signed)
      await deps.onIssued?.(request.deviceId)
      return { certificate: summary, html: await htmlOf(signed, summary.paperSize) }
    },
    view,
    listForDevice: (deviceId) => store.listForDevice(deviceId),
    async savePdf(certificateId) {
      const target = await deps.dialogs.chooseSavePath({
        title: 'certificate:dialogs.saveTitle',
        defaultName: `handover-certificate-${certificateId.slice(0, 8)}.pdf`,
        filters: [{ name: 'certificate:dialogs.pdfFilter', extensions: ['pdf'] }]
      })
      if (target === null) return null
      const bytes = await pdfBytes(certificateId)
      try {
        writeFileAtomic(target, bytes)
      } catch {
        throw new ServiceError('storage-failed', { key: 'certificate.pdfWriteFailed' })
      }
      return { path: target }
    },
    async print(certificateId) {
      const { summary, signed } = await store.load(certificateId)
      return { printed: await deps.printer.print(await htmlOf(signed, summary.paperSize), { pageSize: summary.paperSize }) }
    },
    async verifyFile() {
      const [chosen] = await deps.dialogs.chooseOpenPaths({
        title: 'certificate:dialogs.openTitle',
        multiple: false,
        filters: [{ name: 'certificate:dialogs.pdfFilter', extensions: ['pdf'] }]
      })
      if (chosen === undefined) return null
      let bytes: Buffer
      try {
        if ((await fs.promises.stat(chosen)).size > MAX_PDF_BYTES) return notACertificate('pdf')
        bytes = await fs.promises.readFile(chosen)
      } catch {
        throw new ServiceError('not-found', { key: 'file.unreadable' })
      }
      return verifyPdf(bytes)
    },
    async verifyText(text) {
      const decoded = decodeQrPayload(text)
      if (!decoded.ok)
        return decoded.problem === 'malformed'
          ? { valid: false, source: 'qr', problem: 'malformed', fields: decoded.fields, claimed: null }
          : notACertificate('qr')
      return verifySealed(decoded.sealed, (await signingKey()).publicKey)
    },
    filesOf: (deviceId) => [path.join(CERTIFICATES_DIR, deviceId)]
  }
}
