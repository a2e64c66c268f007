import { isLanguageCode, type LanguageCode } from './languages'

/** What the user picked in Settings: one of Handover's languages, or whatever the computer prefers. */
export type LanguageChoice = 'system' | LanguageCode

/** True when `value` is a choice the language picker offers. */
export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === 'system' || isLanguageCode(value)
}

/** The app's language as Settings shows it: the choice, the language in use, and the computer's preferred languages. */
export interface LanguageInfo {
  chosen: LanguageChoice
  effective: LanguageCode
  /** The operating system's preferred languages, most preferred first (BCP 47 tags). */
  system: readonly string[]
}
