import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadSigningKey, type SigningKey } from '@main/services/certificate/signing-key'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createPlaintextVault } from '@harness/ports/plaintext-vault'

/** A fresh temporary data folder. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'handover-cert-'))
}

/** The signing key of a fresh installation in a temporary data folder. */
export function freshKey(): Promise<SigningKey> {
  return loadSigningKey({ storage: createConfStorage(), vault: createPlaintextVault(), clock: { now: () => new Date() } }, tempDir())
}
