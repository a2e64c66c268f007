import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { extractCertificateJson } from '@main/services/certificate/pdf-attachment'
import { encodeQrPayload } from '@shared/certificate/qr-payload'
import offboarding from '@shared/locales/en/offboarding.json' with { type: 'json' }
import { stepsOf } from '@shared/offboarding/catalogue'
import { expect, test, type AppPage } from './fixtures'
import { addPhone } from './support/add-phone'
import { finishSellRun } from './support/finish-sell-run'
import { madeUpImei } from './support/made-up'
import { typeInto } from './support/typing'

const IMEI = madeUpImei('86123405678901')
const MARKET_NAME = 'Redmi Note 13 Pro'
const title = (id: keyof typeof offboarding.steps) => offboarding.steps[id].title

async function issue(app: AppPage, options: { identifiers: string; paper: string; snap?: string }): Promise<string> {
  await app.getByRole('button', { name: 'Issue a handover certificate' }).click()
  const form = app.getByRole('dialog', { name: 'Issue a handover certificate' })
  await typeInto(form.getByLabel('Your name (preparing the phone)'), 'Alex Example')
  await typeInto(form.getByLabel('Your contact (phone or e-mail, optional)'), 'alex@example.test')
  await typeInto(form.getByLabel('Recipient’s name (optional)'), 'Sam Buyer')
  await form.getByRole('radio', { name: 'Sold' }).check()
  await form.getByRole('radio', { name: options.identifiers }).check()
  await form.getByRole('radio', { name: options.paper }).check()
  await form.getByRole('button', { name: 'Preview' }).click()
  const preview = form.frameLocator('iframe[title="Certificate preview"]')
  await expect(preview.getByText('Preview — not issued yet')).toBeVisible()
  await expect(preview.getByRole('heading', { name: 'Handover certificate' })).toBeVisible()
  if (options.snap) await app.snap(options.snap)
  await form.getByRole('button', { name: 'Issue certificate' }).click()
  const viewer = app.getByRole('dialog', { name: /^Handover certificate: Sold, issued / })
  await expect(viewer).toBeVisible()
  const id = (await viewer.getByText(/^Certificate ID /).textContent())!.replace('Certificate ID ', '')
  await expect(viewer.getByRole('status')).toHaveText(`Certificate ${id} issued.`)
  return id
}

async function savePdf(app: AppPage, target: string): Promise<void> {
  const viewer = app.getByRole('dialog', { name: /^Handover certificate: / })
  await app.dialogs.answerSave(target)
  await viewer.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(viewer.getByRole('status')).toHaveText(`Saved to ${target}`)
}

const pdftotext = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

async function verifyFile(app: AppPage, file: string): Promise<void> {
  await app.dialogs.answerOpen([file])
  await app.getByRole('button', { name: 'Choose a certificate PDF…' }).click()
}

test('issue a certificate, save it as PDF, read it, scan its QR code and verify it; one changed byte is caught', async ({ app }) => {
  // typed key by key, including the QR text, on a machine shared with other runs
  test.setTimeout(120_000)
  const folder = mkdtempSync(join(tmpdir(), 'handover-certificate-'))
  await addPhone(app, { nickname: 'Sale phone', marketName: MARKET_NAME, modelNumber: '23117RA68G', imei1: IMEI })
  const phone = app.getByRole('list', { name: 'Phones in the household' }).getByRole('button', { name: 'Sale phone', exact: true })

  await phone.click()
  await expect(app.getByRole('heading', { name: 'Handover certificate', level: 2 })).toBeVisible()
  await expect(app.getByText('Start and finish the handover of this phone to issue its certificate.')).toBeVisible()
  await expect(app.getByRole('button', { name: 'Issue a handover certificate' })).toHaveCount(0)

  await finishSellRun(app)
  await app.getByRole('button', { name: /Back to phones/ }).click()
  await phone.click()
  const id = await issue(app, { identifiers: 'Full (the buyer can check the IMEI)', paper: 'A4', snap: 'certificate-form-preview' })
  await app.snap('certificate-issued-preview')

  if (app.services) {
    // Chromium tier: the test printer answers; in Electron the real system dialog would open.
    await app.getByRole('button', { name: 'Print…' }).click()
    await expect(app.getByRole('dialog', { name: /^Handover certificate: / }).getByRole('status')).toHaveText('Sent to the printer.')
  }
  const pdf = join(folder, 'certificate.pdf')
  await savePdf(app, pdf)

  // the text of the PDF: id, phone, IMEI as chosen, every performed step, both signature lines
  const text = pdftotext(pdf)
  const performed = stepsOf('sell').filter((step) => step.id !== 'hand-over' && step.id !== 'unpair-wearables')
  for (const expected of [
    id,
    MARKET_NAME,
    IMEI,
    ...performed.map((step) => title(step.id)),
    `${title('unpair-wearables')} Skipped`,
    'Reason: The band goes with the phone',
    'Prepared by (signature and date)',
    'Received by (signature and date)',
    'This certificate is tamper-evident, not proof of identity.'
  ]) {
    expect(text, expected).toContain(expected)
  }
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/)
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/)

  // one page rendered, and its QR code decodes to the seal carried by the attachment
  execFileSync('pdftoppm', ['-r', '150', '-png', pdf, join(folder, 'page')])
  const png = PNG.sync.read(readFileSync(join(folder, 'page-1.png')))
  copyFileSync(join(folder, 'page-1.png'), resolve('e2e/screenshots/certificate-pdf-page.png'))
  const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  const attached = JSON.parse((await extractCertificateJson(readFileSync(pdf)))!)
  expect(attached.content.id).toBe(id)
  expect(qr?.data).toBe(encodeQrPayload({ seal: attached.seal, signature: attached.signature, publicKey: attached.publicKey }))

  // the Verify screen: the PDF is valid and signed here
  await app.keyboard.press('Escape')
  await app.getByRole('button', { name: 'Verify a certificate' }).click()
  await expect(app.getByRole('heading', { name: 'Verify a certificate', level: 1 })).toBeVisible()
  await verifyFile(app, pdf)
  const verdict = app.getByRole('status').filter({ hasText: /valid/i })
  await expect(verdict).toContainText('Valid: this certificate has not been changed since it was issued.')
  await expect(verdict).toContainText('Signed by this installation’s key')
  await expect(verdict).toContainText(`Certificate ${id} · ${MARKET_NAME}`)
  await app.snap('certificate-verify-valid')

  // a copy with one changed byte in the attachment is reported as altered, naming the field
  const bytes = readFileSync(pdf)
  const at = bytes.indexOf(`"marketName":"${MARKET_NAME}"`) + `"marketName":"Redmi Note 1`.length
  expect(at).toBeGreaterThan(100)
  bytes[at] = '4'.charCodeAt(0)
  const altered = join(folder, 'altered.pdf')
  writeFileSync(altered, bytes)
  await verifyFile(app, altered)
  await expect(verdict).toContainText('Not valid: this certificate was altered or is damaged.')
  await expect(verdict).toContainText('The content differs from what was signed.')
  await expect(verdict).toContainText('What differs: phone › model name')
  await app.snap('certificate-verify-altered')

  // the QR text alone verifies too
  await typeInto(app.getByLabel('Text from the certificate’s QR code'), qr!.data)
  await app.getByRole('button', { name: 'Check QR text' }).click()
  await expect(verdict).toContainText('Valid: this certificate has not been changed since it was issued.')
  await expect(verdict).toContainText('The QR code carries the seal only')

  // the phone record lists the certificate; a masked, US Letter one can be issued too and reprinted
  await app.getByRole('button', { name: 'Phones' }).click()
  await phone.click()
  const issued = app.getByRole('list', { name: 'Certificates issued' })
  await expect(issued.getByRole('listitem')).toHaveCount(1)
  const maskedId = await issue(app, { identifiers: 'Partly masked (last four digits only)', paper: 'US Letter' })
  const maskedPdf = join(folder, 'masked.pdf')
  await savePdf(app, maskedPdf)
  const maskedText = pdftotext(maskedPdf)
  expect(maskedText).toContain(maskedId)
  expect(maskedText).toContain(`***********${IMEI.slice(-4)}`)
  expect(maskedText).not.toContain(IMEI)
  expect(execFileSync('pdfinfo', [maskedPdf], { encoding: 'utf8' })).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(letter\)/)
  await app.keyboard.press('Escape')

  await app.restart()
  await phone.click()
  await expect(issued.getByRole('listitem')).toHaveCount(2)
  await app.getByRole('heading', { name: 'Handover certificate', level: 2 }).scrollIntoViewIfNeeded()
  await app.snap('certificate-phone-record')
  await issued.getByRole('button', { name: `View certificate ${id.slice(0, 8)}` }).click()
  const reprint = app.getByRole('dialog', { name: /^Handover certificate: Sold, issued / }).filter({ hasText: id })
  await expect(reprint.frameLocator('iframe[title="Certificate preview"]').getByText(IMEI)).toBeVisible()
  await expect(reprint.getByRole('button', { name: 'Print…' })).toBeVisible()
  await app.snap('certificate-reprint')
})
