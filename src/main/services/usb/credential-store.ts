import { createHash, generateKeyPair } from 'node:crypto'
import { promisify } from 'node:util'
import { adbGeneratePublicKey, type AdbCredentialStore, type AdbPrivateKey } from '@yume-chan/adb'
import { z } from 'zod'
import { ServiceError } from '@shared/result'
import type { Clock, Storage, Vault } from '../ports'

/** The name of the key document in the data folder (`usb-adb-key.json`). */
export const ADB_KEY_DOCUMENT = 'usb-adb-key'

/** The name the phone stores next to the key (Settings › Developer options › Revoke lists it). */
const KEY_NAME = 'Handover'

const keyFileSchema = z.object({
  schemaVersion: z.literal(1),
  /** PKCS#8 DER RSA-2048 private key (base64), encrypted through the Vault; null after "forget". */
  privateKey: z.string().min(1).nullable(),
  changedAt: z.iso.datetime()
})
type KeyFile = z.infer<typeof keyFileSchema>

/** The app's own ADB key: what Tango authenticates with, plus what the owner sees and can undo. */
export interface AppAdbKey extends AdbCredentialStore {
  /** The key's fingerprint as the phone shows it under "Allow USB debugging?"; creates the key on first use. */
  fingerprint(): Promise<string>
  /** Forgets the key; the next connection makes a new one, which every phone must allow again. */
  forget(): Promise<void>
}

const unreadable = () => new ServiceError('storage-failed', { key: 'usb.keyUnreadable' })

/**
 * The fingerprint Android shows for a computer's key: MD5 of the decoded public key, upper-case hex pairs
 * joined by ":" (AdbDebuggingManager.getFingerprints in the Android framework).
 */
export function adbFingerprint(publicKey: Uint8Array): string {
  return createHash('md5').update(publicKey).digest('hex').toUpperCase().match(/../g)!.join(':')
}

/** The 524-byte Android public key of a PKCS#8 RSA private key. */
export function adbPublicKey(pkcs8: Uint8Array): Uint8Array {
  return adbGeneratePublicKey(pkcs8)
}

/** A new RSA-2048 (e = 65537) private key in PKCS#8 DER, the kind adb uses; made off the main thread. */
async function generateRsaPkcs8(): Promise<Uint8Array> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048, publicExponent: 65537 })
  return new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }))
}

/**
 * Keeps the app's ADB RSA key in `<dataDir>/usb-adb-key.json`, the private key only encrypted through the
 * Vault. Made once on first use; a key file that cannot be read is never replaced silently.
 */
export function createAppAdbKey(ports: { storage: Storage; vault: Vault; clock: Clock }, dataDir: string): AppAdbKey {
  const store = ports.storage.open<KeyFile>(dataDir, ADB_KEY_DOCUMENT)
  let cached: Uint8Array | null = null
  let pending: Promise<Uint8Array> | null = null

  async function load(): Promise<Uint8Array> {
    let stored: unknown
    try {
      stored = store.read()
    } catch {
      throw unreadable()
    }
    if (stored !== undefined) {
      const parsed = keyFileSchema.safeParse(stored)
      if (!parsed.success) throw unreadable()
      if (parsed.data.privateKey !== null) {
        try {
          const pkcs8 = Buffer.from(await ports.vault.decrypt(parsed.data.privateKey), 'base64')
          adbPublicKey(pkcs8)
          return new Uint8Array(pkcs8)
        } catch {
          throw unreadable()
        }
      }
    }
    const pkcs8 = await generateRsaPkcs8()
    const encrypted = await ports.vault.encrypt(Buffer.from(pkcs8).toString('base64'))
    store.write({ schemaVersion: 1, privateKey: encrypted, changedAt: ports.clock.now().toISOString() })
    return pkcs8
  }

  function key(): Promise<Uint8Array> {
    if (cached) return Promise.resolve(cached)
    pending ??= load()
      .then((pkcs8) => (cached = pkcs8))
      .finally(() => {
        pending = null
      })
    return pending
  }

  const asAdbKey = (pkcs8: Uint8Array): AdbPrivateKey => ({ buffer: pkcs8, name: KEY_NAME })

  return {
    async generateKey() {
      return asAdbKey(await key())
    },
    async *iterateKeys() {
      yield asAdbKey(await key())
    },
    async fingerprint() {
      return adbFingerprint(adbPublicKey(await key()))
    },
    async forget() {
      await pending?.catch(() => {})
      cached = null
      store.write({ schemaVersion: 1, privateKey: null, changedAt: ports.clock.now().toISOString() })
    }
  }
}
