import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import { canonicalJson } from '@shared/certificate/canonical'
import { ENCRYPTED_FORMAT, SCRYPT_LOG_N, type Envelope, type EnvelopeHeader } from '@shared/archive/envelope'

/** Thrown when the passphrase is wrong or the protected file was changed (GCM cannot tell them apart). */
export class WrongPassphraseError extends Error {
  /** Builds the error. */
  constructor() {
    super('The passphrase is wrong, or the file was changed after it was written.')
    this.name = 'WrongPassphraseError'
  }
}

function deriveKey(passphrase: string, kdf: EnvelopeHeader['kdf']): Promise<Buffer> {
  const N = 2 ** kdf.logN
  return new Promise((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(kdf.salt, 'base64'),
      32,
      { N, r: kdf.r, p: kdf.p, maxmem: 256 * N * kdf.r },
      (error, key) => (error ? reject(error) : resolve(key))
    )
  )
}

/** Encrypts an archive's text with a passphrase: scrypt derives the key, AES-256-GCM encrypts, the header is authenticated. */
export async function encryptArchive(plainText: string, passphrase: string, logN: number = SCRYPT_LOG_N.default): Promise<Envelope> {
  const header: EnvelopeHeader = {
    format: ENCRYPTED_FORMAT,
    version: 1,
    kdf: { name: 'scrypt', logN, r: 8, p: 1, salt: randomBytes(16).toString('base64') },
    cipher: { name: 'aes-256-gcm', nonce: randomBytes(12).toString('base64') }
  }
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, header.kdf), Buffer.from(header.cipher.nonce, 'base64'))
  cipher.setAAD(Buffer.from(canonicalJson(header)))
  const ciphertext = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()])
  return { ...header, ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') }
}

/** Decrypts a protected archive; throws WrongPassphraseError when the passphrase or the bytes are wrong. */
export async function decryptArchive(envelope: Envelope, passphrase: string): Promise<string> {
  const { ciphertext, tag, ...header } = envelope
  const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, header.kdf), Buffer.from(header.cipher.nonce, 'base64'))
  decipher.setAAD(Buffer.from(canonicalJson(header)))
  decipher.setAuthTag(Buffer.from(tag, 'base64'))
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8')
  } catch {
    throw new WrongPassphraseError()
  }
}
