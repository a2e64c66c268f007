import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyEd25519 } from '@main/services/certificate/ed25519'
import { KEY_DOCUMENT, loadSigningKey } from '@main/services/certificate/signing-key'
import type { Vault } from '@main/services/ports'
import { createConfStorage } from '@harness/ports/conf-storage'
import { ServiceError } from '@shared/result'
import { rotatingVault } from '@test/support/rotating-vault'
import { tempDir } from './key-fixture'

/** A vault whose output is recognisably not the input (reversed base64), to see what reaches the disk. */
const reversingVault: Vault = {
  status: () => ({ encrypted: true, backend: 'reversing (test)' }),
  encrypt: async (plain) => `rev:${[...Buffer.from(plain).toString('base64')].reverse().join('')}`,
  decrypt: async (stored) => Buffer.from([...stored.slice(4)].reverse().join(''), 'base64').toString()
}
const ports = { storage: createConfStorage(), vault: reversingVault, clock: { now: () => new Date('2025-06-03T12:00:00Z') } }

describe('loadSigningKey', () => {
  it('creates one Ed25519 key pair per installation and finds the same one again', async () => {
    const dir = tempDir()
    const first = await loadSigningKey(ports, dir)
    const again = await loadSigningKey(ports, dir)
    expect(again.publicKey).toBe(first.publicKey)
    expect(first.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/)
    const message = new TextEncoder().encode('hello')
    expect(verifyEd25519(first.publicKey, message, again.sign(message))).toBe(true)
    expect((await loadSigningKey(ports, tempDir())).publicKey).not.toBe(first.publicKey)
  })

  it('encrypts the private key again when the vault asks, keeping the same key pair', async () => {
    const dir = tempDir()
    const vault = rotatingVault()
    const rotating = { ...ports, vault }
    const first = await loadSigningKey(rotating, dir)
    const keyFile = () => JSON.parse(fs.readFileSync(path.join(dir, `${KEY_DOCUMENT}.json`), 'utf8')) as { privateKey: string }
    expect(keyFile().privateKey).toMatch(/^k1:/)
    vault.rotate()
    const again = await loadSigningKey(rotating, dir)
    expect(keyFile().privateKey).toMatch(/^k2:/)
    expect(again.publicKey).toBe(first.publicKey)
    const message = new TextEncoder().encode('hello')
    expect(verifyEd25519(first.publicKey, message, again.sign(message))).toBe(true)
  })

  it('stores the private key only through the vault', async () => {
    const dir = tempDir()
    await loadSigningKey(ports, dir)
    const stored = JSON.parse(fs.readFileSync(path.join(dir, `${KEY_DOCUMENT}.json`), 'utf8'))
    expect(stored).toMatchObject({ schemaVersion: 1, algorithm: 'Ed25519', createdAt: '2025-06-03T12:00:00.000Z' })
    expect(stored.privateKey).toMatch(/^rev:/)
    const pkcs8 = await reversingVault.decrypt(stored.privateKey)
    expect(fs.readFileSync(path.join(dir, `${KEY_DOCUMENT}.json`), 'utf8')).not.toContain(pkcs8)
  })

  it('never replaces a key file it cannot read, and says so', async () => {
    const dir = tempDir()
    const file = path.join(dir, `${KEY_DOCUMENT}.json`)
    fs.writeFileSync(file, '{"schemaVersion":1,"algorithm":"Ed25519"')
    await expect(loadSigningKey(ports, dir)).rejects.toSatisfy((error) => error instanceof ServiceError && error.code === 'storage-failed')
    expect(fs.readFileSync(file, 'utf8')).toBe('{"schemaVersion":1,"algorithm":"Ed25519"')
  })

  it('refuses a key file whose public key does not belong to its private key', async () => {
    const dir = tempDir()
    await loadSigningKey(ports, dir)
    const file = path.join(dir, `${KEY_DOCUMENT}.json`)
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'))
    stored.publicKey = (await loadSigningKey(ports, tempDir())).publicKey
    fs.writeFileSync(file, JSON.stringify(stored))
    await expect(loadSigningKey(ports, dir)).rejects.toThrow(/could not be read/)
  })
})
