import type { Vault } from './ports'

/**
 * The value encrypted again under the vault's current key, when the vault says its stored form is stale
 * (a rotated key, or a plain value now that a keyring protects). Null when nothing needs doing or the
 * vault cannot encrypt now: the old, still readable value then stays as it is.
 */
export async function resealed(vault: Vault, stored: string, plain: string): Promise<string | null> {
  if (!vault.shouldReEncrypt?.(stored)) return null
  try {
    return await vault.encrypt(plain)
  } catch {
    return null
  }
}
