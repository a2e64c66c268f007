import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateHousehold, seededRandom, writeHouseholdFolder } from '@bench/household-generator'
import { createHouseholdService } from '@main/services/household-service'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createPlaintextVault } from '@harness/ports/plaintext-vault'
import { deviceSchema, memberSchema } from '@shared/device-schema'
import { imeiProblem } from '@shared/imei'
import { tempDir } from '../support/temp-dir'

describe('bench household generator', () => {
  it('gives the same household for the same seed and another for another seed', () => {
    expect(generateHousehold(50, 7)).toEqual(generateHousehold(50, 7))
    expect(generateHousehold(50, 8).devices.map((d) => d.imei1)).not.toEqual(generateHousehold(50, 7).devices.map((d) => d.imei1))
    const random = seededRandom(42)
    const values = Array.from({ length: 1000 }, random)
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    expect(new Set(values).size).toBe(1000)
  })

  it('makes valid records: Luhn-valid IMEIs, unique ids, owners from the household', () => {
    const { members, devices } = generateHousehold(2_000, 1)
    expect(devices).toHaveLength(2_000)
    for (const member of members) memberSchema.parse(member)
    const memberIds = new Set(members.map((m) => m.id))
    for (const device of devices) {
      expect(deviceSchema.parse(device)).toEqual(device)
      expect(imeiProblem(device.imei1)).toBeNull()
      if (device.imei2 !== '') expect(imeiProblem(device.imei2)).toBeNull()
      if (device.ownerId !== null) expect(memberIds.has(device.ownerId)).toBe(true)
      expect(device.updatedAt >= device.createdAt).toBe(true)
    }
    expect(new Set(devices.map((d) => d.id)).size).toBe(devices.length)
    expect(new Set(members.map((m) => m.name)).size).toBe(members.length)
    expect(new Set(devices.map((d) => d.brand))).toEqual(new Set(['Xiaomi', 'Redmi', 'POCO', 'other']))
  })

  it('writes a data folder the real household service loads whole, with sensitive fields sealed', async () => {
    const dir = tempDir()
    const household = generateHousehold(30, 3)
    await writeHouseholdFolder(dir, household, createPlaintextVault())
    const withImei = household.devices.find((d) => d.imei1 !== '')!
    expect(readFileSync(join(dir, 'devices', `${withImei.id}.json`), 'utf8')).toContain(`"plain:${withImei.imei1}"`)
    const service = createHouseholdService({
      dataDir: dir,
      storage: createConfStorage(),
      vault: createPlaintextVault(),
      clock: { now: () => new Date() }
    })
    const loaded = await service.load()
    expect(loaded.quarantinedNow).toEqual([])
    expect(loaded.members).toEqual(household.members)
    expect(loaded.devices).toHaveLength(30)
    for (const device of household.devices) expect(service.get(device.id)).toEqual(device)
  })
})
