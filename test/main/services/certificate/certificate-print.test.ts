import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import jsQR from 'jsqr'
import { PDFDocument } from 'pdf-lib'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { renderCertificateHtml } from '@main/services/certificate/certificate-html'
import { CHROMIUM_LAUNCH_OPTIONS } from '@e2e/support/chromium-launch'
import { chromiumPdfPrinter } from '@harness/ports/chromium-pdf-printer'
import { qrSvg } from '@main/services/certificate/qr-code'
import { sealedPart, signCertificate, signedContent } from '@main/services/certificate/seal'
import { buildCertificateContent } from '@shared/certificate/build'
import { encodeQrPayload } from '@shared/certificate/qr-payload'
import { FACTS, IMEI_1, sampleSubject } from '@test/shared/certificate/sample-subject'
import { longSubject } from './long-subject'
import { freshKey, tempDir } from './key-fixture'

/** Spanish as English pseudo-translated 30% longer: the second language of the bilingual worst case. */
vi.mock('@shared/i18n/catalogues', async (importOriginal) =>
  (await import('@test/support/pseudo-catalogue')).withPseudoLanguage(await importOriginal(), 'es', 0.3)
)

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS)
})
afterAll(async () => {
  await browser?.close()
})

const printPdf = (html: string, pageSize: 'A4' | 'Letter'): Promise<Uint8Array> => chromiumPdfPrinter(browser).htmlToPdf(html, { pageSize })

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
      const pdf = await printPdf(
        await renderCertificateHtml(signedContent(signed), { paperSize, fingerprint: key.fingerprint, qrSvg: svg }),
        paperSize
      )
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
    const html = await renderCertificateHtml(signedContent(signed), {
      paperSize: 'A4',
      fingerprint: key.fingerprint,
      qrSvg: await qrSvg(payload)
    })
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

  it('fits one page in two languages, 30% longer, with Chinese, Hindi and Arabic names, and its QR code still decodes', async () => {
    const key = await freshKey()
    const subject = {
      ...longSubject(),
      languages: ['en' as const, 'es' as const],
      preparer: { name: 'राहुल कुमार शर्मा श्रीवास्तव', contact: '王小明 · wang.xiaoming@example.test' },
      recipient: { name: 'محمد عبد الله الهاشمي' }
    }
    const signed = signCertificate(buildCertificateContent(subject, FACTS), key)
    const payload = encodeQrPayload(sealedPart(signed))
    for (const paperSize of ['A4', 'Letter'] as const) {
      const pdf = await printPdf(
        await renderCertificateHtml(signedContent(signed), { paperSize, fingerprint: key.fingerprint, qrSvg: await qrSvg(payload) }),
        paperSize
      )
      expect((await PDFDocument.load(pdf)).getPageCount(), paperSize).toBe(1)
      const text = pdftotext(pdf).replace(/\s+/g, ' ')
      expect(text).toContain('⟦es Handover certificate')
      expect(text).toContain('王小明')
      expect(decodeQrFromPdf(pdf, 200), paperSize).toBe(payload)
    }
  }, 60_000)
})
