import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { renderCertificateHtml } from '@main/services/certificate/certificate-html'
import { attachCertificateJson } from '@main/services/certificate/pdf-attachment'
import { signedContent, verifySealed, verifySignedCertificate } from '@main/services/certificate/seal'
import { canonicalJson } from '@shared/certificate/canonical'
import { decodeQrPayload } from '@shared/certificate/qr-payload'
import { catalogueText } from '@harness/data/catalogue-text'
import { verifiedPdf } from '@harness/services/through-dialogs'
import { fakePdfPrinter, testService } from './service-fixture'

const FIXTURES = path.join(__dirname, '../../../fixtures/certificate')
const v1 = (): Record<string, unknown> & { content: Record<string, unknown>; seal: Record<string, unknown> } =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, 'v1-signed.json'), 'utf8'))
const OWN_KEY = 'A'.repeat(43)

describe('a certificate of format 1 (issued before certificates had languages)', () => {
  it('still verifies, as signed by another installation', () => {
    expect(v1().format).toBe('handover-certificate/1')
    expect(verifySignedCertificate(v1(), OWN_KEY)).toMatchObject({
      valid: true,
      signedHere: false,
      summary: { id: '3f1c2b9e-4d5a-4e6f-8a7b-9c0d1e2f3a4b' }
    })
  })

  it('still names a changed field, and refuses a format that disagrees with its seal', () => {
    const altered = v1()
    altered.content.language = 'ru'
    expect(verifySignedCertificate(altered, OWN_KEY)).toMatchObject({ valid: false, problem: 'altered', fields: ['language'] })
    const relabelled = v1()
    relabelled.format = 'handover-certificate/2'
    expect(verifySignedCertificate(relabelled, OWN_KEY)).toMatchObject({ valid: false, problem: 'malformed', fields: ['format'] })
    const resealed = v1()
    resealed.seal.format = 'handover-certificate/2'
    expect(verifySignedCertificate(resealed, OWN_KEY)).toMatchObject({ valid: false })
  })

  it('its QR text still verifies', () => {
    const decoded = decodeQrPayload(fs.readFileSync(path.join(FIXTURES, 'v1-qr.txt'), 'utf8'))
    expect(decoded.ok).toBe(true)
    if (decoded.ok) expect(verifySealed(decoded.sealed, OWN_KEY)).toMatchObject({ valid: true, source: 'qr' })
  })

  it('verifies as a PDF and is shown in English, the language it was issued in', async () => {
    const { service, dialogs } = testService()
    const pdf = await attachCertificateJson(await fakePdfPrinter.htmlToPdf('x', { pageSize: 'A4' }), canonicalJson(v1()), {
      title: 'old',
      when: new Date()
    })
    const result = await verifiedPdf(service, dialogs, pdf)
    expect(result).toMatchObject({ valid: true, source: 'pdf', signedHere: false, certificate: { languages: ['en'] } })
    const html = result.valid ? (result.certificate?.html ?? '') : ''
    expect(html).toContain('<html lang="en">')
    expect(html).toContain(catalogueText('en', 'certificate', 'page.title'))
  })

  it('renders from its own content, with its steps as they were signed', async () => {
    const content = signedContent(v1() as never)
    const html = await renderCertificateHtml(content, { paperSize: 'A4', fingerprint: 'FFFF FFFF FFFF FFFF', qrSvg: '<svg></svg>' })
    expect(html).toContain('Turn off Find device')
    expect(html).toContain('English')
  })
})
