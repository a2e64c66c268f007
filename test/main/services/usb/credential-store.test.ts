import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Vault } from '@main/services/ports'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createPlaintextVault } from '@harness/ports/plaintext-vault'
import { ADB_KEY_DOCUMENT, createAppAdbKey } from '@main/services/usb/credential-store'
import { snapshotFolder, tempDir } from '@test/support/temp-dir'

const clock = { now: () => new Date('2026-11-23T10:00:00.000Z') }
const FINGERPRINT = /^([0-9A-F]{2}:){15}[0-9A-F]{2}$/

/** A vault whose ciphertext is recognisably not the plain text. */
function markedVault(): Vault & { encrypted: string[] } {
  const encrypted: string[] = []
  return {
    encrypted,
    status: () => ({ encrypted: true, backend: 'test' }),
    encrypt: async (plain) => {
      encrypted.push(plain)
      return `sealed:${Buffer.from(plain).reverse().toString('hex')}`
    },
    decrypt: async (stored) => {
      if (!stored.startsWith('sealed:')) throw new Error('not sealed')
      return Buffer.from(stored.slice(7), 'hex').reverse().toString()
    }
  }
}

describe("the app's ADB key, kept through the Vault", () => {
  it('is made once, kept only encrypted, and the same after a restart', async () => {
    const dir = tempDir('handover-adbkey-')
    const vault = markedVault()
    const first = await createAppAdbKey({ storage: createConfStorage(), vault, clock }, dir).fingerprint()
    expect(first).toMatch(FINGERPRINT)
    expect(vault.encrypted).toHaveLength(1)
    const file = readFileSync(`${dir}/${ADB_KEY_DOCUMENT}.json`, 'utf8')
    expect(file).not.toContain(vault.encrypted[0].slice(0, 40))
    const again = createAppAdbKey({ storage: createConfStorage(), vault, clock }, dir)
    expect(await again.fingerprint()).toBe(first)
    const stored = await again.generateKey()
    expect(Buffer.from(stored.buffer).toString('base64')).toBe(vault.encrypted[0])
    expect(vault.encrypted).toHaveLength(1)
  })

  it('"forget" makes a new key with a new fingerprint', async () => {
    const dir = tempDir('handover-adbkey-')
    const key = createAppAdbKey({ storage: createConfStorage(), vault: createPlaintextVault(), clock }, dir)
    const before = await key.fingerprint()
    await key.forget()
    const after = await key.fingerprint()
    expect(after).toMatch(FINGERPRINT)
    expect(after).not.toBe(before)
    expect(await createAppAdbKey({ storage: createConfStorage(), vault: createPlaintextVault(), clock }, dir).fingerprint()).toBe(after)
  })

  it('never replaces a key file it cannot read, nor one the Vault cannot open', async () => {
    const dir = tempDir('handover-adbkey-')
    writeFileSync(`${dir}/${ADB_KEY_DOCUMENT}.json`, '{"schemaVersion":1,"privateKey":42}')
    const before = snapshotFolder(dir)
    await expect(
      createAppAdbKey({ storage: createConfStorage(), vault: createPlaintextVault(), clock }, dir).fingerprint()
    ).rejects.toMatchObject({
      code: 'storage-failed'
    })
    expect(snapshotFolder(dir)).toEqual(before)

    const other = tempDir('handover-adbkey-')
    await createAppAdbKey({ storage: createConfStorage(), vault: createPlaintextVault(), clock }, other).fingerprint()
    const kept = snapshotFolder(other)
    await expect(createAppAdbKey({ storage: createConfStorage(), vault: markedVault(), clock }, other).fingerprint()).rejects.toMatchObject(
      { code: 'storage-failed' }
    )
    expect(snapshotFolder(other)).toEqual(kept)
  })
})
