import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'

/** A fresh Ed25519 key pair: the private key as PKCS#8 DER (base64), the public key raw (base64url). */
export function generateEd25519(): { privatePkcs8: string; publicKey: string } {
  // eslint-disable-next-line n/no-sync -- CPU, not disk: an Ed25519 key pair takes well under a millisecond, once per computer
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return {
    privatePkcs8: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: rawPublicKey(publicKey)
  }
}

/** The raw 32-byte public key (base64url) of a key object, private or public. */
export function rawPublicKey(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key
  const jwk = publicKey.export({ format: 'jwk' })
  if (typeof jwk.x !== 'string') throw new Error('Not an Ed25519 key.')
  return jwk.x
}

/** Opens a PKCS#8 DER private key given in base64. */
export function privateKeyFromPkcs8(base64: string): KeyObject {
  return createPrivateKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'pkcs8' })
}

/** Signs bytes with an Ed25519 private key; the signature in base64url. */
export function signEd25519(privateKey: KeyObject, message: Uint8Array): string {
  return sign(null, message, privateKey).toString('base64url')
}

/** True when `signature` (base64url) is a valid Ed25519 signature of `message` by the raw public key (base64url). */
export function verifyEd25519(publicKey: string, message: Uint8Array, signature: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' })
    return verify(null, message, key, Buffer.from(signature, 'base64url'))
  } catch {
    return false
  }
}

/** SHA-256 of a UTF-8 text, base64url. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url')
}

/** The short fingerprint printed on certificates: the first 8 bytes of SHA-256 of the raw public key, as "3F2A 91C0 7B44 E1D2". */
export function keyFingerprint(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 16).toUpperCase()
  return hex.match(/.{4}/g)!.join(' ')
}
