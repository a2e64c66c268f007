import type { Vault } from '@main/services/ports'

const PREFIX = 'plain:'

/** The test adapter for Vault: stores values as plain text, and says so. Never used by the app. */
export function createPlaintextVault(): Vault {
  return {
    status: () => ({ encrypted: false, backend: 'plaintext (test adapter)' }),
    encrypt: async (plain) => PREFIX + plain,
    decrypt: async (stored) => {
      if (!stored.startsWith(PREFIX)) throw new SyntaxError('Not a plaintext-vault value')
      return stored.slice(PREFIX.length)
    }
  }
}
