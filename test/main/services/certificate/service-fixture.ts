import { PDFDocument, StandardFonts } from 'pdf-lib'
import { createCertificateService, type CertificateService } from '@main/services/certificate/certificate-service'
import type { FontCoverage } from '@main/services/certificate/font-coverage'
import type { PdfPrinter, SystemPrinter, Vault } from '@main/services/ports'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createPlaintextVault } from '@harness/ports/plaintext-vault'
import { builtParseWorker } from '@harness/ports/built-parse-worker'
import { createWorkerParser } from '@main/services/parsing/worker-parser'
import { createScriptedDialogs, type ScriptedDialogs } from '@harness/ports/scripted-dialogs'
import type { SubjectRecord } from '@shared/certificate/subject'
import { ServiceError } from '@shared/result'
import { sampleSubject } from '@test/shared/certificate/sample-subject'
import { tempDir } from './key-fixture'

/** The phone all service tests issue certificates for. */
export const DEVICE_ID = '0b7d5c1a-2f3e-4a5b-8c6d-7e8f9a0b1c2d'

/** A PDF printer that writes the HTML's length on one page (Chromium is exercised in the print test). */
export const fakePdfPrinter: PdfPrinter = {
  async htmlToPdf(html, { pageSize }) {
    const pdf = await PDFDocument.create()
    const page = pdf.addPage(pageSize === 'A4' ? [595.28, 841.89] : [612, 792])
    page.drawText(`certificate html ${html.length}`, { x: 40, y: 780, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) })
    return pdf.save()
  }
}

/** A certificate service over a temporary data folder, with the sample run as every phone's record. */
export function testService(
  options: { dataDir?: string; record?: () => SubjectRecord; vault?: Vault; now?: () => Date; fonts?: FontCoverage } = {}
): {
  service: CertificateService
  dataDir: string
  dialogs: ScriptedDialogs
  printed: Array<{ html: string; pageSize: string }>
} {
  const dataDir = options.dataDir ?? tempDir()
  const dialogs = createScriptedDialogs()
  const printed: Array<{ html: string; pageSize: string }> = []
  const printer: SystemPrinter = {
    async print(html, { pageSize }) {
      printed.push({ html, pageSize })
      return true
    }
  }
  const { device, scenario, steps } = sampleSubject()
  const service = createCertificateService({
    dataDir,
    appVersion: '0.1.0',
    timeZone: 'Europe/Berlin',
    storage: createConfStorage(),
    vault: options.vault ?? createPlaintextVault(),
    clock: { now: options.now ?? (() => new Date('2025-06-03T12:05:00.000Z')) },
    dialogs,
    pdf: fakePdfPrinter,
    printer,
    parser: createWorkerParser(builtParseWorker()),
    fonts: options.fonts ?? { missing: async () => [] },
    subjectRecord: (deviceId) => {
      if (deviceId !== DEVICE_ID) throw new ServiceError('not-found', { key: 'device.noSuchPhone' })
      return options.record ? options.record() : { device, scenario, steps }
    }
  })
  return { service, dataDir, dialogs, printed }
}

/** The issue form of the sample subject. */
export const REQUEST = {
  deviceId: DEVICE_ID,
  destination: 'sold' as const,
  preparer: { name: 'Alex Example', contact: 'alex@example.test' },
  recipient: { name: 'Sam Buyer' },
  identifiers: 'full' as const,
  paperSize: 'A4' as const,
  languages: ['en' as const]
}
