import type { LanguageInfo } from './i18n/language-choice'

/** How sensitive fields are kept at rest. */
export interface VaultStatus {
  /** True when an OS keyring protects the data. */
  encrypted: boolean
  /** The backend's name, e.g. "keychain", "gnome_libsecret", "basic_text". */
  backend: string
  /** True when the only encryption on offer was Chromium's fixed, public fallback key (so values are stored unencrypted). */
  fixedKey?: boolean
}

/** Facts for the Settings and About screens. */
export interface AppInfo {
  version: string
  dataDir: string
  vault: VaultStatus
  /** The language the app speaks, and why. */
  language: LanguageInfo
}
