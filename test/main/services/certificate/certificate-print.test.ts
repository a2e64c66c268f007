import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import jsQR from 'jsqr'
import { PDFDocument } from 'pdf-lib'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderCertificateHtml } from '../../../../src/main/services/certificate/certificate-html'
import { CHROMIUM_LAUNCH_OPTIONS } from '../../../../e2e/support/chromium-launch'
import { chromiumPdfPrinter } from '../../../../src/main/services/testing/chromium-pdf-printer'
import { qrSvg } from '../../../../src/main/services/certificate/qr-code'
import { sealedPart, signCertificate, signedContent } from '../../../../src/main/services/certificate/seal'
import { buildCertificateContent } from '../../../../src/shared/certificate/build'
import { subjectRecordFromRun } from '../../../../src/shared/certificate/from-run'
import { encodeQrPayload } from '../../../../src/shared/certificate/qr-payload'
import type { CertificateSubject } from '../../../../src/shared/certificate/subject'
import offboarding from '../../../../src/shared/locales/en/offboarding.json' with { type: 'json' }
import { stepsOf, type StepId } from '../../../../src/shared/offboarding/catalogue'
import { createRun } from '../../../../src/shared/offboarding/run'
import { FACTS, IMEI_1, sampleSubject } from '../../../shared/certificate/sample-subject'
import { freshKey, tempDir } from './key-fixture'

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS)
})
afterAll(async () => {
  await browser?.close()
})

const printPdf = (html: string, pageSize: 'A4' | 'Letter'): Promise<Uint8Array> => chromiumPdfPrinter(browser).htmlToPdf(html, { pageSize })

/** A long "family" certificate: long names, every step done or skipped with a long reason. */
function longSubject(): CertificateSubject {
  const run = createRun('0b7d5c1a-2f3e-4a5b-8c6d-7e8f9a0b1c2d', 'family', '2025-06-03T08:00:00.000Z')
  for (const step of stepsOf('family')) run.steps[step.id] = { status: 'done', at: '2025-06-03T09:00:00.000Z', confirmedBy: 'owner' }
  const reason = 'My daughter keeps using the same band and the same streaming subscription, so we leave them as they are for now.'
  run.steps['unpair-wearables'] = { status: 'skipped', at: '2025-06-03T09:10:00.000Z', reason }
  run.steps['cancel-subscriptions'] = { status: 'skipped', at: '2025-06-03T09:11:00.000Z', reason }
  const steps = offboarding.steps as Record<StepId, { title: string }>
  const sample = sampleSubject()
  const record = subjectRecordFromRun(run, { ...sample.device, id: run.deviceId, nickname: 'x', romRegion: 'EEA', colourStorage: '', ownerId: null, purchaseDate: '', accountHint: '', notes: '', status: 'ready', createdAt: FACTS.issuedAt.toISOString(), updatedAt: FACTS.issuedAt.toISOString(), schemaVersion: 1 }, (id) => steps[id].title, 'All backups skipped')
  return {
    ...sample,
    ...record,
    destination: 'passed-to-family',
    preparer: { name: 'Maximiliane Wolkenstein-Beispielhausen', contact: 'maximiliane.wolkenstein@example.test' },
    recipient: { name: 'Konstantin Wolkenstein-Beispielhausen' }
  }
}

function pdftotext(pdf: Uint8Array): string {
  const file = path.join(tempDir(), 'c.pdf')
  fs.writeFileSync(file, pdf)
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
}

function decodeQrFromPdf(pdf: Uint8Array, dpi: number): string | null {
  const dir = tempDir()
  fs.writeFileSync(path.join(dir, 'c.pdf'), pdf)
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', path.join(dir, 'c.pdf'), path.join(dir, 'page')])
  const png = PNG.sync.read(fs.readFileSync(path.join(dir, 'page.png')))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null
}

describe('the printed certificate (Chromium)', () => {
  it('fits one page on A4 and on US Letter for a long run with long names and skip reasons', async () => {
    const key = await freshKey()
    const subject = longSubject()
    const signed = signCertificate(buildCertificateContent(subject, FACTS), key)
    const svg = await qrSvg(encodeQrPayload(sealedPart(signed)))
    for (const paperSize of ['A4', 'Letter'] as const) {
      const pdf = await printPdf(await renderCertificateHtml(signedContent(signed), { paperSize, fingerprint: key.fingerprint, qrSvg: svg }), paperSize)
      const document = await PDFDocument.load(pdf)
      expect(document.getPageCount(), paperSize).toBe(1)
      const { width, height } = document.getPage(0).getSize()
      expect([Math.round(width), Math.round(height)]).toEqual(paperSize === 'A4' ? [595, 842] : [612, 792])
    }
  }, 60_000)

  it('prints every required part, readable as text, and a QR code that decodes to the payload', async () => {
    const key = await freshKey()
    const signed = signCertificate(buildCertificateContent(sampleSubject({ identifiers: 'masked' }), FACTS), key)
    const payload = encodeQrPayload(sealedPart(signed))
    const html = await renderCertificateHtml(signedContent(signed), { paperSize: 'A4', fingerprint: key.fingerprint, qrSvg: await qrSvg(payload) })
    const pdf = await printPdf(html, 'A4')
    const text = pdftotext(pdf).replace(/\s+/g, ' ')
    for (const expected of [
      FACTS.id,
      'Redmi Note 13 Pro',
      `***********${IMEI_1.slice(-4)}`,
      'Turn off Find device',
      'Unpair wearables',
      'Reason: The band goes with the phone',
      'Read from the phone over USB',
      'Prepared by (signature and date)',
      'Received by (signature and date)',
      key.fingerprint,
      'tamper-evident, not proof of identity',
      'Europe/Berlin, UTC+02:00'
    ]) {
      expect(text, expected).toContain(expected)
    }
    expect(text).not.toContain(IMEI_1)
    expect(decodeQrFromPdf(pdf, 200)).toBe(payload)
  }, 60_000)
})
