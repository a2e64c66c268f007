import fs from 'node:fs'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { extractCertificateJson } from '@main/services/certificate/pdf-attachment'
import type { Vault } from '@main/services/ports'
import { ServiceError } from '@shared/result'
import { IMEI_1, SERIAL, sampleSubject } from '@test/shared/certificate/sample-subject'
import { tempDir } from './key-fixture'
import { rotatingVault } from '@test/support/rotating-vault'
import { DEVICE_ID, REQUEST, testService } from './service-fixture'
import { savedPdf, verifiedPdf } from '@harness/services/through-dialogs'

const code = (error: unknown) => (error instanceof ServiceError ? error.code : String(error))

describe('certificate service', () => {
  it('says what the form may offer and what still blocks issuing', async () => {
    const { service } = testService()
    expect(await service.readiness(DEVICE_ID)).toEqual({ scenario: 'sell', destinations: ['sold', 'given-away'], pending: [] })
    const blocked = testService({
      record: () => {
        const { device, scenario, steps } = sampleSubject()
        steps[5] = { ...steps[5], status: 'pending' }
        return { device, scenario, steps }
      }
    })
    expect(await blocked.service.readiness(DEVICE_ID)).toMatchObject({
      pending: [{ id: 'xiaomi-sign-out', title: 'Sign out of the Xiaomi account' }]
    })
    await expect(blocked.service.issue(REQUEST)).rejects.toSatisfy((error) => code(error) === 'gate-locked')
    await expect(blocked.service.preview(REQUEST)).rejects.toSatisfy((error) => code(error) === 'gate-locked')
    expect(blocked.service.listForDevice(DEVICE_ID)).toEqual([])
    expect(await service.readiness('11111111-2222-4333-8444-555555555555')).toEqual({ scenario: null, destinations: [], pending: [] })
  })

  it('refuses a destination that does not fit the scenario', async () => {
    const { service } = testService()
    await expect(service.issue({ ...REQUEST, destination: 'recycled' })).rejects.toSatisfy((error) => code(error) === 'invalid-input')
  })

  it('previews without signing: no id, no QR code, a preview banner', async () => {
    const { service } = testService()
    const { html } = await service.preview(REQUEST)
    expect(html).toContain('Preview — not issued yet')
    expect(html).toContain('Assigned when issued')
    expect(html).not.toContain('<svg')
    expect(service.listForDevice(DEVICE_ID)).toEqual([])
  })

  it('issues, stores, lists and shows a certificate again', async () => {
    const { service, dataDir } = testService()
    const issued = await service.issue(REQUEST)
    expect(issued.certificate).toMatchObject({
      deviceId: DEVICE_ID,
      issuedAt: '2025-06-03T12:05:00.000Z',
      destination: 'sold',
      paperSize: 'A4',
      identifiers: 'full'
    })
    expect(issued.html).toContain(issued.certificate.id)
    expect(issued.html).toContain('<svg')
    expect(fs.existsSync(path.join(dataDir, 'certificates', DEVICE_ID, `${issued.certificate.id}.json`))).toBe(true)
    const again = testService({ dataDir })
    expect(again.service.listForDevice(DEVICE_ID)).toEqual([issued.certificate])
    expect((await again.service.view(issued.certificate.id)).html).toBe(issued.html)
    await expect(again.service.view('11111111-2222-4333-8444-555555555555')).rejects.toSatisfy((error) => code(error) === 'not-found')
  })

  it('keeps IMEI and serial only through the vault in the certificate store', async () => {
    const vault: Vault = {
      status: () => ({ encrypted: true, backend: 'base64 (test)' }),
      encrypt: async (plain) => Buffer.from(plain).toString('base64'),
      decrypt: async (stored) => Buffer.from(stored, 'base64').toString()
    }
    const { service, dataDir } = testService({ vault })
    const issued = await service.issue(REQUEST)
    const file = fs.readFileSync(path.join(dataDir, 'certificates', DEVICE_ID, `${issued.certificate.id}.json`), 'utf8')
    expect(file).not.toContain(IMEI_1)
    expect(file).not.toContain(SERIAL)
    expect(issued.html).toContain(IMEI_1)
  })

  it('encrypts a stored certificate again when the vault asks, and it still shows the same', async () => {
    const vault = rotatingVault()
    const { service, dataDir } = testService({ vault })
    const issued = await service.issue(REQUEST)
    const file = path.join(dataDir, 'certificates', DEVICE_ID, `${issued.certificate.id}.json`)
    const sealed = () => (JSON.parse(fs.readFileSync(file, 'utf8')) as { sealed: string }).sealed
    expect(sealed()).toMatch(/^k1:/)
    vault.rotate()
    const again = testService({ dataDir, vault }).service
    const shown = await again.view(issued.certificate.id)
    expect(sealed()).toMatch(/^k2:/)
    expect(shown.html).toBe((await service.view(issued.certificate.id)).html)
  })

  it('lists newest first and leaves an unreadable certificate file alone', async () => {
    let now = new Date('2025-06-03T12:05:00.000Z')
    const { service, dataDir } = testService({ now: () => now })
    const first = await service.issue(REQUEST)
    now = new Date('2025-06-04T08:00:00.000Z')
    const second = await service.issue({ ...REQUEST, identifiers: 'masked' })
    const broken = path.join(dataDir, 'certificates', DEVICE_ID, 'not-a-certificate.json')
    fs.writeFileSync(broken, '{broken')
    expect(service.listForDevice(DEVICE_ID).map((item) => item.id)).toEqual([second.certificate.id, first.certificate.id])
    expect(fs.readFileSync(broken, 'utf8')).toBe('{broken')
  })

  it('saves a PDF where the user chose, with the signed content attached, and it verifies', async () => {
    const { service, dialogs } = testService()
    const { certificate } = await service.issue(REQUEST)
    const target = path.join(tempDir(), 'certificate.pdf')
    dialogs.answerSave(target)
    expect(await service.savePdf(certificate.id)).toEqual({ path: target })
    const bytes = fs.readFileSync(target)
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1)
    expect(JSON.parse((await extractCertificateJson(bytes))!).content.id).toBe(certificate.id)
    expect(await verifiedPdf(service, dialogs, bytes)).toMatchObject({ valid: true, signedHere: true, summary: { id: certificate.id } })
    dialogs.answerOpen([target])
    expect(await service.verifyFile()).toMatchObject({ valid: true })
    expect(await service.verifyFile()).toBeNull()
    expect(await service.savePdf(certificate.id)).toBeNull()
  })

  it('reports a PDF with one changed byte in the attachment as altered, naming the field', async () => {
    const { service, dialogs } = testService()
    const { certificate } = await service.issue(REQUEST)
    const bytes = Buffer.from(await savedPdf(service, dialogs, certificate.id))
    const at = bytes.indexOf('"marketName":"Redmi Note 13 Pro"') + '"marketName":"Redmi Note '.length
    expect(at).toBeGreaterThan(100)
    bytes[at] = '4'.charCodeAt(0)
    expect(await verifiedPdf(service, dialogs, bytes)).toMatchObject({ valid: false, problem: 'altered', fields: ['device.marketName'] })
  })

  it('verifies on another installation as valid but signed elsewhere', async () => {
    const here = testService()
    const { certificate } = await here.service.issue(REQUEST)
    const bytes = await savedPdf(here.service, here.dialogs, certificate.id)
    const elsewhere = testService()
    expect(await verifiedPdf(elsewhere.service, elsewhere.dialogs, bytes)).toMatchObject({ valid: true, signedHere: false })
  })

  it('says plainly when a file is not a certificate', async () => {
    const { service, dialogs } = testService()
    expect(await verifiedPdf(service, dialogs, new TextEncoder().encode('hello'))).toMatchObject({
      valid: false,
      problem: 'not-a-certificate'
    })
    const plain = await PDFDocument.create()
    plain.addPage()
    expect(await verifiedPdf(service, dialogs, await plain.save())).toMatchObject({ valid: false, problem: 'not-a-certificate' })
  })

  it('verifies the QR text of an issued certificate, and refuses it altered', async () => {
    const { service, dialogs } = testService()
    const { certificate, html } = await service.issue(REQUEST)
    const stored = JSON.parse((await extractCertificateJson(await savedPdf(service, dialogs, certificate.id)))!)
    const text = JSON.stringify({ seal: stored.seal, signature: stored.signature, publicKey: stored.publicKey })
    expect(await service.verifyText(text)).toMatchObject({
      valid: true,
      source: 'qr',
      signedHere: true,
      summary: { id: certificate.id, imei1: IMEI_1 }
    })
    expect(
      await service.verifyText(
        text.replace(
          IMEI_1,
          IMEI_1.replace(/.$/, (d) => String((Number(d) + 1) % 10))
        )
      )
    ).toMatchObject({ valid: false, problem: 'signature' })
    expect(await service.verifyText('hello')).toMatchObject({ valid: false, problem: 'not-a-certificate' })
    expect(html).toContain(stored.seal.key)
  })

  it("prints through the system printer on the certificate's paper size", async () => {
    const { service, printed } = testService()
    const { certificate } = await service.issue({ ...REQUEST, paperSize: 'Letter' })
    expect(await service.print(certificate.id)).toEqual({ printed: true })
    expect(printed).toHaveLength(1)
    expect(printed[0]).toMatchObject({ pageSize: 'Letter' })
    expect(printed[0].html).toContain('size: Letter')
  })

  it('previews in the chosen languages and names the scripts on the page that no installed font covers', async () => {
    const asked: string[][] = []
    const { service } = testService({
      fonts: { missing: async (scripts) => (asked.push([...scripts]), scripts.filter((script) => script === 'han')) }
    })
    const preview = await service.preview({
      ...REQUEST,
      languages: ['ru', 'en'],
      preparer: { name: '王小明', contact: '' },
      recipient: { name: 'राहुल' }
    })
    expect(preview.html).toContain('<html lang="ru">')
    expect(asked).toEqual([['han', 'devanagari', 'cyrillic']])
    expect(preview.missingScripts).toEqual(['han'])
    expect((await testService().service.preview(REQUEST)).missingScripts).toEqual([])
  })

  it('issues with its languages in the signed content, shows it in them, and refuses a language twice', async () => {
    const { service, dialogs } = testService()
    const issued = await service.issue({ ...REQUEST, languages: ['hi', 'es'] })
    expect(issued.html).toContain('<html lang="hi">')
    const pdf = await savedPdf(service, dialogs, issued.certificate.id)
    const attached = JSON.parse((await extractCertificateJson(pdf))!)
    expect(attached.format).toBe('handover-certificate/2')
    expect(attached.content.languages).toEqual(['hi', 'es'])
    expect(await verifiedPdf(service, dialogs, pdf)).toMatchObject({ valid: true, certificate: { languages: ['hi', 'es'] } })
    await expect(service.issue({ ...REQUEST, languages: ['es', 'es'] })).rejects.toThrow()
  })
})
