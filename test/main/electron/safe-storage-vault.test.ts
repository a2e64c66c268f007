import { createCipheriv, pbkdf2Sync } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import type { SafeStorageApi } from '@main/electron/electron-ports'

vi.mock('electron', () => ({ dialog: {}, safeStorage: {}, shell: {}, app: {}, ipcMain: {} }))
vi.mock('electron-store', () => ({ default: class {} }))

const { createSafeStorageVault } = await import('@main/electron/electron-ports')

/** What Chromium's fallback on Linux produces: "v10" and AES-128-CBC under the published key "peanuts". */
function fixedKeyCipher(plain: string): Buffer {
  const cipher = createCipheriv('aes-128-cbc', pbkdf2Sync('peanuts', 'saltysalt', 1, 16, 'sha1'), Buffer.alloc(16, ' '))
  return Buffer.concat([Buffer.from('v10'), cipher.update(plain, 'utf8'), cipher.final()])
}

/** A keyring-backed encryption: "v11" and the text reversed, so a test can tell sealed from clear. */
const keyringCipher = (plain: string) => Buffer.from('v11' + [...plain].reverse().join(''), 'utf8')

function fakeSafeStorage(options: {
  backend: ReturnType<SafeStorageApi['getSelectedStorageBackend']>
  fixedKey?: boolean
  rotate?: boolean
  available?: boolean
}): SafeStorageApi {
  return {
    getSelectedStorageBackend: () => options.backend,
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    encryptStringAsync: async (plain) => (options.fixedKey ? fixedKeyCipher(plain) : keyringCipher(plain)),
    decryptStringAsync: async (buffer) => ({
      result: [...buffer.subarray(3).toString('utf8')].reverse().join(''),
      shouldReEncrypt: options.rotate ?? false
    })
  }
}

describe('the safeStorage vault', () => {
  it('calls the fixed-key fallback unprotected even when the backend says gnome_libsecret, and stores nothing under it', async () => {
    const vault = await createSafeStorageVault(fakeSafeStorage({ backend: 'gnome_libsecret', fixedKey: true }), 'linux')
    expect(vault.status()).toEqual({ encrypted: false, backend: 'gnome_libsecret', fixedKey: true })
    expect(await vault.encrypt('86000011112222')).toBe('plain:86000011112222')
  })

  it('calls a working keyring protected even when an unrecognised desktop reports basic_text', async () => {
    const vault = await createSafeStorageVault(fakeSafeStorage({ backend: 'basic_text' }), 'linux')
    expect(vault.status()).toEqual({ encrypted: true, backend: 'basic_text' })
    const stored = await vault.encrypt('86000011112222')
    expect(stored).toMatch(/^ss:/)
    expect(stored).not.toContain('86000011112222')
    expect(await vault.decrypt(stored)).toBe('86000011112222')
  })

  it('asks for re-encryption when decryption says so, and for plain values once a keyring protects', async () => {
    const rotating = await createSafeStorageVault(fakeSafeStorage({ backend: 'kwallet6', rotate: true }), 'linux')
    const stored = 'ss:' + keyringCipher('TESTSERIAL0001').toString('base64')
    expect(await rotating.decrypt(stored)).toBe('TESTSERIAL0001')
    expect(rotating.shouldReEncrypt?.(stored)).toBe(true)
    const steady = await createSafeStorageVault(fakeSafeStorage({ backend: 'kwallet6' }), 'linux')
    await steady.decrypt(stored)
    expect(steady.shouldReEncrypt?.(stored)).toBe(false)
    await steady.decrypt('plain:TESTSERIAL0001')
    expect(steady.shouldReEncrypt?.('plain:TESTSERIAL0001')).toBe(true)
  })

  it('treats a v10 value on macOS as the keychain’s own format, not the Linux fallback', async () => {
    const vault = await createSafeStorageVault(fakeSafeStorage({ backend: 'unknown', fixedKey: true }), 'darwin')
    expect(vault.status()).toEqual({ encrypted: true, backend: 'keychain' })
  })
})
