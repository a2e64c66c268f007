import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createServices } from '@main/services/create-services'
import { createHouseholdService } from '@main/services/household-service'
import type { Vault } from '@main/services/ports'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createTestPorts } from '@harness/ports/test-ports'
import { madeUpImei, madeUpPhone } from '@harness/data/made-up-phones'
import { snapshotFolder, tempDir } from '../../support/temp-dir'
import { exportedArchive } from '@harness/services/through-dialogs'
import { createScriptedDialogs } from '@harness/ports/scripted-dialogs'

/** A keyring that can be locked: while locked, decrypt rejects the way safeStorage's async API does. */
function lockableVault() {
  let locked = false
  const vault: Vault = {
    status: () => ({ encrypted: true, backend: 'lockable (test)' }),
    encrypt: async (plain) => {
      if (locked) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
      return 'enc:' + Buffer.from(plain).toString('base64')
    },
    decrypt: async (stored) => {
      if (locked) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
      return Buffer.from(stored.slice(4), 'base64').toString('utf8')
    }
  }
  return { vault, lock: () => void (locked = true), unlock: () => void (locked = false) }
}

const household = (dataDir: string, vault: Vault) =>
  createHouseholdService({ dataDir, storage: createConfStorage(), vault, clock: { now: () => new Date('2026-02-02T10:00:00Z') } })

async function threePhones(dataDir: string, vault: Vault): Promise<string[]> {
  const first = household(dataDir, vault)
  await first.load()
  const ids: string[] = []
  for (const [index, imei] of ['86000011112222', '86000033334444', '86000055556666'].entries()) {
    ids.push(
      (await first.create(madeUpPhone({ nickname: `Phone ${index}`, serial: `TESTSERIAL000${index}`, imei1: madeUpImei(imei), imei2: '' })))
        .id
    )
  }
  return ids
}

describe('a locked keyring', () => {
  it('keeps every phone file in place, reports the phones as locked, and shows them again once unlocked', async () => {
    const dataDir = tempDir()
    const keyring = lockableVault()
    const ids = await threePhones(dataDir, keyring.vault)
    const before = snapshotFolder(dataDir)

    keyring.lock()
    const locked = household(dataDir, keyring.vault)
    const whileLocked = await locked.load()
    expect(whileLocked.devices).toEqual([])
    expect(whileLocked.quarantinedNow).toEqual([])
    expect(whileLocked.locked).toEqual({ count: 3 })
    expect(existsSync(join(dataDir, 'quarantine'))).toBe(false)
    expect(snapshotFolder(dataDir)).toEqual(before)

    keyring.unlock()
    // "Try again" re-reads the locked phones without a restart.
    const retried = await locked.retryLocked()
    expect(retried.locked).toBeNull()
    expect(retried.devices.map((d) => d.id).sort()).toEqual([...ids].sort())
    const restarted = await household(dataDir, keyring.vault).load()
    expect(restarted.devices).toHaveLength(3)
    expect(readdirSync(join(dataDir, 'devices')).sort()).toEqual(ids.map((id) => `${id}.json`).sort())
  })

  it('still quarantines a damaged file while the keyring is locked', async () => {
    const dataDir = tempDir()
    const keyring = lockableVault()
    await threePhones(dataDir, keyring.vault)
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(dataDir, 'devices', 'not-json.json'), '{"id": "cut off')
    keyring.lock()
    const loaded = await household(dataDir, keyring.vault).load()
    expect(loaded.locked?.count).toBe(3)
    expect(loaded.quarantinedNow.map((q) => q.originalPath)).toEqual([join('devices', 'not-json.json')])
  })

  it('an export while phones are locked refuses rather than leave them out', async () => {
    const dataDir = tempDir()
    const keyring = lockableVault()
    const seed = await createServices(dataDir, '1.0.0-test', createTestPorts({ vault: keyring.vault }))
    await seed.household.create(madeUpPhone())
    keyring.lock()
    const dialogs = createScriptedDialogs()
    const services = await createServices(dataDir, '1.0.0-test', createTestPorts({ vault: keyring.vault, dialogs }))
    expect(services.household.current().locked?.count).toBe(1)
    await expect(exportedArchive(services.archive, dialogs)).rejects.toThrow(/keyring/i)
  })
})
