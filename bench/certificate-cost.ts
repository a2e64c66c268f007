import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { chromiumPdfPrinter } from '../harness/ports/chromium-pdf-printer'
import { createCertificateService } from '../src/main/services/certificate/certificate-service'
import { createConfStorage } from '../harness/ports/conf-storage'
import { createPlaintextVault } from '../harness/ports/plaintext-vault'
import { builtParseWorker } from '../harness/ports/built-parse-worker'
import { createWorkerParser } from '../src/main/services/parsing/worker-parser'
import { createScriptedDialogs } from '../harness/ports/scripted-dialogs'
import { savedPdf } from '../harness/services/through-dialogs'
import { subjectRecordFromRun } from '../src/shared/certificate/from-run'
import type { SubjectRecord } from '../src/shared/certificate/subject'
import offboarding from '../src/shared/locales/en/offboarding.json'
import { runReadyToHandOver } from '../harness/data/finished-run'
import { BENCH_SEED } from './data-folders'
import { median, relative, timed, type Figure } from './figures'
import { generateHousehold } from './household-generator'

const RUNS = 7
/**
 * A certificate prints in at most 2× the time Chromium takes for an empty page of the same size (docs/architecture.md,
 * budgets): Chromium's own layout and PDF output of the certificate's page is 1.3–1.45× the empty page; the service's part
 * (stored certificate, HTML, QR code, attachment) adds about 30 ms.
 */
const PDF_BUDGET = 2

/** An empty page of the paper size, printed the same way: the baseline. */
const EMPTY_A4 = '<!doctype html><html><head><meta charset="utf-8"><style>@page { size: A4; }</style></head><body></body></html>'

/** A generated phone whose "sell" run is brought to hand-over, as the certificate service reads it. */
function finishedSellRun(): SubjectRecord {
  const device = generateHousehold(1, BENCH_SEED).devices[0]
  const titles = offboarding.steps as Record<string, { title: string }>
  const run = runReadyToHandOver(device.id, 'sell', new Date('2025-06-03T09:00:00.000Z'))
  return subjectRecordFromRun(run, device, (id) => titles[id]?.title ?? id, 'Nothing was backed up.')
}

/**
 * An issued certificate to PDF through the real certificate service (stored certificate, QR code, HTML,
 * Chromium's printer, signed JSON attached) versus the same printer on an empty A4 page. Alternating runs.
 */
export async function measureCertificatePdf(browser: Browser): Promise<Record<string, Figure>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'handover-bench-certificate-'))
  try {
    const pdf = chromiumPdfPrinter(browser)
    const record = finishedSellRun()
    const dialogs = createScriptedDialogs()
    const service = createCertificateService({
      dataDir,
      appVersion: 'bench',
      timeZone: 'Europe/London',
      storage: createConfStorage(),
      vault: createPlaintextVault(),
      clock: { now: () => new Date() },
      dialogs,
      pdf,
      parser: createWorkerParser(builtParseWorker()),
      printer: { print: async () => true },
      subjectRecord: () => record
    })
    const { certificate } = await service.issue({
      deviceId: '6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7',
      languages: ['en'],
      destination: 'sold',
      preparer: { name: 'Anna Becker', contact: 'anna@example.org' },
      recipient: { name: 'Mateo García' },
      identifiers: 'masked',
      paperSize: 'A4'
    })
    const certificateMs: number[] = []
    const emptyMs: number[] = []
    for (let run = -1; run < RUNS; run++) {
      const c = await timed(() => savedPdf(service, dialogs, certificate.id))
      const e = await timed(() => pdf.htmlToPdf(EMPTY_A4, { pageSize: 'A4' }))
      if (run < 0) continue
      certificateMs.push(c)
      emptyMs.push(e)
    }
    return {
      'certificate to PDF vs empty A4 page': relative(
        median(certificateMs),
        median(emptyMs),
        PDF_BUDGET,
        'ms',
        RUNS,
        'both through the same Chromium PdfPrinter (fresh context, setContent, page.pdf)'
      )
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
