import { z } from 'zod'
import { ServiceError } from '@shared/result'
import { resealed } from '../reseal'
import type { Clock, Storage, Vault } from '../ports'
import { generateEd25519, keyFingerprint, privateKeyFromPkcs8, rawPublicKey, signEd25519 } from './ed25519'

/** The name of the key document in the data folder (`certificate-keys.json`). */
export const KEY_DOCUMENT = 'certificate-keys'

const keyFileSchema = z.object({
  schemaVersion: z.literal(1),
  algorithm: z.literal('Ed25519'),
  publicKey: z.string().min(43).max(43),
  /** PKCS#8 DER private key (base64), encrypted through the Vault. */
  privateKey: z.string().min(1),
  createdAt: z.iso.datetime()
})
type KeyFile = z.infer<typeof keyFileSchema>

/** This installation's certificate signing key. */
export interface SigningKey {
  /** Raw Ed25519 public key, base64url. */
  readonly publicKey: string
  /** Short fingerprint printed on certificates. */
  readonly fingerprint: string
  /** Signs bytes; the signature in base64url. */
  sign(message: Uint8Array): string
}

const unreadable = () => new ServiceError('storage-failed', { key: 'certificate.keyUnreadable' })

/**
 * Loads this installation's Ed25519 key pair, creating it on first use. The private key is stored only
 * encrypted through the Vault; a key file that cannot be read is never replaced.
 */
export async function loadSigningKey(ports: { storage: Storage; vault: Vault; clock: Clock }, dataDir: string): Promise<SigningKey> {
  const store = ports.storage.open<KeyFile>(dataDir, KEY_DOCUMENT)
  let stored: unknown
  try {
    stored = store.read()
  } catch {
    throw unreadable()
  }
  if (stored === undefined) {
    const pair = generateEd25519()
    const file: KeyFile = {
      schemaVersion: 1,
      algorithm: 'Ed25519',
      publicKey: pair.publicKey,
      privateKey: await ports.vault.encrypt(pair.privatePkcs8),
      createdAt: ports.clock.now().toISOString()
    }
    store.write(file)
    return signingKey(pair.privatePkcs8, pair.publicKey)
  }
  const parsed = keyFileSchema.safeParse(stored)
  if (!parsed.success) throw unreadable()
  let pkcs8: string
  try {
    pkcs8 = await ports.vault.decrypt(parsed.data.privateKey)
  } catch {
    throw unreadable()
  }
  const fresh = await resealed(ports.vault, parsed.data.privateKey, pkcs8)
  if (fresh) {
    try {
      store.write({ ...parsed.data, privateKey: fresh })
    } catch {
      // read-only data or a failed write: the old value is still readable
    }
  }
  return signingKey(pkcs8, parsed.data.publicKey)
}

function signingKey(pkcs8: string, publicKey: string): SigningKey {
  let privateKey
  try {
    privateKey = privateKeyFromPkcs8(pkcs8)
  } catch {
    throw unreadable()
  }
  if (rawPublicKey(privateKey) !== publicKey) throw unreadable()
  return {
    publicKey,
    fingerprint: keyFingerprint(publicKey),
    sign: (message) => signEd25519(privateKey, message)
  }
}
