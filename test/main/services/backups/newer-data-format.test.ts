import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_FORMAT_VERSION } from '@main/services/backups/data-format'
import { ServiceError } from '@shared/result'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { servicesAt } from '@harness/data/full-household'
import { snapshotFolder, tempDir } from '@test/support/temp-dir'

const code = (error: unknown) => (error instanceof ServiceError ? error.code : String(error))

describe('data written by a newer Handover', () => {
  it('opens read-only, says which version wrote it, and neither moves, cleans nor writes anything', async () => {
    const dataDir = tempDir()
    const { services: seed } = await servicesAt(dataDir)
    const phone = await seed.household.create(madeUpPhone())
    // What a newer Handover leaves: its marker, a record this version cannot parse, a temp file of its own.
    writeFileSync(join(dataDir, 'data-format.json'), JSON.stringify({ version: DATA_FORMAT_VERSION + 1, writtenBy: '9.1.0' }))
    writeFileSync(join(dataDir, 'devices', '0b7d5c1a-2f3e-4a5b-8c6d-7e8f9a0b1c2d.json'), JSON.stringify({ schemaVersion: 7, shape: 'new' }))
    writeFileSync(join(dataDir, 'devices', `${phone.id}.json.tmp-1234567890abcdef`), 'partial')
    const before = snapshotFolder(dataDir)

    const { services } = await servicesAt(dataDir)
    const loaded = services.household.current()
    expect(loaded.readOnly).toEqual({ writtenBy: '9.1.0', format: DATA_FORMAT_VERSION + 1, reads: DATA_FORMAT_VERSION })
    expect(loaded.devices.map((d) => d.id)).toEqual([phone.id])
    expect(loaded.quarantinedNow).toEqual([expect.objectContaining({ problem: { code: 'wrong-format' }, leftInPlace: true })])
    expect(existsSync(join(dataDir, 'quarantine'))).toBe(false)

    await expect(services.household.create(madeUpPhone({ serial: '', imei1: '', imei2: '' }))).rejects.toSatisfy(
      (error) => code(error) === 'conflict'
    )
    expect(() => services.household.addMember('Sam Sample')).toThrow(/newer/)
    await expect(services.household.remove(phone.id)).rejects.toThrow(/newer/)
    await expect(services.runs.start(phone.id, 'sell')).rejects.toThrow(/newer/)
    expect(await services.backups.maybeDaily()).toBeNull()
    expect(snapshotFolder(dataDir)).toEqual(before)
  })

  it('this version marks the folder with its own version', async () => {
    const dataDir = tempDir()
    await servicesAt(dataDir)
    const { readFileSync } = await import('node:fs')
    expect(JSON.parse(readFileSync(join(dataDir, 'data-format.json'), 'utf8'))).toEqual({
      version: DATA_FORMAT_VERSION,
      writtenBy: '1.0.0-test'
    })
  })
})
