import type { Vault } from './ports'

/** What the owner is told when the keyring will not decrypt: locked, refused, or not running yet. */
export const VAULT_UNAVAILABLE_REASON =
  'The system keyring is locked or refused access, so the encrypted fields (IMEI, serial, account hint) cannot be read. ' +
  'Nothing was changed: unlock the keyring or allow Handover to use it, then choose Try again.'

/**
 * The vault would not decrypt: the keyring is locked, refused or not available yet. The record itself is not
 * damaged, so its file stays where it is; only a SyntaxError from the vault (a value it cannot recognise) means damage.
 */
export class VaultUnavailableError extends Error {
  /** Wraps the vault's own failure. */
  constructor(cause: unknown) {
    super(VAULT_UNAVAILABLE_REASON, { cause })
    this.name = 'VaultUnavailableError'
  }
}

/** Encrypts one value; a failure of the keyring rejects with VaultUnavailableError. */
export async function encryptForStorage(vault: Vault, plain: string): Promise<string> {
  try {
    return await vault.encrypt(plain)
  } catch (error) {
    throw new VaultUnavailableError(error)
  }
}

/** What a vault's decrypt failure means: a damaged value (the vault's SyntaxError, passed on) or an unavailable keyring. */
export function vaultFailure(error: unknown): unknown {
  return error instanceof SyntaxError ? error : new VaultUnavailableError(error)
}

/** Decrypts one stored value; a failure of the keyring rejects with VaultUnavailableError, a damaged value with SyntaxError. */
export async function decryptStored(vault: Vault, stored: string): Promise<string> {
  try {
    return await vault.decrypt(stored)
  } catch (error) {
    throw vaultFailure(error)
  }
}
