import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Vault } from '@main/services/ports'
import { listQuarantine } from '@main/services/quarantine'
import { ServiceError } from '@shared/result'
import { DEVICE_ID, REQUEST, testService } from './service-fixture'

const code = (error: unknown) => (error instanceof ServiceError ? error.code : String(error))

describe('certificate store: one rule for bad records', () => {
  it('moves a damaged certificate file to quarantine, as phones, runs and attachments do, and lists the rest', async () => {
    const { service, dataDir } = testService()
    const kept = await service.issue(REQUEST)
    const damaged = await service.issue(REQUEST)
    const file = path.join(dataDir, 'certificates', DEVICE_ID, `${damaged.certificate.id}.json`)
    fs.writeFileSync(file, '{"schemaVersion": 1, "id": "cut')
    const bytes = fs.readFileSync(file)

    const again = testService({ dataDir })
    expect(again.service.listForDevice(DEVICE_ID).map((c) => c.id)).toEqual([kept.certificate.id])
    expect(fs.existsSync(file)).toBe(false)
    const [entry] = await listQuarantine(dataDir)
    expect(entry).toMatchObject({
      originalPath: path.join('certificates', DEVICE_ID, `${damaged.certificate.id}.json`),
      problem: { code: 'not-json' }
    })
    expect(fs.readFileSync(path.join(dataDir, 'quarantine', entry.file))).toEqual(bytes)
  })

  it('says the keyring is locked, rather than "not found", when the vault will not decrypt, and keeps the file', async () => {
    let locked = false
    const vault: Vault = {
      status: () => ({ encrypted: true, backend: 'lockable (test)' }),
      encrypt: async (plain) => 'enc:' + plain,
      decrypt: async (stored) => {
        if (locked) throw new Error('keyring locked')
        return stored.slice(4)
      }
    }
    const { service, dataDir } = testService({ vault })
    const issued = await service.issue(REQUEST)
    locked = true
    await expect(testService({ dataDir, vault }).service.view(issued.certificate.id)).rejects.toSatisfy(
      (error) => code(error) === 'unavailable'
    )
    expect(fs.existsSync(path.join(dataDir, 'certificates', DEVICE_ID, `${issued.certificate.id}.json`))).toBe(true)
    expect(await listQuarantine(dataDir)).toEqual([])
  })
})
