/** How sensitive fields are kept at rest. */
export interface VaultStatus {
  /** True when an OS keyring protects the data. */
  encrypted: boolean
  /** The backend's name, e.g. "keychain", "gnome_libsecret", "basic_text", "plaintext (test)". */
  backend: string
}

/** Facts for the Settings and About screens. */
export interface AppInfo {
  version: string
  dataDir: string
  vault: VaultStatus
}
