import type { Vault } from '@main/services/ports'

/** A vault whose key can be rotated: values sealed under an older generation are reported stale. */
export function rotatingVault(): Vault & { rotate(): void } {
  let generation = 1
  return {
    status: () => ({ encrypted: true, backend: 'rotating (test)' }),
    encrypt: async (plain) => `k${generation}:${plain}`,
    decrypt: async (stored) => stored.slice(stored.indexOf(':') + 1),
    shouldReEncrypt: (stored) => !stored.startsWith(`k${generation}:`),
    rotate: () => void generation++
  }
}
