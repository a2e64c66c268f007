import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { certificateStore } from '@main/services/certificate/certificate-store'
import { verifySignedCertificate } from '@main/services/certificate/seal'
import { ARCHIVE_FORMAT } from '@shared/archive/format'
import { ServiceError } from '@shared/result'
import { madeUpImei, madeUpPhone } from '@harness/data/made-up-phones'
import { runWithEnglishUsbText, STORED_USB_EVIDENCE, STORED_USB_LINE } from '@harness/data/run-with-english-usb-text'
import { fillHousehold, servicesAt } from '@harness/data/full-household'
import { snapshotFolder, tempDir } from '@test/support/temp-dir'
import { exportedArchive, openedImport } from '@harness/services/through-dialogs'
import { encryptArchive } from '@main/services/archive/archive-crypto'
import { SCRYPT_LOG_N } from '@shared/archive/envelope'
import { englishErrorText } from '@test/support/english'

const english = await englishErrorText()

/** An archive's text protected by a passphrase as File › Export… protects it, with a cheaper scrypt to keep the test quick. */
async function protectedArchive(text: string, passphrase: string): Promise<string> {
  return JSON.stringify(await encryptArchive(text, passphrase, SCRYPT_LOG_N.min))
}

function withoutVolatile(snapshot: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(snapshot).filter(([path]) => !path.startsWith('backups')))
}

async function problem(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ServiceError) return error
    throw error
  }
  throw new Error('expected a ServiceError')
}

describe('archive export and import', () => {
  it('brings every record back into an empty data folder, and a second import changes nothing', async () => {
    const dataDir = tempDir()
    const scratch = tempDir()
    const { services, dialogs } = await servicesAt(dataDir)
    const ids = await fillHousehold(services, dialogs, scratch)
    const before = await exportedArchive(services.archive, dialogs)
    const runBefore = services.runs.get(ids.sold)

    for (const protectedFile of [false, true]) {
      const file = join(scratch, `all-${protectedFile}.handover`)
      writeFileSync(file, protectedFile ? await protectedArchive(before, 'correct horse battery') : before)
      const emptyDir = tempDir()
      const fresh = await servicesAt(emptyDir)
      const opened = await openedImport(fresh.services.archive, fresh.dialogs, file)
      expect(opened.protected).toBe(protectedFile)
      const preview = await fresh.services.archive.previewImport(opened.token, protectedFile ? 'correct horse battery' : undefined)
      expect(preview.counts.devices).toEqual({ added: 3, updated: 0, unchanged: 0 })
      expect(preview.counts.certificates.added).toBe(1)
      expect(preview.changes).toBe(2 + 3 + 2 + 1 + 1)
      expect(await fresh.services.archive.applyImport(opened.token)).toEqual({ changes: 9 })

      expect(
        fresh.services.household
          .current()
          .devices.map((d) => d.nickname)
          .sort()
      ).toEqual(['Kitchen POCO', 'Old Redmi', 'Spare Xiaomi'])
      expect(fresh.services.household.reveal(ids.sold).imei1).toBe(madeUpPhone().imei1)
      expect(fresh.services.runs.get(ids.sold)).toEqual(runBefore)
      expect(fresh.services.attachments.list(ids.sold)).toHaveLength(1)
      expect((await fresh.services.certificates.view(ids.certificateId)).certificate.id).toBe(ids.certificateId)
      const { signed } = await certificateStore(fresh.services.ports.storage, fresh.services.ports.vault, emptyDir).load(ids.certificateId)
      expect(verifySignedCertificate(signed, signed.publicKey)).toMatchObject({ valid: true })

      const settled = withoutVolatile(snapshotFolder(emptyDir))
      const again = await openedImport(fresh.services.archive, fresh.dialogs, file)
      const second = await fresh.services.archive.previewImport(again.token, protectedFile ? 'correct horse battery' : undefined)
      expect(second.changes).toBe(0)
      expect(await fresh.services.archive.applyImport(again.token)).toEqual({ changes: 0 })
      expect(withoutVolatile(snapshotFolder(emptyDir))).toEqual(settled)
    }
  })

  it('matches a phone by IMEI or serial instead of adding a duplicate, and moves its run along', async () => {
    const source = await servicesAt(tempDir())
    const scratch = tempDir()
    const ids = await fillHousehold(source.services, source.dialogs, scratch)
    const file = join(scratch, 'a.handover')
    writeFileSync(file, await exportedArchive(source.services.archive, source.dialogs))

    const target = await servicesAt(tempDir())
    const local = await target.services.household.create(madeUpPhone({ nickname: 'Same phone, other id', serial: '' }))
    const bySerial = await target.services.household.create(
      madeUpPhone({ nickname: 'By serial', serial: 'testserial0002', imei1: '', imei2: '' })
    )
    const opened = await openedImport(target.services.archive, target.dialogs, file)
    const preview = await target.services.archive.previewImport(opened.token)
    expect(preview.counts.devices).toEqual({ added: 1, updated: 2, unchanged: 0 })
    await target.services.archive.applyImport(opened.token)
    const devices = target.services.household.current().devices
    expect(devices).toHaveLength(3)
    expect(devices.find((d) => d.id === local.id)?.nickname).toBe('Old Redmi')
    expect(devices.find((d) => d.id === bySerial.id)?.nickname).toBe('Kitchen POCO')
    expect(target.services.runs.get(local.id)?.finishedAt).not.toBeNull()
    expect(target.services.runs.get(ids.sold)).toBeNull()
    expect(target.services.certificates.listForDevice(local.id)).toHaveLength(1)
  })

  it('refuses a broken archive naming record and field, and changes nothing', async () => {
    const dataDir = tempDir()
    const scratch = tempDir()
    const { services, dialogs } = await servicesAt(dataDir)
    await fillHousehold(services, dialogs, scratch)
    const archive = JSON.parse(await exportedArchive(services.archive, dialogs)) as { records: { devices: Array<Record<string, unknown>> } }
    const index = archive.records.devices.findIndex((d) => d['nickname'] === 'Kitchen POCO')
    archive.records.devices[index]['imei1'] = madeUpImei('86000022223333').slice(0, 14) + '0'
    const file = join(scratch, 'broken.handover')
    writeFileSync(file, JSON.stringify(archive))
    const target = await servicesAt(tempDir())
    const before = snapshotFolder(dataDir)
    const opened = await openedImport(target.services.archive, target.dialogs, file)
    const error = await problem(target.services.archive.previewImport(opened.token))
    expect(error.code).toBe('invalid-input')
    expect(english(error.appError())).toContain(`Phone ${index + 1} (“Kitchen POCO”), field imei1: The last digit should be`)
    expect(error.details?.[0]?.path).toBe(`devices[${index}].imei1`)
    expect(snapshotFolder(dataDir)).toEqual(before)
    await expect(target.services.archive.applyImport(opened.token)).rejects.toBeInstanceOf(ServiceError)
    expect(target.services.household.current().devices).toHaveLength(0)
  })

  it('says when the passphrase is wrong or missing', async () => {
    const { services, dialogs } = await servicesAt(tempDir())
    await services.household.create(madeUpPhone())
    const file = join(tempDir(), 'p.handover')
    writeFileSync(file, await protectedArchive(await exportedArchive(services.archive, dialogs), 'right passphrase'))
    expect(readFileSync(file, 'utf8')).not.toContain(madeUpPhone().imei1)
    const opened = await openedImport(services.archive, dialogs, file)
    expect(english((await problem(services.archive.previewImport(opened.token))).appError())).toBe(
      'This archive is protected: enter its passphrase.'
    )
    const wrong = await problem(services.archive.previewImport(opened.token, 'wrong passphrase'))
    expect(english(wrong.appError())).toBe('The passphrase is wrong, or the file was changed after it was written.')
    expect(wrong.details?.[0]?.path).toBe('passphrase')
  })

  it('migrates a version 1 archive and refuses a newer version by number', async () => {
    const { services, dialogs } = await servicesAt(tempDir())
    const dir = tempDir()
    const v1 = {
      format: ARCHIVE_FORMAT,
      version: 1,
      manifest: { createdAt: '2025-01-01T00:00:00.000Z', appVersion: '0.0.1', counts: { members: 0, devices: 0 } },
      records: { members: [], devices: [] }
    }
    writeFileSync(join(dir, 'v1.handover'), JSON.stringify(v1))
    const preview = await services.archive.previewImport((await openedImport(services.archive, dialogs, join(dir, 'v1.handover'))).token)
    expect(preview.migratedFrom).toBe(1)
    writeFileSync(join(dir, 'v9.handover'), JSON.stringify({ ...v1, version: 9 }))
    const error = await problem(
      services.archive.previewImport((await openedImport(services.archive, dialogs, join(dir, 'v9.handover'))).token)
    )
    expect(english(error.appError())).toContain('archive version 9')
  })

  it('migrates a version 2 archive whose run kept English USB text, and the run reads with that text', async () => {
    const seed = await servicesAt(tempDir())
    const phone = await seed.services.household.create(madeUpPhone())
    await seed.services.runs.start(phone.id, 'sell')
    const current = JSON.parse(await exportedArchive(seed.services.archive, seed.dialogs)) as { records: { runs: unknown[] } }
    const run = runWithEnglishUsbText(phone.id, '2025-06-01T09:00:00.000Z', '2025-06-01T09:05:00.000Z')
    const v2 = { ...current, version: 2, records: { ...current.records, runs: [run] } }
    const dir = tempDir()
    writeFileSync(join(dir, 'v2.handover'), JSON.stringify(v2))
    const { services, dialogs } = await servicesAt(tempDir())
    const { token } = await openedImport(services.archive, dialogs, join(dir, 'v2.handover'))
    expect((await services.archive.previewImport(token)).migratedFrom).toBe(2)
    await services.archive.applyImport(token)
    expect(services.runs.get(phone.id)?.steps['xiaomi-sign-out']).toMatchObject({ confirmedBy: 'usb', evidence: STORED_USB_EVIDENCE })
    expect(services.runs.get(phone.id)?.journal).toContainEqual({
      kind: 'usb-check',
      at: '2025-06-01T09:05:00.000Z',
      summary: STORED_USB_LINE
    })
  })

  it('writes the CSV inventory without identifiers unless asked, and defuses formulas', async () => {
    const dataDir = tempDir()
    const { services, dialogs } = await servicesAt(dataDir)
    await services.household.create(madeUpPhone({ nickname: '=HYPERLINK("x")' }))
    const out = tempDir()
    dialogs.answerSave(join(out, 'plain.csv'))
    await services.archive.exportCsv(false)
    dialogs.answerSave(join(out, 'secret.csv'))
    await services.archive.exportCsv(true)
    const plain = readFileSync(join(out, 'plain.csv'), 'utf8')
    expect(plain).not.toContain(madeUpPhone().imei1)
    expect(plain).not.toContain(madeUpPhone().serial)
    expect(plain).toContain(`"'=HYPERLINK(""x"")"`)
    expect(readFileSync(join(out, 'secret.csv'), 'utf8')).toContain(madeUpPhone().imei1)
  })

  it('rolls an import back when a write fails, leaving no staging behind', async () => {
    const dataDir = tempDir()
    const scratch = tempDir()
    const source = await servicesAt(tempDir())
    await fillHousehold(source.services, source.dialogs, scratch)
    const file = join(scratch, 'a.handover')
    writeFileSync(file, await exportedArchive(source.services.archive, source.dialogs))
    const { services, dialogs } = await servicesAt(dataDir)
    await services.household.create(madeUpPhone({ nickname: 'Local only', serial: '', imei1: madeUpImei('35111122223333'), imei2: '' }))
    const opened = await openedImport(services.archive, dialogs, file)
    await services.archive.previewImport(opened.token)
    const before = withoutVolatile(snapshotFolder(dataDir))
    const original = services.ports.vault.encrypt
    let calls = 0
    services.ports.vault.encrypt = async (plain) => {
      calls += 1
      if (calls > 3) throw new Error('disk full')
      return original(plain)
    }
    const error = await problem(services.archive.applyImport(opened.token))
    services.ports.vault.encrypt = original
    expect(error.code).toBe('storage-failed')
    expect(withoutVolatile(snapshotFolder(dataDir))).toEqual(before)
    expect(existsSync(join(dataDir, '.staging'))).toBe(false)
    rmSync(file)
    expect(readdirSync(join(dataDir, 'backups')).some((name) => name.endsWith('_before-import'))).toBe(true)
  })
})
